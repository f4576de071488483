package io.kurzfassung.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The German words and patterns that sentence splitting, ranking, key-fact selection, trimming and grounding share:
 * one list of months, determiners, subordinators and clause ends instead of a copy in each class.
 */
public final class GermanLexicon {

  private GermanLexicon() {}

  /** Month names by number (1–12): German, and the languages foreign articles are written in, for grounding. */
  public static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

  /** German month names and their abbreviations: "am 4. Februar" and "am 4. Feb." do not end a sentence. */
  public static final Set<String> GERMAN_MONTHS = Set.of(
      "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
      "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez");

  /** Words that date a statement: months, weekdays, relative days and spans. */
  public static final Set<String> DATE_WORDS = Set.of(
      "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
      "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "gestern", "heute", "morgen", "vorgestern", "wochenende", "jahr", "jahres", "jahren", "monat", "monaten",
      "woche", "wochen", "donnerstagmorgen", "montagabend", "sonntagabend", "freitagabend", "dienstagabend",
      "mittwochabend", "donnerstagabend", "samstagabend");

  /** Number words and words that count or compare. */
  public static final Set<String> NUMBER_WORDS = Set.of(
      "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
      "dreißig", "hundert", "tausend", "million", "millionen", "milliarde", "milliarden", "prozent", "hälfte",
      "doppelt", "zweimal", "dreimal", "erstmals", "ersten", "erste", "zweite", "zweiten", "dritte", "dritten");

  /** Definite and indefinite articles. */
  public static final Set<String> ARTICLES = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines");

  /** Words that stand before a noun: articles, contractions, demonstratives, possessives, quantifiers. */
  public static final Set<String> DETERMINERS = union(ARTICLES, Set.of(
      "kein", "keine", "keinen", "keinem", "keiner", "keines", "zum", "zur", "im", "am", "vom", "beim", "ins", "ans",
      "aufs", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "alle",
      "allen", "aller", "viele", "vielen", "mehrere", "mehreren", "einige", "einigen", "beide", "beiden", "sein",
      "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "welche",
      "welcher", "solche", "zwei", "drei", "vier", "fünf", "mehr", "weitere", "weiteren", "andere", "anderen"));

  /** Adverbs, prepositions, conjunctions and pronouns: a capitalised one opens a sentence, it names nothing. */
  public static final Set<String> FUNCTION_WORDS = Set.of(
      "auch", "aber", "doch", "zudem", "außerdem", "dabei", "damit", "dann", "danach", "deshalb", "daher", "so",
      "nun", "jetzt", "heute", "gestern", "morgen", "bereits", "schon", "noch", "nur", "erst", "zuvor", "später",
      "trotzdem", "dennoch", "allerdings", "zwar", "laut", "nach", "vor", "bei", "mit", "in", "an", "auf", "aus",
      "für", "gegen", "seit", "unter", "über", "um", "von", "zu", "wie", "als", "wenn", "weil", "da", "dass", "ob",
      "er", "sie", "es", "wir", "man", "dies", "sowohl", "weder", "neben", "während", "wegen", "trotz", "ohne",
      "nicht", "kein", "sogar", "vor allem", "insbesondere", "gleichzeitig", "inzwischen", "derweil", "unterdessen");

  /** Subordinating conjunctions: a sentence that opens with one opens with a subordinate clause. */
  public static final Set<String> SUBORDINATORS = Set.of("wenn", "weil", "als", "obwohl", "obgleich", "nachdem",
      "während", "da", "falls", "sofern", "sobald", "seit", "seitdem", "bevor", "ehe", "damit", "indem", "dass", "ob",
      "wie", "wo", "solange", "sooft", "soweit", "um");

  /**
   * Words that open a subordinate or coordinated clause, a relative clause or an apposition: a cut before one leaves
   * a main clause. Not "dass", "ob" or "wie": those clauses are often the object the main clause needs ("Sie haben
   * angekündigt, dass …").
   */
  public static final Set<String> CLAUSE_STARTERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "deren", "dessen", "denen", "welche", "welcher", "welches", "ein",
      "eine", "einen", "einem", "einer", "eines", "weil", "da", "als", "wenn", "um", "wo",
      "wobei", "womit", "wodurch", "nachdem", "obwohl", "obgleich", "während", "sodass", "so", "bis", "sowie",
      "und", "aber", "doch", "sondern", "oder", "denn", "seit", "seitdem", "bevor", "damit", "indem", "falls",
      "sofern", "wonach", "worauf", "wogegen", "zumal");

  /** Runs of whitespace, between the tokens that word rules look at; compiled once, as they run for every word. */
  public static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Where a clause ends inside a sentence: a comma, semicolon or colon, or a free-standing dash. */
  public static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s|\\s[–—-]\\s");

  /** Pronouns of direct speech: a sentence with one quotes someone rather than reports. */
  public static final Set<String> FIRST_AND_SECOND_PERSON = Set.of(
      "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser", "unsere",
      "unseren", "unserem", "unserer", "du", "dich", "dir", "dein", "deine", "euch", "euer", "eure");

  /** Titles and roles before a name ("Präsident Macron"); matched as word endings ("Ex-Präsident"). */
  public static final List<String> TITLES = List.of(
      "präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "staatschef", "staatschefin",
      "regierungschef", "regierungschefin", "chef", "chefin", "sprecher", "sprecherin", "bürgermeister",
      "bürgermeisterin", "trainer", "trainerin", "könig", "königin", "prinz", "prinzessin", "papst", "herr", "frau",
      "senator", "senatorin", "gouverneur", "gouverneurin", "abgeordnete", "abgeordneter", "professor",
      "professorin", "dr", "kollege", "kollegin", "vorsitzende", "vorsitzender", "botschafter", "botschafterin",
      "general", "generalin", "premier", "direktor", "direktorin", "anführer", "anführerin");

  /** Verbs and words after which a lone capitalised word is a person ("traf Macron"). */
  public static final Set<String> NAME_BEFORE = Set.of(
      "traf", "trifft", "treffen", "empfing", "empfängt", "besuchte", "besucht", "kritisierte", "kritisiert",
      "sagte", "erklärte", "betonte", "laut", "herr", "frau");

  /** Verbs before which a lone capitalised word is a person ("Macron sagte"). */
  public static final Set<String> NAME_AFTER = Set.of(
      "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "kündigte", "kündigt", "forderte", "fordert",
      "warnte", "warnt", "traf", "trifft", "sprach", "spricht", "reiste", "reist");

  /** Suffixes of abstract nouns, which hardly ever end a name: "Entlastungen", "Freiheit". */
  public static final List<String> ABSTRACT_SUFFIXES = List.of("ung", "ungen", "heit", "heiten", "keit", "keiten",
      "schaft", "schaften", "tion", "tionen", "ismus", "tät", "täten", "nis", "nisse");

  /**
   * The token without the punctuation around it ("„Dabei:" → "Dabei"), or {@code lettersOnly} without digits either.
   * A loop, not a regular expression: "[^\\p{L}]+$" backtracks quadratically on a long run of dots inside a token.
   */
  public static String bare(String token, boolean lettersOnly) {
    int from = 0;
    int to = token.length();
    while (from < to && !isWordChar(token.charAt(from), lettersOnly)) {
      from++;
    }
    while (to > from && !isWordChar(token.charAt(to - 1), lettersOnly)) {
      to--;
    }
    return token.substring(from, to);
  }

  /** The text without the given characters at its end ("Ende.!?" → "Ende"), in one pass from the end. */
  public static String withoutTrailing(String text, String characters) {
    int to = text.length();
    while (to > 0 && characters.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return text.substring(0, to);
  }

  private static boolean isWordChar(char c, boolean lettersOnly) {
    return Character.isLetter(c) || (!lettersOnly && Character.isDigit(c));
  }

  /** The quotation marks of German, Swiss and English text. */
  public static boolean isQuote(char c) {
    return c == '„' || c == '“' || c == '”' || c == '"' || c == '»' || c == '«' || c == '‚' || c == '‘';
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static Map<String, Integer> monthNumbers() {
    String[][] names = {
        {"januar", "jänner", "january", "janvier", "gennaio", "enero"},
        {"februar", "feber", "february", "février", "febbraio", "febrero"},
        {"märz", "march", "mars", "marzo"},
        {"april", "avril", "aprile", "abril"},
        {"mai", "may", "maggio", "mayo"},
        {"juni", "june", "juin", "giugno", "junio"},
        {"juli", "july", "juillet", "luglio", "julio"},
        {"august", "août", "agosto"},
        {"september", "septembre", "settembre", "septiembre"},
        {"oktober", "october", "octobre", "ottobre", "octubre"},
        {"november", "novembre", "noviembre"},
        {"dezember", "december", "décembre", "dicembre", "diciembre"}};
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
