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
      if (FINITE_VERBS.contains(next) // lower case only: "Das Sagen" is a noun
          || w.equals("das") && REPORTING_VERBS.containsKey(next)) { // "Das teilte die Bahn mit." attributes
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

  /** The most words of an attribution ({@link #isAttribution}). */
  static final int ATTRIBUTION_WORDS = 14;
  /** Reporting verbs after "Das"/"Dies" that attribute the sentence before, with the particle they end in, if any. */
  private static final Map<String, String> REPORTING_VERBS = reportingVerbs();
  /** Auxiliaries of the perfect ("Das hat die Polizei mitgeteilt", "Das hatte ein Sprecher bestätigt"). */
  private static final Set<String> PERFECT_AUXILIARIES = Set.of("hat", "haben", "hatte", "hatten");
  private static final Set<String> REPORTED_PARTICIPLES = Set.of(
      "mitgeteilt", "gesagt", "berichtet", "gemeldet", "erklärt", "bestätigt", "bekanntgegeben", "geschrieben",
      "verkündet", "erfahren", "angekündigt", "betont");
  private static final Set<String> ATTRIBUTION_SUBJECTS = Set.of("das", "dies");
  /**
   * Words right after the verb that show it is no report: an object ("Das erklärt den Erfolg", "Das ergibt keinen
   * Sinn", "Das sagt alles"), a reflexive ("Das erklärt sich von selbst") or a negation ("Das bestätigte er nicht").
   */
  private static final Set<String> NO_REPORTER = Set.of(
      "den", "dem", "einen", "einem", "keinen", "keinem", "keine", "kein", "sich", "alles", "nichts", "viel", "vieles",
      "wenig", "einiges", "manches", "etwas", "mehr", "nicht", "nie", "mich", "mir", "uns", "euch", "ihn");
  /** Words anywhere that make it more than a report: a negation, a second clause ("… und löste eine Debatte aus"). */
  private static final Set<String> NOT_ONLY_A_REPORT = Set.of(
      "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "niemand", "und", "oder", "aber",
      "sondern", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "kann", "soll", "will", "muss",
      "als");
  /** Particles that, at the end, make the verb another one ("Das sagt viel aus", "Das schreibt das Gesetz vor"). */
  private static final Set<String> OTHER_PARTICLES = Set.of(
      "an", "aus", "vor", "ab", "zu", "auf", "ein", "her", "hin", "zurück", "fest", "nach", "um", "bei", "durch");
  /** What "Das ergab …" reports from: a survey or a study, not an amount ("Das ergab einen Schaden …"). */
  private static final List<String> FINDINGS = List.of(
      "umfrage", "studie", "analyse", "untersuchung", "obduktion", "erhebung", "auswertung", "befragung", "messung",
      "berechnung", "zählung", "prüfung", "recherche");
  /**
   * Endings of nouns that name a source of news after an article ("ein Regierungssprecher", "die Polizei", "die
   * Deutsche Presse-Agentur"), as against a thing the verb would act on ("Das erklärt die hohe Zahl der Toten").
   */
  private static final List<String> SOURCES = List.of(
      "sprecher", "sprecherin", "polizei", "ministerium", "behörde", "behörden", "staatsanwaltschaft", "regierung",
      "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "unternehmen", "konzern", "verein",
      "gericht", "agentur", "zeitung", "magazin", "sender", "verband", "gewerkschaft", "partei", "amt", "leiter",
      "leiterin", "chef", "chefin", "vorsitzende", "vorsitzender", "bürgermeister", "bürgermeisterin", "anwalt",
      "anwältin", "ermittler", "feuerwehr", "kommission", "institut", "forscher", "forscherin", "experte", "experten",
      "kreise", "kreisen", "quelle", "quellen", "bericht", "mitteilung", "statistik", "ministerpräsident",
      "ministerpräsidentin", "trainer", "trainerin", "verwaltung", "stadt", "gemeinde", "landkreis", "rathaus",
      "medien", "veranstalter", "organisatoren", "behördensprecher");
  /** What "geht … hervor" and "verlautete" report from: "aus einem Bericht", "aus Regierungskreisen". */
  private static final List<String> DOCUMENTS = List.of(
      "bericht", "berichten", "antwort", "unterlagen", "zahlen", "papier", "papieren", "daten", "dokument",
      "dokumenten", "schreiben", "mitteilung", "statistik", "studie", "umfrage", "analyse", "akten", "protokoll",
      "brief", "entwurf", "erklärung", "stellungnahme", "kreisen", "quellen", "urteil", "anklage", "gutachten",
      "untersuchung", "auswertung", "erhebung");
  /** "Das erklärte X für verfassungswidrig", "… zum Katastrophengebiet": a declaration, not a report. */
  private static final Set<String> DECLARING = Set.of("für", "zum", "zur", "als");
  /** Determiners before a source ("die Polizei", "ein Sprecher"). */
  private static final Set<String> SOURCE_DETERMINERS = Set.of(
      "der", "die", "das", "des", "ein", "eine", "einer", "eines", "dieser", "diese", "mehrere", "zwei", "drei");
  /** A source named by a pronoun or an agency written in lower case ("Das sagte er.", "Das meldete dpa."). */
  private static final Set<String> LOWER_CASE_SOURCES = Set.of("er", "sie", "dpa", "afp", "reuters", "ap", "sid", "epd");
  /** Words that may stand between the verb and its source ("Das bestätigte auch die Polizei"). */
  private static final Set<String> BEFORE_SOURCE = Set.of(
      "auch", "zudem", "ebenfalls", "inzwischen", "nun", "jetzt", "zuvor", "später", "bereits", "gestern", "heute",
      "übereinstimmend", "auf", "anfrage", "am", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
      "sonntag");

  /**
   * Whether the sentence only says who reported the sentence before it, as news agencies' copy does: "Das teilte
   * ein Regierungssprecher in London am Montag mit.", "Dies berichtete der «Spiegel».", "Das geht aus einem Bericht
   * hervor.", "Das hat die Polizei mitgeteilt.", "Das ergab eine Umfrage des Instituts Forsa." Its "Das" or "Dies"
   * stands for the sentence before, a verb of reporting follows right after it (with its particle at the end: "teilte
   * … mit", "gab … bekannt", "geht … hervor", "kündigte … an"; or "hat"/"hatte" with a reporting participle at the end)
   * and then its source ({@link #namesSource}: a name, a quoted name, or a noun such as "Sprecher", "Polizei",
   * "Agentur", "Umfrage"), and it has at most {@value #ATTRIBUTION_WORDS} words, no comma, colon or semicolon, and no
   * quotation but a name of up to three words. Not an attribution: what the verb acts on instead of a source ("Das
   * erklärt die hohe Zahl der Toten.", "Das sagt das Gesetz."), an object or a reflexive right after the verb
   * ("Das erklärt den Erfolg der Partei.", "Das ergibt keinen Sinn.", "Das erklärt sich von selbst."), a negation
   * ("Das bestätigte die Polizei nicht."), a second clause or verb ("Das berichtete der Spiegel und löste eine
   * Debatte aus.", "Das erklärte Ziel ist …"), another verb's particle at the end ("Das sagt viel über die Regierung
   * aus."), "ergab" without a survey or study ("Das ergab einen Schaden von 20.000 Euro."), and a sentence after a
   * quotation without its speaker, whose speaker it names ({@link #isAttribution(String, String)}).
   */
  public static boolean isAttribution(String sentence) {
    String text = sentence.strip();
    // the opening word first: it rules out nearly every sentence before the whole one is read
    int first = text.startsWith("Das") ? 3 : text.startsWith("Dies") ? 4 : -1;
    if (first < 0 || first >= text.length() || !Character.isWhitespace(text.charAt(first))
        || !text.endsWith(".") || text.chars().anyMatch(c -> c == ',' || c == ':' || c == ';')) {
      return false;
    }
    String[] tokens = GermanLexicon.WHITESPACE.split(text, ATTRIBUTION_WORDS + 1);
    if (tokens.length < 3 || tokens.length > ATTRIBUTION_WORDS || !quotesOnlyAName(tokens)) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (String token : tokens) {
      words.add(lower(GermanLexicon.bare(token, false)));
    }
    String verb = words.get(1);
    String last = words.get(words.size() - 1);
    if (NO_REPORTER.contains(words.get(2))
        || words.subList(2, words.size()).stream().anyMatch(NOT_ONLY_A_REPORT::contains)) {
      return false;
    }
    if (PERFECT_AUXILIARIES.contains(verb)) {
      return REPORTED_PARTICIPLES.contains(last) && (last.equals("ergeben")
          ? namesSource(tokens, FINDINGS, false) : namesSource(tokens, SOURCES, true));
    }
    String particle = REPORTING_VERBS.get(verb);
    if (particle == null) {
      return false;
    }
    if (particle.isEmpty() && OTHER_PARTICLES.contains(last)) {
      return false;
    }
    if (!particle.isEmpty() && !particle.equals(last)) {
      return false;
    }
    if (particle.equals("hervor") || verb.equals("verlautete")) {
      // "geht aus einem Bericht hervor", "verlautete aus Regierungskreisen": "aus" and a document or a circle, not
      // "Das ging aus einem Streit unter Nachbarn hervor"
      return words.get(2).equals("aus") && words.stream().anyMatch(w -> DOCUMENTS.stream().anyMatch(w::endsWith));
    }
    if (verb.startsWith("erg")) {
      return namesSource(tokens, FINDINGS, false); // "Das ergab eine Umfrage"
    }
    boolean declares = verb.startsWith("erklärt") && words.stream().anyMatch(DECLARING::contains);
    return !declares && namesSource(tokens, SOURCES, !verb.startsWith("erklärt"));
  }

  /**
   * Whether the words after the verb name who reported: a name or title ("Das sagte Merkel", "Das betonte
   * Innenminister Herbert Reul"; only with {@code anyName}), a quoted name ('der "Spiegel"'), "er", "sie" or an agency
   * ("dpa"), or an article with a noun of {@code sources} ("ein Regierungssprecher", "die Deutsche Presse-Agentur",
   * "eine Umfrage"). Without {@code anyName} a capitalised word must be a noun of {@code sources}: "Das ergab …" needs
   * a survey or a study, and after "erklärte" a capitalised word is as often its noun ("Das erklärte Ziel …").
   */
  private static boolean namesSource(String[] tokens, List<String> sources, boolean anyName) {
    int i = 2;
    while (i < tokens.length && BEFORE_SOURCE.contains(lower(GermanLexicon.bare(tokens[i], false)))) {
      i++;
    }
    if (i >= tokens.length) {
      return false;
    }
    String first = GermanLexicon.bare(tokens[i], false);
    if (hasQuote(tokens[i]) || LOWER_CASE_SOURCES.contains(first)) {
      return true;
    }
    if (capitalised(first)) {
      return anyName; // a name or a title: "Das sagte Merkel"
    }
    if (!SOURCE_DETERMINERS.contains(first)) {
      return false;
    }
    // the noun after the article, perhaps after an adjective: "die Deutsche Presse-Agentur", "der zuständige Sprecher"
    for (int k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      String bare = GermanLexicon.bare(tokens[k], false);
      String word = lower(bare);
      if (hasQuote(tokens[k]) || sources.stream().anyMatch(word::endsWith)) {
        return true;
      }
      if (capitalised(bare)) {
        if (k + 1 < tokens.length && capitalised(GermanLexicon.bare(tokens[k + 1], false))) {
          continue; // a name of two words: "die Deutsche Presse-Agentur", "die Deutsche Bahn"
        }
        // "teilte … mit" and "gab … bekannt" report whatever follows them: "die Deutsche Bahn", "der ADAC"
        return anyName && reportsOnly(tokens);
      }
    }
    return false;
  }

  /** Whether the sentence ends in the particle of "mitteilen" or "bekanntgeben", which only report. */
  private static boolean reportsOnly(String[] tokens) {
    String last = lower(GermanLexicon.bare(tokens[tokens.length - 1], false));
    return last.equals("mit") || last.equals("bekannt");
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean hasQuote(String token) {
    if (token.startsWith("'")) {
      return true; // 'Spiegel'
    }
    for (int k = 0; k < token.length(); k++) {
      if (GermanLexicon.isQuote(token.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #isAttribution(String)}, for an article sentence and the one before it ({@code null} when it opens the
   * article): an attribution only after a statement it can attribute, not after a quotation without its speaker
   * ("«Das ist ein schwarzer Tag.» Das sagte der Kämmerer.": it names the speaker, and stays).
   */
  public static boolean isAttribution(String sentence, String before) {
    return before != null && isAttribution(sentence) && !isBareQuotation(before);
  }

  /**
   * Whether a sentence right after an attribution the summary leaves out reads on from the statement the attribution
   * reported: it points back to that statement, not to the attribution's source or its report. "Das"/"Dies" with a
   * verb ("Das ist ein Rekord") or a definite article with a word for an event ("Die Entscheidung gehört …") do;
   * a pronoun ("Er sagte …", "Diese wurde …"), an adverb ("Darin heißt es …", "Dabei …"), an age ("Der 68-Jährige …")
   * and a quotation without its speaker do not.
   */
  public static boolean readsOnPastAttribution(String sentence) {
    String opener = opener(sentence).orElse(null);
    if (opener == null) {
      return true;
    }
    String[] words = opener.split(" ");
    if (words.length != 2) {
      return false;
    }
    String first = lower(words[0]);
    String second = lower(words[1]);
    return ATTRIBUTION_SUBJECTS.contains(first) && FINITE_VERBS.contains(second)
        || ARTICLES.contains(first) && ANAPHORIC_NOUNS.contains(second);
  }

  /** Whether the tokens hold no quotation mark, or two around a name of at most three words ('der "Spiegel"'). */
  private static boolean quotesOnlyAName(String[] tokens) {
    int first = -1;
    int last = -1;
    int marks = 0;
    for (int i = 0; i < tokens.length; i++) {
      for (int k = 0; k < tokens[i].length(); k++) {
        if (GermanLexicon.isQuote(tokens[i].charAt(k))) {
          marks++;
          first = first < 0 ? i : first;
          last = i;
        }
      }
    }
    return marks == 0 || marks == 2 && first >= 2 && last - first < 3;
  }

  private static Map<String, String> reportingVerbs() {
    Map<String, String> verbs = new HashMap<>();
    for (String v : List.of("sagte", "sagt", "sagten", "berichtete", "berichtet", "berichteten", "meldete", "meldet",
        "meldeten", "erklärte", "erklärt", "erklärten", "bestätigte", "bestätigt", "bestätigten", "schrieb",
        "schreibt", "twitterte", "verkündete", "betonte", "betont", "erfuhr", "erfuhren", "verlautete", "ergab",
        "ergibt", "ergaben", "berichten", "sagen", "melden")) {
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
    for (String v : List.of("kündigte", "kündigt", "kündigten")) {
      verbs.put(v, "an");
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
