package io.kurzfassung.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds German sentences that open with a reference the reader cannot resolve when the sentence stands alone: "Er
 * sagte …", "Die kann …", "Dabei …", "Der 42-Jährige …", a quotation without its speaker. A documented lexicon of
 * openers, not a parser: it looks at the first one or two words (after quotation marks and a leading "Und", "Aber",
 * "Doch", "Denn", "Oder", "Sondern"), and at the quotation marks of the whole sentence. The summariser avoids such
 * openers and eval counts them, with this one definition.
 *
 * <p>The rule, by opener (first word, case ignored):
 * <ul>
 *   <li>a quotation without its speaker, the whole sentence between two quotation marks ("«Ich durfte drei Spiele
 *       erleben.»", also after a frame such as "Weiter:"): reported as {@value #QUOTATION_WITHOUT_SPEAKER};
 *   <li>a preposition with "denen", "dessen" or "deren" ("An denen …", "Mit dessen Hilfe …");
 *   <li>a third-person or possessive pronoun, a demonstrative, "beide", "dessen", "deren": always
 *       ({@link #PRONOUNS}); a demonstrative followed by a word of time ("Diese Woche", "Dieses Jahr") is not;
 *   <li>an adverb that points back ({@link #POINTING_BACK}: "Dabei", "Deshalb", "Dort", "Danach", "Zuvor" …);
 *       "Darüber hinaus" is not;
 *   <li>"Es", unless it is a placeholder: followed by {@link #EXPLETIVE_ES_VERBS} ("Es gibt", "Es geht um", "Es
 *       hieß"), by a plural verb ending in "-en" ("Es reichten ein paar Sätze"), by "ist"/"war" and a preposition
 *       ("Es war im Juli"), or with a subject clause after a comma (", dass", ", ob", ", wie", ", wer", ", was",
 *       ", wenn", ", zu");
 *   <li>"Der", "Die", "Das", "Den", "Dem", "Denen" used as a pronoun: directly followed by a finite verb of
 *       {@link #FINITE_VERBS} ("Das ist", "Die kann", "Der soll");
 *   <li>a definite article with a word that stands for someone or something named before: an age ("Der
 *       42-Jährige"), "beiden" ("Die beiden Minister"), or one of {@link #ANAPHORIC_NOUNS} ("Das Treffen", "Der
 *       Vorfall") when the next word is in lower case and not a preposition or article that would say which ("Das
 *       Treffen der Minister" and "Der Aussage Gaulands" are resolved).
 * </ul>
 * Not detected: other definite descriptions ("Der Kolumbianer gewann"), which would need the preceding text.
 */
public final class ReferenceOpeners {

  /** Personal, possessive and demonstrative pronouns: the reader needs the sentence before to know who is meant. */
  static final Set<String> PRONOUNS = Set.of(
      "er", "sie", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
      "sein", "seine", "seinen", "seinem", "seiner", "seines", "dessen", "deren",
      "dies", "diese", "dieser", "dieses", "diesem", "diesen",
      "dieselbe", "derselbe", "dasselbe", "dieselben", "denselben", "demselben", "derselben",
      "jene", "jener", "jenes", "jenem", "jenen", "beide", "beiden", "beides", "letzterer", "letztere", "letzteres");

  /** Adverbs that stand for something said before: "Dabei" (in what?), "Dort" (where?), "Danach" (after what?). */
  static final Set<String> POINTING_BACK = Set.of(
      "dabei", "damit", "dadurch", "dafür", "dagegen", "daher", "darauf", "daraufhin", "daran", "darin", "darum",
      "darüber", "davon", "davor", "dazu", "danach", "daneben", "darunter", "dahinter", "deshalb", "deswegen",
      "dennoch", "trotzdem", "stattdessen", "dort", "dorthin", "ebenda", "hierbei", "hierzu", "hierfür", "zuvor");

  /** Verbs after which "Es" is a placeholder, not a reference ("Es gibt", "Es geht um", "Es kam zu"). */
  static final Set<String> EXPLETIVE_ES_VERBS = Set.of(
      "gibt", "gab", "gebe", "gäbe", "geht", "ging", "gehe", "handelt", "handelte", "handle", "kommt", "kam",
      "komme", "käme", "regnet", "regnete", "schneit", "schneite", "heißt", "heisst", "hieß", "hiess", "hieße",
      "bleibt", "blieb", "fehlt", "fehlte", "reicht", "braucht", "brauchte");

  /** Finite verbs after which "Der", "Die", "Das" is a pronoun ("Das ist", "Die kann", "Der soll nun …"). */
  static final Set<String> FINITE_VERBS = Set.of(
      "ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien",
      "hat", "haben", "hatte", "hatten", "hätte", "hätten", "habe",
      "wird", "werden", "wurde", "wurden", "würde", "würden", "werde",
      "kann", "können", "konnte", "konnten", "könnte", "könnten",
      "muss", "muß", "müssen", "musste", "mussten", "müsste", "müssten",
      "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten",
      "darf", "dürfen", "durfte", "durften", "dürfte", "dürften", "mag", "mögen", "möchte", "möchten",
      "gilt", "galt", "zeigt", "zeigte", "zeigen", "geht", "ging", "gehen", "kommt", "kam", "kamen", "kommen",
      "steht", "stand", "stehen", "bleibt", "blieb", "liegt", "lag", "macht", "machte", "heißt", "heisst", "hieß",
      "hiess", "sagt", "sagte", "sagten", "sieht", "sah", "weiß", "weiss", "wusste", "wissen", "bedeutet",
      "bedeutete", "klingt", "klang", "reicht", "reichte", "passt", "passte", "zählt", "zählte", "betrifft",
      "betraf", "führt", "führte", "trifft", "traf", "gelang", "gelingt", "fällt", "fiel", "legte", "verlor",
      "verloren", "gewann", "deutet", "deutete", "scheint", "schien", "kostet", "kostete", "spielt", "spielte",
      "lässt", "ließ", "liess", "tut", "tat");

  /** Nouns that, with a definite article, name an event mentioned before ("Das Treffen", "Der Vorfall"). */
  static final Set<String> ANAPHORIC_NOUNS = Set.of(
      "treffen", "vorfall", "zwischenfall", "unfall", "tat", "anschlag", "angriff", "attentat", "gespräch",
      "gespräche", "besuch", "entscheidung", "urteil", "beschluss", "vorschlag", "schritt", "maßnahme", "ereignis",
      "aussage", "äußerung", "forderung", "vorwurf", "vorwürfe", "duell", "partie");

  private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "denen");
  private static final Set<String> DEMONSTRATIVES = Set.of("dies", "diese", "dieser", "dieses", "diesem", "diesen");
  private static final Set<String> TIME_WORDS = Set.of(
      "woche", "wochen", "jahr", "jahres", "jahrs", "monat", "monats", "tag", "tage", "tagen", "mal", "sommer",
      "winter", "herbst", "frühjahr", "frühling", "saison", "wochenende", "abend", "morgen", "nachmittag", "nacht");
  /** Words after an anaphoric noun that say which one is meant ("Das Treffen der Minister", "… in Paris"). */
  private static final Set<String> SPECIFIERS = Set.of(
      "der", "des", "von", "vom", "zwischen", "mit", "in", "im", "am", "an", "auf", "für", "gegen", "um", "zur",
      "zum", "bei", "beim", "aus", "über", "unter", "nach", "vor", "seit", "wegen", "ohne", "durch", "zu");
  /** Relative pronouns that, after a preposition at the start, point back like a demonstrative ("An denen …"). */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("denen", "dessen", "deren");
  private static final Set<String> CONJUNCTIONS = Set.of("und", "aber", "doch", "denn", "oder", "sondern");
  private static final Pattern AGE = Pattern.compile("\\d+-jährigen?|\\d+-jähriger?");
  private static final Pattern PLURAL_VERB = Pattern.compile("\\p{Ll}+en");
  private static final Set<String> COPULA = Set.of("ist", "war", "wäre", "sei");
  private static final Pattern SUBJECT_CLAUSE = Pattern.compile(",\\s*(?:dass|daß|ob|wie|wer|was|wenn|zu)\\s");

  private ReferenceOpeners() {}

  /**
   * The sentence as it can stand alone: itself when it opens with no reference; else what follows its colon ("Das
   * will Aldi nun ändern: Ab Donnerstag …" → "Ab Donnerstag …", {@link GermanClauses#afterFrame}), or the statement
   * without its connective ("Damit ist Aldi der erste …" → "Aldi ist der erste …",
   * {@link GermanClauses#withoutConnective}) when that no longer opens with a reference; the sentence unchanged when
   * neither helps.
   */
  public static String standingAlone(String sentence) {
    if (!opensUnresolved(sentence)) {
      return sentence;
    }
    return GermanClauses.afterFrame(sentence)
        .or(() -> GermanClauses.withoutConnective(sentence).filter(t -> !opensUnresolved(t)))
        .orElse(sentence);
  }

  /** Whether the sentence opens with a reference the reader cannot resolve without the text before it. */
  public static boolean opensUnresolved(String sentence) {
    return opener(sentence).isPresent();
  }

  /** The opening words that refer back ("Er", "Das ist", "Der 42-Jährige"), or empty when the opening stands alone. */
  public static Optional<String> opener(String sentence) {
    if (isBareQuotation(sentence)) {
      return Optional.of(QUOTATION_WITHOUT_SPEAKER);
    }
    List<String> words = leadingWords(sentence, 4);
    int i = 0;
    while (i < words.size() - 1 && CONJUNCTIONS.contains(lower(words.get(i)))) {
      i++;
    }
    if (i >= words.size()) {
      return Optional.empty();
    }
    String first = words.get(i);
    String w = lower(first);
    String next = i + 1 < words.size() ? words.get(i + 1) : "";
    String n = lower(next);
    if (SPECIFIERS.contains(w) && RELATIVE_PRONOUNS.contains(n)) {
      return Optional.of(first + " " + next); // "An denen hat er Anteil", "Mit dessen Hilfe …"
    }
    if (PRONOUNS.contains(w)) {
      return DEMONSTRATIVES.contains(w) && TIME_WORDS.contains(n) ? Optional.empty() : Optional.of(first);
    }
    if (POINTING_BACK.contains(w)) {
      return w.equals("darüber") && n.equals("hinaus") ? Optional.empty() : Optional.of(first);
    }
    if (w.equals("es")) {
      String after = i + 2 < words.size() ? lower(words.get(i + 2)) : "";
      boolean expletive = EXPLETIVE_ES_VERBS.contains(n)
          || PLURAL_VERB.matcher(next).matches() // "Es reichten ein paar Sätze": the subject follows
          || (COPULA.contains(n) && SPECIFIERS.contains(after)) // "Es war im Juli"
          || SUBJECT_CLAUSE.matcher(sentence).find();
      return expletive ? Optional.empty() : Optional.of(first);
    }
    if (ARTICLES.contains(w) && !next.isEmpty()) {
      if (FINITE_VERBS.contains(next)) { // lower case only: "Das Sagen" is a noun
        return Optional.of(first + " " + next);
      }
      String after = i + 2 < words.size() ? lower(words.get(i + 2)) : "";
      boolean unspecified = !after.isEmpty() && !SPECIFIERS.contains(after)
          && Character.isLowerCase(words.get(i + 2).charAt(0)); // "Der Aussage Gaulands": a name says whose
      if (AGE.matcher(n).matches() || n.equals("beiden") || (ANAPHORIC_NOUNS.contains(n) && unspecified)) {
        return Optional.of(first + " " + next);
      }
    }
    return Optional.empty();
  }

  /** Personal and possessive pronouns: after an attribution they may mean its source ("Das sagte X. Er …"). */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of(
      "er", "sie", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
      "sein", "seine", "seinen", "seinem", "seiner", "seines");

  /** Whether the sentence opens with a personal or possessive pronoun ("Er sagte …", "Seine Partei …"). */
  public static boolean opensWithPersonalPronoun(String sentence) {
    return opener(sentence).map(o -> PERSONAL_PRONOUNS.contains(lower(o))).orElse(false);
  }

  /** The most words of an attribution ({@link #isAttribution}). */
  static final int ATTRIBUTION_WORDS = 14;
  /** Reporting verbs after "Das"/"Dies" that attribute the sentence before, with the particle they end in, if any. */
  private static final Map<String, String> REPORTING_VERBS = reportingVerbs();
  private static final Set<String> REPORTED_PARTICIPLES = Set.of(
      "mitgeteilt", "gesagt", "berichtet", "gemeldet", "erklärt", "bestätigt", "bekanntgegeben", "geschrieben",
      "verkündet", "ergeben");
  private static final Set<String> ATTRIBUTION_SUBJECTS = Set.of("das", "dies");

  /**
   * Whether the sentence only says who reported the sentence before it, as news agencies' copy does: "Das teilte
   * ein Regierungssprecher in London am Montag mit.", "Dies berichtete die «Times».", "Das geht aus einem Bericht
   * hervor.", "Das hat die Polizei mitgeteilt." Its "Das" or "Dies" stands for the sentence before, a verb of
   * reporting follows right after it (with its particle at the end: "teilte … mit", "gab … bekannt", "geht …
   * hervor"; or "hat" with a reporting participle at the end), and it has at most {@value #ATTRIBUTION_WORDS} words
   * and no comma, colon, semicolon or quotation: nothing else to say. "Das zeigt die Schwäche der Regierung." is no
   * attribution; its verb is no verb of reporting.
   */
  public static boolean isAttribution(String sentence) {
    String text = sentence.strip();
    if (!text.endsWith(".")
        || text.chars().anyMatch(c -> c == ',' || c == ':' || c == ';' || GermanLexicon.isQuote((char) c))) {
      return false;
    }
    String[] tokens = GermanLexicon.WHITESPACE.split(text);
    if (tokens.length < 3 || tokens.length > ATTRIBUTION_WORDS
        || !ATTRIBUTION_SUBJECTS.contains(lower(tokens[0])) || !Character.isUpperCase(tokens[0].charAt(0))) {
      return false;
    }
    String verb = tokens[1];
    String last = lower(GermanLexicon.bare(tokens[tokens.length - 1], false));
    if (verb.equals("hat") || verb.equals("haben")) {
      return REPORTED_PARTICIPLES.contains(last);
    }
    String particle = REPORTING_VERBS.get(verb);
    return particle != null && (particle.isEmpty() || particle.equals(last));
  }

  private static Map<String, String> reportingVerbs() {
    Map<String, String> verbs = new HashMap<>();
    for (String v : List.of("sagte", "sagt", "sagten", "berichtete", "berichtet", "berichteten", "meldete", "meldet",
        "meldeten", "erklärte", "erklärt", "erklärten", "bestätigte", "bestätigt", "bestätigten", "schrieb",
        "schreibt", "twitterte", "verkündete", "ergab", "ergibt")) {
      verbs.put(v, "");
    }
    for (String v : List.of("teilte", "teilt", "teilten")) {
      verbs.put(v, "mit");
    }
    for (String v : List.of("gab", "gibt", "gaben")) {
      verbs.put(v, "bekannt");
    }
    for (String v : List.of("geht", "ging")) {
      verbs.put(v, "hervor");
    }
    return Map.copyOf(verbs);
  }

  /** Frames before a colon that go on with a quotation without naming its speaker again. */
  private static final Set<String> QUOTATION_FRAMES = Set.of(
      "weiter", "und weiter", "ferner", "außerdem", "ausserdem", "zudem", "dazu", "und", "auch", "später", "dann");

  /** The opener reported for a quotation without its speaker. */
  public static final String QUOTATION_WITHOUT_SPEAKER = "«…»";

  /**
   * Whether the sentence is a quotation and nothing else, perhaps after a frame such as "Weiter:": «Ich durfte drei
   * Spiele erleben.» Who speaks was said in a sentence before. Exactly two quotation marks, one opening the sentence
   * and one closing it (a full stop may follow); a quotation with its speaker ("«…», schrieb Nadal.") or
   * interrupted by one has more or stands elsewhere.
   */
  static boolean isBareQuotation(String sentence) {
    String text = sentence.strip();
    int colon = text.indexOf(": ");
    if (colon > 0 && colon < 20 && QUOTATION_FRAMES.contains(text.substring(0, colon).toLowerCase(Locale.GERMAN))) {
      text = text.substring(colon + 2).stripLeading(); // "Weiter: «…»"; not "Merkel: «…»", which names the speaker
    }
    String body = GermanLexicon.withoutTrailing(text, ".!?… ");
    if (body.length() < 3 || !GermanLexicon.isQuote(body.charAt(0))
        || !GermanLexicon.isQuote(body.charAt(body.length() - 1))) {
      return false;
    }
    int quotes = 0;
    for (int i = 0; i < body.length(); i++) {
      if (GermanLexicon.isQuote(body.charAt(i))) {
        quotes++;
      }
    }
    return quotes == 2;
  }

  /** Up to {@code max} whitespace-separated words, without surrounding quotation marks and punctuation. */
  private static List<String> leadingWords(String sentence, int max) {
    List<String> words = new ArrayList<>();
    for (String token : GermanLexicon.WHITESPACE.split(sentence.strip())) {
      if (words.size() >= max) {
        break;
      }
      String word = GermanLexicon.bare(token, false);
      if (!word.isEmpty()) {
        words.add(word);
      }
      if (!word.isEmpty() && endsPhrase(token)) {
        break; // the opening phrase ends here ("Dabei: …" is still counted, the next phrase is not looked at)
      }
    }
    return words;
  }

  /** "Dabei:" or "so." — a letter or digit, then a full stop, colon, semicolon, question or exclamation mark. */
  private static boolean endsPhrase(String token) {
    int n = token.length();
    return n >= 2 && ".:;!?".indexOf(token.charAt(n - 1)) >= 0 && Character.isLetterOrDigit(token.charAt(n - 2));
  }


  private static String lower(String word) {
    return word.toLowerCase(Locale.GERMAN);
  }
}
