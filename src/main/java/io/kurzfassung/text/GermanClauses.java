package io.kurzfassung.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause shape of a German sentence, as far as a cut or a fact needs it: the dateline before the first sentence
 * ("Bregenz – "), a heading glued to the sentence it stood above, and the main clause a long sentence can be cut to.
 *
 * <p>Hand-written rather than a parser: a German dependency model would add tens of megabytes to the Lambda jar and
 * seconds to its cold start. The rules lean on German orthography: nouns and names are capitalised, so a lower-case
 * word that is not a function word, an adverb or a participle is a verb or an adjective, and an adjective stands
 * before a (capitalised) noun. They err on the side of "no main clause found": a sentence without one is kept whole
 * or not used, never cut into a fragment.
 */
public final class GermanClauses {

  private GermanClauses() {}

  /**
   * "Bregenz – ", "Wien/Linz – ", "Frankfurt/Main (dpa) - ": one to three capitalised words, joined by spaces,
   * slashes or hyphens, an optional agency in brackets, a free-standing dash, then a capitalised word or a quote.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'’]*(?:[ /-]\\p{Lu}[\\p{L}.'’]*){0,2})(?:\\s*\\([^()]{1,30}\\))?\\s+[–—-]\\s+(?=[\\p{Lu}„»«\"])");

  /** Capitalised words that open a sentence but never stand inside one: a heading glued to its paragraph. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Einen", "Einem", "Er", "Es", "Im", "Am", "Nach", "Auch",
      "Doch", "Aber", "Und", "Seit", "Bei", "Mit", "Wie", "Nun", "Jetzt", "Dabei");

  /**
   * Finite forms of the commonest German verbs, above all the irregular ones the endings below do not catch:
   * auxiliaries, modals, strong verbs in present and past.
   */
  static final Set<String> FINITE_VERBS = Set.of(
      "ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien", "bin", "bist", "seid",
      "hat", "haben", "hatte", "hatten", "hätte", "hätten", "habe",
      "wird", "werden", "wurde", "wurden", "würde", "würden", "werde",
      "kann", "können", "konnte", "konnten", "könnte", "könnten",
      "muss", "muß", "müssen", "musste", "mussten", "müsste", "müssten",
      "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten",
      "darf", "dürfen", "durfte", "durften", "dürfte", "dürften", "mag", "mögen", "möchte", "möchten",
      "gibt", "gab", "gaben", "gilt", "galt", "geht", "ging", "gingen", "kommt", "kam", "kamen", "steht", "stand",
      "standen", "bleibt", "blieb", "blieben", "liegt", "lag", "lagen", "heißt", "heisst", "hieß", "hiess", "sieht",
      "sah", "sahen", "weiß", "weiss", "wusste", "fällt", "fiel", "fielen", "trifft", "traf", "trafen", "nimmt",
      "nahm", "nahmen", "hält", "hielt", "hielten", "lässt", "ließ", "liess", "ließen", "tritt", "trat", "traten",
      "zieht", "zog", "zogen", "ruft", "rief", "riefen", "findet", "fand", "fanden", "schreibt", "schrieb",
      "spricht", "sprach", "sprachen", "gewinnt", "gewann", "gewannen", "verliert", "verlor", "verloren", "beginnt",
      "begann", "begannen", "bringt", "brachte", "brachten", "denkt", "dachte", "kennt", "kannte", "nennt", "nannte",
      "läuft", "lief", "liefen", "fährt", "fuhr", "fuhren", "trägt", "trug", "trugen", "schlägt", "schlug",
      "wächst", "wuchs", "stirbt", "starb", "starben", "hilft", "half", "wirft", "warf", "erhält", "erhielt",
      "erhielten", "entschied", "verließ", "bekam", "bekamen", "gelang", "gelingt", "tut", "tat", "taten", "sitzt",
      "saß", "saßen", "schien", "scheint", "stieg", "stiegen", "sank", "sanken", "wies", "bewies", "beschloss",
      "schloss", "floh", "flohen", "lud", "log", "sprang", "stahl", "stach", "schoss", "schossen", "flog", "flogen",
      "erschien", "entstand", "bestand", "befand", "befanden", "wissen", "verstand", "empfing", "unterschrieb",
      "riet", "las", "aß", "vergaß", "übernahm", "übernahmen", "unternahm", "erwarb", "schwieg", "entkam", "beschrieb",
      "verbot", "bot", "boten", "hob", "brach", "bat", "litt", "griff", "riss", "bewarb", "warb", "vergab", "übergab",
      "ergab", "erfuhr", "entschloss", "verschwand", "empfahl", "befahl", "betrat", "vertrat", "trieb", "schob",
      "verschob", "hing", "fing", "widersprach", "versprach", "unterbrach", "schuf",
      "gäbe", "käme", "ginge", "stünde", "läge", "bliebe", "hieße", "wüsste", "täte", "fände", "ließe");

  /**
   * Lower-case words that look like verbs by their ending but are not: adverbs, particles and predicative
   * adjectives ending in -t or -en. Function words come from {@link GermanTerms#isStopword}.
   */
  private static final Set<String> NOT_VERBS = Set.of(
      "jetzt", "zuletzt", "bereits", "meist", "meistens", "fast", "selbst", "sofort", "insgesamt", "bekannt", "gut",
      "weit", "oft", "leicht", "spät", "recht", "zunächst", "derzeit", "jederzeit", "zurzeit", "bisher", "erst",
      "nicht", "samt", "bestimmt", "direkt", "knapp", "stark", "hart", "breit", "weltweit", "bundesweit", "rund",
      "laut", "komplett", "perfekt", "konkret", "zuerst", "zumindest", "längst", "fest", "seit", "mit", "nachts",
      "morgen", "gestern", "heute", "oben", "unten", "eben", "neben", "gegen", "wegen", "trotzdem", "daneben",
      "dagegen", "entgegen", "eigen", "offen", "allen", "einen", "keinen", "anderen", "beiden", "ersten",
      "letzten", "weiteren", "mehreren", "vielen", "einigen", "diesen", "jenen", "seinen", "ihren", "unseren",
      "deren", "denen", "wenigen", "übrigen", "ganzen", "heuer", "tief", "echt", "wert", "halt", "los", "acht",
      "nichts", "sonst", "zuvor", "mittlerweile", "inzwischen", "abends", "morgens", "mittags", "teils",
      // uninflected before a noun ("exakt 300 Menschen"), or adjectives of time ("Ende vergangenen Jahres")
      "höchst", "äußerst", "vorerst", "zumeist", "hundert", "exakt", "vergangenen", "vergangene", "kommenden",
      "kommende", "nächsten", "folgenden", "laufenden", "bisherigen", "früheren", "späteren", "ausgerechnet",
      // adverbs in "-t" ("erneut Proteste", "landesweit Streiks")
      "erneut", "landesweit", "europaweit", "deutschlandweit", "jüngst", "überhaupt", "nebst", "statt", "anstatt",
      "bereit", "vorigen", "vorige", "voriges");

  /** Past tense and present endings of regular verbs: "sagte", "teilten", "meldet", "fordern". */
  private static final Pattern VERB_ENDING = Pattern.compile("\\p{Ll}{2,}(?:te|ten|tet|t|en|ern|eln)");

  private static final Set<String> SUBORDINATORS = GermanLexicon.SUBORDINATORS;
  private static final Set<String> CLAUSE_STARTERS = GermanLexicon.CLAUSE_STARTERS;
  private static final Pattern CLAUSE_END = GermanLexicon.CLAUSE_END;
  /** The fewest words a main clause cut from a longer sentence has. */
  private static final int MIN_MAIN_CLAUSE_WORDS = 5;

  /** The sentence without a leading dateline ("Wien/Linz – Die Polizei …" → "Die Polizei …"). */
  public static String withoutDateline(String sentence) {
    Matcher m = DATELINE.matcher(sentence);
    if (!m.find()) {
      return sentence;
    }
    String first = m.group(1).split("[ /-]", 2)[0].toLowerCase(Locale.GERMAN);
    // "Der Playboy – Das Magazin …" is a sentence, not a dateline: a place does not start with an article.
    if (GermanTerms.isStopword(first) || GermanLexicon.DETERMINERS.contains(first)) {
      return sentence;
    }
    return sentence.substring(m.end());
  }

  /**
   * Whether the text is a heading rather than a sentence: it does not end with a full stop, a question or exclamation
   * mark or an ellipsis (before closing quotation marks and brackets): "Glaubt nicht an Existenz von Corona", a
   * caption "Detailansicht öffnen", or a line that leads into what follows ("Er sagte:").
   */
  public static boolean isHeading(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || GermanLexicon.isQuote(text.charAt(end - 1))
        || text.charAt(end - 1) == ')' || text.charAt(end - 1) == ']')) {
      end--;
    }
    if (end == 0) {
      return true;
    }
    char last = text.charAt(end - 1);
    return last != '.' && last != '!' && last != '?' && last != '…';
  }

  /**
   * Whether a heading was glued to the sentence below it ("Neue Regeln ab Mai Die Regierung hat …"): a capitalised
   * word that only opens sentences stands inside the sentence, right after a word without punctuation. Names such
   * as "Die Linke" count too; a sentence with one is given up rather than risk a heading in a fact.
   */
  public static boolean hasGluedHeading(String sentence) {
    String[] tokens = GermanLexicon.WHITESPACE.split(sentence.strip());
    for (int i = 1; i < tokens.length; i++) {
      String previous = tokens[i - 1];
      char last = previous.charAt(previous.length() - 1);
      if (SENTENCE_OPENERS.contains(tokens[i]) && Character.isLetterOrDigit(last) && !isOpeningQuote(previous)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpeningQuote(String token) {
    return GermanLexicon.isQuote(token.charAt(0)) && token.length() == 1;
  }

  /**
   * What follows a colon that ends the sentence's opening ("Das will Aldi ändern: Ab Donnerstag verkauft …"), when
   * it is a sentence of its own: it starts with a capital letter, not with a subordinate clause, has a finite verb,
   * at least {@value #MIN_MAIN_CLAUSE_WORDS} words and balanced quotation marks; the colon stands outside any
   * quotation.
   */
  public static Optional<String> afterFrame(String sentence) {
    int colon = sentence.indexOf(": ");
    if (colon <= 0) {
      return Optional.empty();
    }
    String opening = sentence.substring(0, colon);
    String rest = sentence.substring(colon + 2).strip();
    if (!balancedQuotes(opening) || !standsAlone(rest)) {
      return Optional.empty();
    }
    return Optional.of(rest);
  }

  /**
   * Whether the text after a colon is a sentence of its own: it starts with a capital letter, not with a
   * subordinate clause, has a finite verb, at least {@value #MIN_MAIN_CLAUSE_WORDS} words and balanced quotation
   * marks.
   */
  private static boolean standsAlone(String rest) {
    String text = rest.strip();
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !opensWithSubordinateClause(text)
        && hasFiniteVerb(text) && countWords(text) >= MIN_MAIN_CLAUSE_WORDS && balancedQuotes(text);
  }

  /**
   * Adverbs that tie a statement to the one before ("Dabei", "Deshalb", "Zuvor") and can go without changing what it
   * says. Not "Dort", "Dafür", "Dagegen" and the like, which stand for a place or an object the statement needs.
   */
  private static final Set<String> CONNECTIVES = Set.of(
      "dabei", "damit", "dadurch", "daher", "deshalb", "deswegen", "dennoch", "trotzdem", "zuvor", "danach",
      "daraufhin", "stattdessen", "hierbei");

  /** Nominative pronouns that can stand as the subject right after the verb ("Dabei handelt es sich …"). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("es", "er", "sie", "man", "wir", "ich");

  /** Nominative determiners that open a subject ("der Angeklagte", "eine Packung", "keine Partei"). */
  private static final Set<String> NOMINATIVE = Set.of(
      "der", "die", "das", "ein", "eine", "kein", "keine", "alle", "viele", "mehrere", "einige", "beide");

  /**
   * The statement without the connective it opens with, the subject moved to the front: "Damit ist Aldi der erste
   * Händler …" → "Aldi ist der erste Händler …", "Zuvor hatte der Angeklagte gesagt …" → "Der Angeklagte hatte
   * gesagt …", "Dabei spielte sich die Partie ab" → "Die Partie spielte sich ab". Only when the verb follows the
   * connective and the subject follows the verb as a name, a nominative pronoun, a number or a determiner with its
   * noun; empty otherwise (the word after the verb may be an object, and then the sentence is left alone).
   */
  public static Optional<String> withoutConnective(String sentence) {
    String[] tokens = GermanLexicon.WHITESPACE.split(sentence.strip());
    if (tokens.length < 5 || !CONNECTIVES.contains(bare(tokens[0]).toLowerCase(Locale.GERMAN))
        || !tokens[0].matches("[\\p{L}]+") || !isFiniteVerb(tokens[1])) {
      return Optional.empty();
    }
    int at = 2;
    boolean reflexive = tokens[at].equals("sich");
    if (reflexive) {
      at++;
    }
    int end = subjectEnd(tokens, at);
    if (end < 0 || end >= tokens.length) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (int i = at; i < end; i++) {
      out.append(i == at ? capitalised(tokens[i]) : tokens[i]).append(' ');
    }
    out.append(tokens[1]);
    if (reflexive) {
      out.append(" sich");
    }
    for (int i = end; i < tokens.length; i++) {
      out.append(' ').append(tokens[i]);
    }
    return Optional.of(out.toString());
  }

  /** Where the subject that starts at {@code at} ends (exclusive), or -1 when none is recognised there. */
  private static int subjectEnd(String[] tokens, int at) {
    String first = tokens[at];
    String lower = first.toLowerCase(Locale.GERMAN);
    if (!first.equals(bare(first))) {
      return -1; // punctuation right after the verb: not a plain subject
    }
    if (SUBJECT_PRONOUNS.contains(first)) {
      return at + 1;
    }
    int i = at;
    if (NOMINATIVE.contains(first) || first.matches("\\d[\\d.,]*") || GermanLexicon.NUMBER_WORDS.contains(lower)) {
      i++;
      while (i < tokens.length && Character.isLowerCase(tokens[i].charAt(0)) && tokens[i].equals(bare(tokens[i]))
          && !GermanTerms.isStopword(tokens[i])) {
        i++; // adjectives: "der neue Präsident"
      }
      if (i >= tokens.length || !Character.isUpperCase(tokens[i].charAt(0))) {
        return -1;
      }
    } else if (!Character.isUpperCase(first.charAt(0)) || GermanTerms.isStopword(lower)) {
      return -1;
    }
    // Exactly one noun or name. A capitalised word after it may be the object ("Dabei hat die Polizei Tränengas
    // eingesetzt", "Damit wird Deutschland Gastgeber") or a name's second part ("Donald Trump"): which one cannot be
    // told here, so the sentence is left alone; so it is when punctuation follows ("Trump, der …").
    if (i >= tokens.length || !Character.isUpperCase(tokens[i].charAt(0))
        || GermanTerms.isStopword(tokens[i].toLowerCase(Locale.GERMAN)) || !tokens[i].equals(bare(tokens[i]))) {
      return -1;
    }
    i++;
    return i < tokens.length && Character.isUpperCase(tokens[i].charAt(0)) ? -1 : i;
  }

  private static boolean isFiniteVerb(String token) {
    String w = bare(token);
    return token.equals(w) && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && startsWithFiniteVerb(w);
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Whether the sentence opens with a subordinate clause ("Wenn …", "Nachdem …"), after a leading conjunction. */
  public static boolean opensWithSubordinateClause(String sentence) {
    List<String> words = GermanTerms.words(sentence);
    return !words.isEmpty() && SUBORDINATORS.contains(words.get(afterLeadingConjunctions(words)));
  }

  private static final Set<String> LEADING_CONJUNCTIONS = Set.of("und", "aber", "doch", "denn", "oder");

  /** Where the words start after a leading "und", "aber", "doch", "denn", "oder" (the last word is kept). */
  private static int afterLeadingConjunctions(List<String> words) {
    int i = 0;
    while (i < words.size() - 1 && LEADING_CONJUNCTIONS.contains(words.get(i))) {
      i++;
    }
    return i;
  }

  /**
   * Subordinating conjunctions that are nothing else: not "als", "seit", "um", "bis", "während", "da", "damit", "wie",
   * which also open a main clause as a preposition or an adverb ("Seit Montag verhandeln Union und SPD erneut.").
   */
  private static final Set<String> CONJUNCTIONS_ONLY = Set.of(
      "weil", "obwohl", "obgleich", "nachdem", "falls", "sofern", "sobald", "solange", "bevor", "ehe", "dass", "daß",
      "ob", "indem", "wenn", "wobei", "zumal");

  /** Adverbs that take up a subordinate clause before the main clause's verb ("Wenn …, dann leitet er …"). */
  private static final Set<String> RESUMING = Set.of("dann", "so", "da");

  /** Question words that also open an indirect question or a relative clause, with the verb last. */
  private static final Set<String> W_WORDS = Set.of(
      "weshalb", "weswegen", "warum", "wieso", "was", "wer", "wen", "wem", "wessen", "wodurch", "womit",
      "woran", "worauf", "worüber", "wovon", "wofür", "wozu", "wonach", "worin", "wohin", "woher", "wann");

  /**
   * Whether the sentence is a subordinate clause standing alone, the continuation of the sentence before it
   * ("Weshalb der Trainer einen harten Kampf erwartete, der …", "Weil es regnete."): it opens with a subordinator
   * or a question word without its verb next, is no question, and no clause after it starts with a finite verb, as
   * the main clause after a fronted subordinate clause does ("Wie aus Kreisen verlautete, war die Erklärung …").
   */
  public static boolean isSubordinateOnly(String sentence) {
    String text = sentence.strip();
    List<String> words = GermanTerms.words(text);
    int i = afterLeadingConjunctions(words);
    if (words.size() - i < 3 || text.endsWith("?") || !(CONJUNCTIONS_ONLY.contains(words.get(i))
        || W_WORDS.contains(words.get(i)) && !FINITE_VERBS.contains(words.get(i + 1))
            && !startsWithFiniteVerb(words.get(i + 1)))) {
      return false;
    }
    Matcher m = CLAUSE_END.matcher(text);
    boolean first = true;
    while (m.find()) {
      if (first && !verbLast(text.substring(0, m.start()))) {
        return false;
      }
      first = false;
      if (opensMainClause(text, m.end(), text.charAt(m.start()) == ':')) {
        return false;
      }
    }
    return !first || verbLast(GermanLexicon.withoutTrailing(text, ".!…"));
  }

  /**
   * Whether the clause after a subordinate one is a main clause: its finite verb first ("…, war die Erklärung …") or
   * second after a word that takes up the clause before ("…, dann leitet er …", "…, der darf sich …").
   */
  private static boolean opensMainClause(String text, int at, boolean afterColon) {
    // the next two words only: a sentence with thousands of commas stays linear
    int end = at;
    for (int words = 0; words < 2 && end < text.length(); words++) {
      while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
    }
    String[] tokens = GermanLexicon.WHITESPACE.split(text.substring(at, end).strip());
    String first = bare(tokens[0]);
    if (first.isEmpty()) {
      return false;
    }
    if (afterColon && Character.isUpperCase(first.charAt(0))) {
      return true; // "Was viele nicht wissen: Der Rabatt gilt nur bis Freitag."
    }
    String lower = first.toLowerCase(Locale.GERMAN);
    // After a clause, a lower-case word that opens no clause and is no function word is the verb ("…, betrug der
    // Schaden …", "…, verschwand der Täter"), whatever its ending.
    boolean verbFirst = startsWithFiniteVerb(tokens[0]) || Character.isLowerCase(first.charAt(0))
        && !GermanTerms.isStopword(lower) && !CLAUSE_STARTERS.contains(lower) && !PREPOSITIONS.contains(lower)
        && !NOT_VERBS.contains(lower) && !SUBORDINATORS.contains(lower) && !CONJUNCTIONS_ONLY.contains(lower)
        && !W_WORDS.contains(lower);
    // or second, after a word that takes up the clause before: "…, dann leitet er …", "…, der darf sich …"
    return verbFirst || tokens.length > 1 && tokens[0].equals(first)
        && (FINITE_VERBS.contains(bare(tokens[1])) || RESUMING.contains(lower) && startsWithFiniteVerb(tokens[1]));
  }


  /**
   * Whether the clause has its verb last and none before, as a subordinate clause ("weshalb der Trainer einen harten
   * Kampf erwartete"), unlike a main clause after a fronted phrase ("Als Abiturient entwickelte er eine Tasche",
   * "Da erklärte der Chef … für beendet").
   */
  private static boolean verbLast(String clause) {
    String[] tokens = GermanLexicon.WHITESPACE.split(clause.strip());
    if (tokens.length < 3 || !endsWithVerb(clause)) {
      return false;
    }
    int end = tokens.length - 1;
    if (end > 2 && FINITE_VERBS.contains(bare(tokens[end]).toLowerCase(Locale.GERMAN))
        && endsWithVerb(String.join(" ", java.util.Arrays.copyOf(tokens, end)))) {
      end--; // "gewonnen wurde", "kommen würde"; not "wird spekuliert", a main clause's verb and participle
    }
    return !hasFiniteVerb(String.join(" ", java.util.Arrays.copyOf(tokens, end)));
  }

  /**
   * Whether the clause has a finite verb: a word of {@link #FINITE_VERBS}, or a lower-case word with a verb
   * ending that is no function word, adverb or participle ("ge…t") and does not stand before a noun (then it is an
   * adjective: "die erbitterte Debatte"). Before a noun it is still the verb when it ends in "-t", which no
   * inflected adjective does ("Die neue Regierung plant Steuererhöhungen"; adverbs such as "erneut" are listed in
   * {@link #NOT_VERBS}), or when a subject stands right before it ({@link #afterSubject}: "Die Polizei setzte
   * Tränengas ein", "Er gehört der Partei an"), unless the clause opens with an article and a preposition, an
   * attribute ("Die in Berlin errichtete Brücke"). A word with "ge" is a participle at the end of its clause or before
   * a noun, and the verb elsewhere ("Die Verbrechen gelten als …"); a subjunctive in "-e" counts second after its
   * subject ("Es bestehe die Gefahr"). The first word is never taken for the verb (it is capitalised as the sentence
   * start), but says what the second word can be ("Er gehört", "Dann schritten", "Zahlreiche verletzte").
   */
  public static boolean hasFiniteVerb(String clause) {
    String[] tokens = GermanLexicon.WHITESPACE.split(clause.strip());
    String opener = bare(tokens[0]).toLowerCase(Locale.GERMAN);
    // "Die in Berlin errichtete Brücke": an article before a preposition opens an attribute, whose participle or
    // adjective follows a noun
    boolean attributeOpens = tokens.length > 2 && RELATIVE_OR_ARTICLE.contains(opener)
        && PREPOSITIONS.contains(bare(tokens[1]));
    for (int i = 0; i < tokens.length; i++) {
      String w = bare(tokens[i]);
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.GERMAN);
      if (FINITE_VERBS.contains(lower) && (i > 0 || Character.isUpperCase(w.charAt(0)))) {
        return true; // "Ist …", "Hat …": a verb-first clause
      }
      if (i == 0 || !Character.isLowerCase(w.charAt(0)) || GermanTerms.isStopword(lower) || NOT_VERBS.contains(lower)) {
        continue;
      }
      String next = i + 1 < tokens.length ? bare(tokens[i + 1]) : "";
      boolean clauseEnd = next.isEmpty() || ",;:.!?–—-".indexOf(tokens[i].charAt(tokens[i].length() - 1)) >= 0;
      boolean beforeNoun = !clauseEnd && Character.isUpperCase(next.charAt(0));
      boolean secondAfterOpener = i == 1 && (NOMINATIVE_PRONOUNS.contains(opener) || FRONTED_ADVERBS.contains(opener));
      if (!VERB_ENDING.matcher(lower).matches()) {
        // the subjunctive of reported speech, second after its subject: "Es bestehe die Gefahr", "Darum hoffe ich"
        if (lower.endsWith("e") && lower.length() > 3 && !beforeNoun
            && (secondAfterOpener || i == 1 && afterSubject(tokens[0], true))) {
          return true;
        }
        continue;
      }
      if (lower.startsWith("ge")) {
        // a participle ends its clause or stands before a noun ("gesperrt.", "die geplante Reise"); a word with "ge"
        // that does neither is the verb: "Die Verbrechen gelten als …", "Er gehört der Partei an"
        if (secondAfterOpener && !opener.equals("so") // "So genannte Experten"
            || !clauseEnd && !beforeNoun && !LEADING_CONJUNCTIONS.contains(next.toLowerCase(Locale.GERMAN))) {
          return true;
        }
        continue;
      }
      if (!beforeNoun || lower.endsWith("t") || !attributeOpens && afterSubject(tokens[i - 1], i == 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest run of leading clauses, within {@code maxWords}, that is a complete main clause, closed with a full
   * stop; null when there is none. The cut is made at a comma, semicolon or free-standing dash before a word that
   * opens a new clause ({@link GermanLexicon#CLAUSE_STARTERS}), never at or past a colon (see the overload for a
   * summary's opening); the main clause must have its finite verb before the cut (so "Der Vorsitzende der Partei X,
   * Y, sagte …" is not cut after "X"); a relative or subordinate clause kept inside must be closed by its verb (a
   * lower-case last word); brackets and quotations must be balanced. A sentence that opens with a subordinate clause
   * is cut only after the main clause that follows it ("Nachdem es geregnet hatte, wirkte die Stadt wie ausgestorben,
   * als …"). A modal verb's infinitive must come before the cut ("Dafür soll der Unternehmer Firmen, die …, als
   * Betriebe ausgegeben haben" is not cut before "als"), unless a conjunction follows, which shows the modal to be the
   * full verb ("Die Gewerkschaft will mehr Lohn, weil …"); the kept text does not end with a word that announces the
   * clause after it ("wirkte es so, als …", "dort …, wo"); and no cut comes before the rest of a main clause that goes
   * on after a relative clause ({@link #mainClauseResumes}) or before what the verb needs ({@link #needsWhatFollows}).
   */
  public static String mainClause(String sentence, int maxWords) {
    return mainClause(sentence, maxWords, false);
  }

  /**
   * {@link #mainClause(String, int)}, and with {@code beforeColon} also cut before a colon that ends a main clause
   * with its verb last ("Das einzige deutsche Mitglied im Direktorium der EZB hat den Abschied bekannt gegeben:
   * Sabine Lautenschläger habe …"), unless a quotation follows ("… und festgestellt: «Das war …»") or the statement is
   * incomplete without it ({@link #completeBeforeColon}). For the opening of a summary, where a news sentence
   * states its point before the colon and the details after it; not for facts, where what follows a colon is as often
   * the point ("Ein weiterer Grund wird oft ausgeblendet: Geldwäsche.").
   */
  public static String mainClause(String sentence, int maxWords, boolean beforeColon) {
    // The verb's particle, standing alone after a clause in between ("Sadr rief X, der …, auf, …"), or the rest of
    // the main clause after a relative clause ("… stehen Neuer und ter Stegen, die …, obenan auf der Liste"), closes
    // the main clause: no cut before it.
    int bracketCloses = mainClauseResumes(sentence);
    // "nicht nur …, sondern …": no cut between the two (found once: a sentence with thousands of commas stays linear)
    int notOnly = sentence.indexOf("nicht nur");
    int butAlso = sentence.lastIndexOf("sondern");
    Matcher m = CLAUSE_END.matcher(sentence);
    int best = -1; // where the best cut is; the text is copied once, at the end
    int start = 0;
    int words = 0;
    boolean first = true;
    boolean verb = false;
    boolean closed = true;
    boolean bracketOpen = false;
    int open = 0;
    int straight = 0;
    while (m.find()) {
      String segment = sentence.substring(start, m.start());
      words += countWords(segment);
      open += openedBrackets(segment);
      straight += straightQuotes(segment);
      boolean subordinate = first ? opensWithSubordinateClause(segment) || opensWithVerb(segment) : opensClause(segment);
      if (subordinate) {
        closed = endsWithVerb(segment); // "…, nachdem es geregnet hatte": closed by its verb
      } else if (!verb) {
        // The finite verb of the main clause: in the opening clause ("Der Rat hat …"), or first after a subordinate
        // clause that stood in front ("Nachdem es geregnet hatte, wirkte es …").
        verb = first ? hasFiniteVerb(segment) : startsWithFiniteVerb(segment);
        closed = true;
      } else {
        // "…, gegen Nutzer, die …": a phrase set off after the verb goes with the clause that follows it
        closed = !opensWithPreposition(segment) || hasFiniteVerb(segment);
      }
      if (!subordinate) {
        // A modal verb opens a bracket that its infinitive closes: "Sie mussten nach einer Serie von Niederlagen,
        // darunter …, den Gang in die zweite Liga antreten" is not cut before "den Gang".
        bracketOpen = leavesModalOpen(segment, bracketOpen);
      } else if (bracketOpen && opensWithNounPhrase(segment)) {
        bracketOpen = leavesModalOpen(segment, true); // "…, den Gang in die zweite Liga antreten": no relative clause
      }
      first = false;
      start = m.end();
      if (words > maxWords) {
        break;
      }
      boolean colon = sentence.substring(m.start(), m.end()).contains(":");
      boolean dash = Character.isWhitespace(sentence.charAt(m.start())); // " – ", " - ": the other cuts are at , ; :
      // Before a conjunction ("…, weil …"), an open bracket means the modal verb is the full verb: "Die Gewerkschaft
      // will acht Prozent mehr Lohn, weil …".
      boolean bracketClosed = !bracketOpen || CONJUNCTIONS_ONLY.contains(nextWord(sentence, m.end()));
      boolean whole = verb && words >= MIN_MAIN_CLAUSE_WORDS && closed && bracketClosed && open == 0 && straight % 2 == 0
          && !endsOpen(segment) && !introducesSpeech(segment) && !endsWithCorrelate(segment);
      if (whole && !colon && m.start() >= bracketCloses && startsClause(sentence, m.end())
          && !(nextWord(sentence, m.end()).equals("wo") && GermanTerms.words(segment).contains("dort"))
          // after a clause closed by its verb, "…, eine Veranstaltung, die …" is an apposition to something in it
          && (subordinate || !needsWhatFollows(sentence, m.end(), dash, segment))
          && !(notOnly >= 0 && notOnly < m.start() && butAlso >= m.end())) {
        best = m.start();
      }
      if (colon && beforeColon && whole && m.start() >= bracketCloses && endsWithVerb(segment)
          && !GermanLexicon.isQuote(nextChar(sentence, m.end())) && completeBeforeColon(sentence.substring(0, m.start()))) {
        best = m.start(); // "… hat den Abschied bekannt gegeben: Sabine Lautenschläger habe …"
      }
      if (colon) {
        break; // what follows a colon is a new statement: "…, er setzt auf Zeit: Fehlende Spieler wie X"
      }
    }
    return best < 0 ? null : GermanLexicon.withoutTrailing(sentence.substring(0, best).strip(), ",;:–—-").strip() + ".";
  }

  /** Adverbs that fill the place before the verb ("Dann schritten …", "Dazu gehören …"), and rarely stand before an adjective. */
  private static final Set<String> FRONTED_ADVERBS = Set.of(
      "dann", "da", "dazu", "danach", "dabei", "damit", "dadurch", "dafür", "dagegen", "daher", "darauf", "deshalb",
      "deswegen", "dennoch", "trotzdem", "dort", "hier", "heute", "gestern", "morgen", "jetzt", "nun", "damals",
      "inzwischen", "später", "zuvor", "zuletzt", "zudem", "außerdem", "darum", "somit", "so");

  /** Subject pronouns before the verb; "ihr" and "du" only here, since after the verb "ihr" is as often a dative. */
  private static final Set<String> NOMINATIVE_PRONOUNS = GermanLexicon.union(SUBJECT_PRONOUNS, Set.of("ihr", "du"));

  /**
   * Whether the word before a lower-case word with a verb's ending ("-te", "-en") and a noun after it is the subject,
   * which makes that word the verb rather than an adjective: a subject pronoun ("Er gehört der Partei an"), an adverb
   * that opens the sentence ("Dann schritten Krawietz und Mies …"), or a noun or name inside the clause ("Die Polizei
   * setzte Tränengas ein", "Im Handelsstreit holt Indien …"). Not a noun in "-s", as a genitive ends ("Hamburgs
   * schönste Straße"; "Paris" is left out with it, "Kongress" is not), nor one before an apostrophe ("Scholz'
   * angekündigte Reform"), nor a number word ("Hunderte verletzte Demonstranten"); a year is the phrase of time before
   * the verb ("Seit 2019 leitete …"). The sentence's first word counts only without an adjective's ending and when it
   * is no adverb of degree ("Draghi dankte …", not "Zahlreiche verletzte …", "Ganz verrückte …"); a function word
   * never: after an article or a preposition the word is an adjective ("die erbitterte Debatte").
   */
  private static boolean afterSubject(String previous, boolean first) {
    String w = bare(previous);
    if (w.isEmpty() || ",;:.!?'’".indexOf(previous.charAt(previous.length() - 1)) >= 0) {
      return false;
    }
    String lower = w.toLowerCase(Locale.GERMAN);
    if (NOMINATIVE_PRONOUNS.contains(lower) || first && FRONTED_ADVERBS.contains(lower)) {
      return true;
    }
    if (YEAR.matcher(w).matches()) {
      return true; // "Seit 2019 leitete Müller das Amt": the verb second after a phrase of time
    }
    if (!Character.isUpperCase(w.charAt(0)) || GermanTerms.isStopword(lower) || QUANTITIES.contains(lower)
        || lower.endsWith("s") && !lower.endsWith("ss")) {
      return false; // a genitive ("Merkels letzte Rede"); "Kongress", "Fuß" are none
    }
    // the first word may be an adjective itself ("Zahlreiche verletzte …", "Ganz neue …"): a subject only when it has
    // no adjective's ending and is no adverb ("Draghi dankte …", "Condor bekommt …")
    return !first || !ADJECTIVE_ENDING.matcher(lower).find() && !DEGREE_ADVERBS.contains(lower);
  }

  /** Nouns that count what follows ("Hunderte verletzte Demonstranten"): no subject before an adjective. */
  private static final Set<String> QUANTITIES = Set.of(
      "hunderte", "tausende", "dutzende", "zehntausende", "hunderttausende", "millionen", "milliarden", "dutzend",
      "zahlreiche", "viele", "einige", "mehrere", "wenige", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
      "neun", "zehn", "zwölf", "zwanzig", "hundert", "tausend");

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:e|en|er|es|em)$");
  /** Adverbs that open a sentence before an adjective ("Ganz verrückte Ideen"). */
  private static final Set<String> DEGREE_ADVERBS = Set.of(
      "ganz", "total", "völlig", "kaum", "eher", "recht", "ziemlich", "wirklich", "echt", "äußerst", "höchst", "weit",
      "frisch", "neu", "sehr", "gut", "viel", "extrem", "bisher", "selten", "oft");

  /** Modal verbs: as a main clause's finite verb they need an infinitive ("Sie mussten … antreten"). */
  private static final Set<String> MODALS = Set.of(
      "kann", "können", "konnte", "konnten", "könnte", "könnten", "muss", "muß", "müssen", "musste", "mussten",
      "müsste", "müssten", "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "darf",
      "dürfen", "durfte", "durften", "dürfte", "dürften");

  /** Infinitives that the verb endings do not catch: "zu schade sein", "das tun". */
  private static final Set<String> SHORT_INFINITIVES = Set.of("sein", "tun");

  /**
   * Whether the clause leaves a modal verb's bracket open, {@code open} telling whether one was open before it: a
   * modal verb with no infinitive after it ("mussten aber nach einer langen Serie von Niederlagen"); closed by a
   * lower-case word with a verb's ending that stands before no noun ("… den Gang in die zweite Liga antreten").
   */
  private static boolean leavesModalOpen(String segment, boolean open) {
    String[] tokens = GermanLexicon.WHITESPACE.split(segment.strip());
    boolean afterVerb = false;
    for (int i = 0; i < tokens.length; i++) {
      String w = bare(tokens[i]);
      String lower = w.toLowerCase(Locale.GERMAN);
      if (MODALS.contains(lower)) {
        open = !afterVerb; // "…, welchen er auswählen muss", "… vorweisen können": the infinitive came first
        afterVerb = false;
        continue;
      }
      afterVerb = !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (SHORT_INFINITIVES.contains(lower)
          || VERB_ENDING.matcher(lower).matches() && !NOT_VERBS.contains(lower) && !GermanTerms.isStopword(lower));
      if (open && afterVerb) {
        String next = i + 1 < tokens.length ? bare(tokens[i + 1]) : "";
        open = !next.isEmpty() && Character.isUpperCase(next.charAt(0)); // "die harten Kämpfe": an adjective
      }
    }
    return open;
  }

  /**
   * Words that announce the clause after them ("wirkte es so, als breche …", "freut sich darauf, dass …"): a main
   * clause that ends with one is not complete without that clause.
   */
  private static final Set<String> CORRELATES = Set.of(
      "so", "derart", "dermaßen", "darauf", "daran", "damit", "davon", "dafür", "dazu", "darüber", "daraus",
      "dadurch", "darum", "deshalb", "deswegen"); // not "dabei", "dagegen": "… waren dabei", "… stimmte dagegen"

  /** Whether the clause ends with a word that announces the clause after it ({@link #CORRELATES}). */
  private static boolean endsWithCorrelate(String segment) {
    List<String> words = GermanTerms.words(segment);
    return words.size() > 1 && CORRELATES.contains(words.get(words.size() - 1));
  }

  /** Whether the clause opens with an article and a capitalised word: a noun phrase, not a relative pronoun. */
  private static boolean opensWithNounPhrase(String segment) {
    String[] tokens = GermanLexicon.WHITESPACE.split(segment.strip(), 3);
    return tokens.length > 1 && RELATIVE_OR_ARTICLE.contains(tokens[0])
        && !bare(tokens[1]).isEmpty() && Character.isUpperCase(bare(tokens[1]).charAt(0));
  }

  /**
   * Whether the text before a colon is a complete statement: an auxiliary and the participle that closes its bracket
   * ("… hat den Abschied bekannt gegeben", "… sind vor einem Jahr gescheitert"), the participle no verb of saying,
   * finding or deciding, which needs what the colon brings ("… hat festgestellt:", "… hat entschieden:"; a present
   * "Eine Studie zeigt:" has no auxiliary), and no word that announces it ("auf eines können sie vertrauen:", "Ein
   * weiterer Grund wird oft ausgeblendet:").
   */
  private static boolean completeBeforeColon(String text) {
    boolean auxiliary = false;
    boolean afterNoun = false;
    String lower = "";
    for (String token : GermanLexicon.WHITESPACE.split(text.strip())) {
      String w = bare(token);
      lower = w.toLowerCase(Locale.GERMAN);
      auxiliary |= AUXILIARIES.contains(lower);
      // "auf eines", "Eines ist klar": announcing; "der Bau eines Stadions": a genitive
      if (lower.equals("eines") ? !afterNoun : ANNOUNCING.contains(lower)) {
        return false;
      }
      afterNoun = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
    return auxiliary && !NEEDS_ITS_CONTENT.contains(lower);
  }

  /** Words that announce what a colon introduces ("Ein weiterer Grund …:", "Folgendes …:"). */
  private static final Set<String> ANNOUNCING = Set.of(
      "folgendes", "folgende", "folgenden", "weiterer", "weitere", "weiteren", "anderer", "andere");

  private static final Set<String> AUXILIARIES = Set.of(
      "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden");

  /** Participles that need what follows a colon: verbs of saying, finding and deciding. */
  private static final Set<String> NEEDS_ITS_CONTENT = Set.of(
      "gesagt", "mitgeteilt", "festgestellt", "entschieden", "herausgefunden", "gewarnt", "bekanntgegeben",
      "gefordert", "erklärt", "betont", "angekündigt", "beschlossen", "geschrieben", "berichtet", "gezeigt", "ergeben",
      "erkannt", "klargestellt", "klargemacht", "verkündet", "versprochen", "gefragt", "geantwortet", "bestätigt",
      "kritisiert", "gedacht", "geglaubt", "vermutet", "befürchtet", "gehofft", "gemeldet", "getwittert", "erläutert",
      "verraten", "zugegeben", "eingeräumt", "behauptet", "argumentiert", "gelautet", "festgelegt", "vereinbart",
      "beantwortet", "geäußert", "formuliert", "zusammengefasst", "gelernt", "erfahren", "beobachtet", "notiert");

  /** The first character at or after {@code at} that is no whitespace, or a space when there is none. */
  private static char nextChar(String sentence, int at) {
    int i = at;
    while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
      i++;
    }
    return i < sentence.length() ? sentence.charAt(i) : ' ';
  }

  /** The lower-cased word that starts at {@code at} (its letters only). */
  private static String nextWord(String sentence, int at) {
    int end = at;
    while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
      end++;
    }
    return sentence.substring(at, end).toLowerCase(Locale.GERMAN);
  }

  /** Separable verb particles that can close a main clause on their own ("rief … auf", "kündigte … an"). */
  private static final Set<String> PARTICLES = Set.of(
      "auf", "an", "ab", "aus", "ein", "mit", "vor", "zu", "zurück", "fest", "weiter", "hin", "her", "los", "bei",
      "nach", "dar", "fort", "heraus", "hinzu", "statt", "teil", "vorbei", "zusammen");

  /**
   * Where the main clause ends at the earliest, when it goes on after a clause in between (no cut is made before this
   * offset): the end of the last clause that is only a verb particle (", auf,") or that continues the main clause after
   * a relative clause ({@link #continuesMainClause}); -1 when there is none.
   */
  private static int mainClauseResumes(String sentence) {
    Matcher m = CLAUSE_END.matcher(sentence);
    int start = 0;
    int last = -1;
    boolean afterClause = false;
    // only the main clause goes on after a relative clause: once a subordinate clause or a colon has come, a phrase
    // after a relative clause continues that one ("…, als ob der OB, der nicht mehr antritt, von seinem Entschluss
    // abrückt")
    boolean inMainClause = true;
    while (m.find()) {
      String segment = sentence.substring(start, m.start());
      if (PARTICLES.contains(segment.strip()) || inMainClause && afterClause && continuesMainClause(segment)) {
        last = m.start();
      }
      afterClause = start > 0 && opensRelativeClause(segment) && endsWithVerb(segment);
      if (start > 0 && opensSubordinateClause(segment) || sentence.charAt(m.start()) == ':') {
        inMainClause = false;
      }
      start = m.end();
    }
    String tail = GermanLexicon.withoutTrailing(sentence.substring(start).strip(), ".!?");
    return PARTICLES.contains(tail) || inMainClause && afterClause && continuesMainClause(tail) ? sentence.length() : last;
  }

  /**
   * Whether a phrase after a relative clause is the rest of the main clause it interrupted ("…
   * stehen Neuer und ter Stegen, die Köpke stets in einem Atemzug nennt, obenan auf seiner Liste"): a lower-case
   * word that opens no clause, is no verb or pronoun, and either ends with the participle that closes the main
   * clause ("…, die er aufgebaut hatte, im Kanzleramt empfangen") or is a phrase without a finite verb. Not an
   * afterthought that the main clause is complete without ("…, die er aufgebaut hatte, vor allem nach dem Sieg",
   * "…, darunter …", "…, insgesamt mehr als 30 Kilogramm").
   */
  private static boolean continuesMainClause(String segment) {
    String[] tokens = GermanLexicon.WHITESPACE.split(segment.strip());
    String first = bare(tokens[0]);
    if (first.isEmpty() || !Character.isLowerCase(first.charAt(0))) {
      return false;
    }
    String lower = first.toLowerCase(Locale.GERMAN);
    if (CLAUSE_STARTERS.contains(lower) || SUBORDINATORS.contains(lower) || CONJUNCTIONS_ONLY.contains(lower)
        || W_WORDS.contains(lower) || LEADING_CONJUNCTIONS.contains(lower) || FINITE_VERBS.contains(lower)
        || startsWithFiniteVerb(tokens[0]) || lower.equals("zu") || NOMINATIVE_PRONOUNS.contains(lower)) {
      return false;
    }
    // "…, im Kanzleramt empfangen.", "…, vor allem nach dem Sieg gelobt.": the participle closes the main clause
    // (not a verb-last clause with its own finite verb: "…, keine Maske getragen hatte", "…, in dem er … gezeichnet hatte")
    if (tokens.length > 1 && endsWithVerb(segment) && !bare(tokens[tokens.length - 2]).equals("zu")
        && GermanTerms.words(segment).stream().noneMatch(FINITE_VERBS::contains)) {
      return true;
    }
    return !AFTERTHOUGHTS.contains(lower) && !hasFiniteVerb(segment);
  }

  /** Whether the clause opens with a subordinating conjunction or a question word ("nachdem …", "als ob …", "wie …"). */
  private static boolean opensSubordinateClause(String segment) {
    List<String> words = GermanTerms.words(segment);
    return !words.isEmpty() && (SUBORDINATORS.contains(words.get(0)) || CONJUNCTIONS_ONLY.contains(words.get(0))
        || W_WORDS.contains(words.get(0)));
  }

  /** Words that open a phrase added to a complete clause: "vor allem …", "darunter …", "offenbar ohne Gegenwehr". */
  private static final Set<String> AFTERTHOUGHTS = Set.of(
      "vor", "darunter", "offenbar", "etwa", "auch", "besonders", "insbesondere", "vermutlich", "wohl", "zumindest",
      "allerdings", "jedoch", "zum", "unter", "nämlich", "also", "meist", "zuletzt", "zudem", "außerdem", "ebenso",
      "sogar", "zuvor", "danach", "damals", "später", "heute", "ohne", "mit", "nach", "seit", "bis", "insgesamt",
      "rund", "knapp", "mindestens", "fast", "mehr", "teils");

  /**
   * Whether the clause opens with a relative pronoun, after a preposition or not ("die Köpke stets nennt", "mit denen
   * …"; its verb last is checked apart), and is no statement with its verb second ("die Lage sei ernst").
   */
  private static boolean opensRelativeClause(String segment) {
    String[] tokens = GermanLexicon.WHITESPACE.split(segment.strip(), 4);
    int at = tokens.length > 1 && PREPOSITIONS.contains(tokens[0]) ? 1 : 0;
    if (tokens.length < at + 3 || !RELATIVE_PRONOUNS.contains(tokens[at])) {
      return false;
    }
    return !FINITE_VERBS.contains(bare(tokens[at + 1])) && !FINITE_VERBS.contains(bare(tokens[at + 2]));
  }

  private static final Set<String> RELATIVE_PRONOUNS = Set.of(
      "der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher", "welches", "welchen",
      "welchem");

  /**
   * Whether the words after a cut at {@code at} still belong to the main clause: after a comma, "der", "die", "das"
   * open a relative clause only when its verb closes it ("…, die jeder kennt"); "…, die Gefahren zu prüfen" (an
   * infinitive), "…, die Lage sei ernst" (reported speech, its verb second) and "…, die Sonne" (an apposition) are
   * what the verb before them needs. Not an indefinite phrase without a verb after a dash that ends the sentence ("…
   * statt – einem der wichtigsten Ereignisse des Jahres."): an afterthought the clause is complete without; a definite
   * one can be what the verb waited for ("Der Preis geht an – die Schriftstellerin Han Kang.").
   */
  private static boolean needsWhatFollows(String sentence, int at, boolean afterDash, String before) {
    Matcher next = CLAUSE_END.matcher(sentence);
    int end = next.find(at) ? next.start() : sentence.length();
    String[] tokens = GermanLexicon.WHITESPACE.split(sentence.substring(at, end).strip());
    String first = bare(tokens[0]).toLowerCase(Locale.GERMAN);
    if (!RELATIVE_OR_ARTICLE.contains(first)) {
      return false;
    }
    String last = bare(tokens[tokens.length - 1]);
    if (afterDash && end == sentence.length() && INDEFINITE.contains(first) && !hasFiniteVerb(sentence.substring(at))) {
      return false;
    }
    if (tokens.length < 3 || last.isEmpty() || !Character.isLowerCase(last.charAt(0))) {
      return true;
    }
    if (bare(tokens[tokens.length - 2]).equals("zu")) {
      return true;
    }
    if (FINITE_VERBS.contains(bare(tokens[1])) || SUBJUNCTIVES.contains(bare(tokens[1]))) {
      return true; // "Wer … gekannt hat, der darf sich …", "…, das könne doch kein Mensch …": the main clause
    }
    // the verb second, not last: reported speech in the subjunctive ("…, die AfD könne kein Partner sein"), or in the
    // indicative after a clause that ends in a verb's particle or participle ("Ein Sprecher teilte mit, die Arbeiten
    // werden …", "Sie zeigte sich überzeugt, die Koalition wird …"); else a main clause of its own ("… unterwegs, die
    // Tour ging im Dauerregen unter"). Last, a relative clause ("…, die da wären").
    if (tokens.length < 4) {
      return false;
    }
    String second = bare(tokens[2]);
    return SUBJUNCTIVES.contains(second) || FINITE_VERBS.contains(second) && reports(before);
  }

  /** Whether the clause ends in a verb's particle or a participle, as a clause that reports what follows does. */
  private static boolean reports(String clause) {
    List<String> words = GermanTerms.words(clause);
    return !words.isEmpty() && PARTICLES.contains(words.get(words.size() - 1)) || endsWithVerb(clause);
  }

  /** Subjunctive forms of reported speech ("…, die Lage sei ernst"); an indicative verb second opens a new main clause. */
  private static final Set<String> SUBJUNCTIVES = Set.of(
      "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "gehe", "komme", "stehe",
      "liege", "bleibe", "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnten", "müssten", "sollten");

  private static final Set<String> INDEFINITE = Set.of("ein", "eine", "einen", "einem", "einer", "eines");

  private static final Set<String> RELATIVE_OR_ARTICLE = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines");

  /**
   * Whether the sentence opens with its finite verb ("Würde er eine Maske tragen, …", "Könnten die Deutschen
   * wählen, …"): a condition or a question, which needs the clause after it.
   */
  private static boolean opensWithVerb(String segment) {
    String[] tokens = GermanLexicon.WHITESPACE.split(segment.strip(), 2);
    return FINITE_VERBS.contains(bare(tokens[0]).toLowerCase(Locale.GERMAN));
  }

  /**
   * Whether the clause introduces what follows as speech or thought ("Im Weißen Haus sagte er, …", "Merkel
   * betonte: …"): a verb of saying that does not open the clause. Cut there, the sentence would say nothing. A
   * trailing "…, sagte er" opens its clause with the verb, and ends a statement.
   */
  private static boolean introducesSpeech(String segment) {
    List<String> words = GermanTerms.words(segment);
    for (int i = 1; i < words.size(); i++) {
      if (SPEECH_VERBS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that introduce speech, thought or a report in the clause after them. */
  private static final Set<String> SPEECH_VERBS = Set.of(
      "sagt", "sagte", "sagten", "erklärt", "erklärte", "erklärten", "betont", "betonte", "meint", "meinte",
      "schreibt", "schrieb", "warnt", "warnte", "berichtet", "berichtete", "heißt", "hieß", "heisst", "hiess",
      "glaubt", "glaubte", "hofft", "hoffte", "fürchtet", "fürchtete", "befürchtet", "befürchtete", "vermutet",
      "vermutete", "behauptet", "behauptete", "versichert", "versicherte", "argumentiert", "argumentierte",
      "erzählt", "erzählte", "bestätigt", "bestätigte", "kritisiert", "kritisierte", "fragt", "fragte", "antwortet",
      "antwortete", "ergänzt", "ergänzte", "sagen", "erklären", "betonen", "meinen");

  /** Whether the clause starts with a finite verb ("wirkte es am Freitag so"). */
  static boolean startsWithFiniteVerb(String clause) {
    String[] tokens = GermanLexicon.WHITESPACE.split(clause.strip(), 2);
    String w = bare(tokens[0]);
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    String lower = w.toLowerCase(Locale.GERMAN);
    if (FINITE_VERBS.contains(lower)) {
      return true;
    }
    return !GermanTerms.isStopword(lower) && !NOT_VERBS.contains(lower) && VERB_ENDING.matcher(lower).matches()
        && !lower.startsWith("ge");
  }

  /** Whether the text ends with a word that needs more after it: "und", "oder", an article, a preposition. */
  private static boolean endsOpen(String segment) {
    List<String> words = GermanTerms.words(segment);
    return words.isEmpty() || DANGLING.contains(words.get(words.size() - 1));
  }

  /** Not "an", "auf", "aus", "mit", "zu": as verb particles they end a clause ("… kündigte eine Klage an"). */
  private static final Set<String> DANGLING = Set.of(
      "und", "oder", "aber", "sowie", "sondern", "doch", "denn", "als", "wie", "der", "die", "das", "den", "dem",
      "des", "ein", "eine", "einen", "einem", "einer", "in", "im", "am", "von", "vom", "zum", "zur", "für", "beim",
      "gegen", "ohne", "bis");

  private static boolean opensClause(String segment) {
    List<String> words = GermanTerms.words(segment);
    return !words.isEmpty() && (CLAUSE_STARTERS.contains(words.get(0)) || SUBORDINATORS.contains(words.get(0)));
  }

  /**
   * Whether the clause ends with a verb, as a subordinate or relative clause does: a lower-case word that is a
   * known finite verb or has a verb's ending ("geregnet hatte", "ankommen", "gemacht"), not "auch" or "andere".
   */
  private static boolean endsWithVerb(String segment) {
    String[] tokens = GermanLexicon.WHITESPACE.split(segment.strip());
    String last = bare(tokens[tokens.length - 1]);
    if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))) {
      return false;
    }
    String lower = last.toLowerCase(Locale.GERMAN);
    return FINITE_VERBS.contains(lower) || (VERB_ENDING.matcher(lower).matches() && !NOT_VERBS.contains(lower)
        && !GermanTerms.isStopword(lower));
  }

  private static final Set<String> PREPOSITIONS = Set.of(
      "gegen", "mit", "für", "von", "vom", "bei", "beim", "nach", "vor", "aus", "über", "unter", "um", "ohne",
      "durch", "zum", "zur", "in", "im", "an", "am", "auf", "seit", "wegen", "trotz", "dank", "gemäß", "gemäss");

  private static boolean opensWithPreposition(String segment) {
    List<String> words = GermanTerms.words(segment);
    return !words.isEmpty() && PREPOSITIONS.contains(words.get(0));
  }

  private static boolean startsClause(String sentence, int at) {
    String word = nextWord(sentence, at);
    return CLAUSE_STARTERS.contains(word) || word.equals("jedoch");
  }

  private static String bare(String token) {
    return GermanLexicon.bare(token, false);
  }

  /** Whether every quotation mark and bracket the text opens, it closes. */
  public static boolean balancedQuotes(String text) {
    return openedBrackets(text) == 0 && straightQuotes(text) % 2 == 0;
  }

  /** Opening quotation marks and brackets minus closing ones. */
  static int openedBrackets(String text) {
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '„' || c == '»' || c == '(') {
        open++;
      } else if (c == '“' || c == '«' || c == ')' || c == '”') {
        open--;
      }
    }
    return open;
  }

  static int straightQuotes(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  /** Whitespace-separated tokens with a letter or digit, as word budgets count them. */
  public static int countWords(String text) {
    int n = 0;
    for (String token : GermanLexicon.WHITESPACE.split(text.strip())) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
