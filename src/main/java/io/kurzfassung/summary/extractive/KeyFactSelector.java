package io.kurzfassung.summary.extractive;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.text.GermanClauses;
import io.kurzfassung.text.GermanLexicon;
import io.kurzfassung.text.GermanTerms;
import io.kurzfassung.text.ReferenceOpeners;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the key facts: short clauses that carry numbers, dates, names or quotations, from the most central
 * sentences, each with its source sentence as evidence. Sentences already in the summary count for less, so that
 * the facts add to the summary rather than repeat it; near-duplicates are skipped.
 */
final class KeyFactSelector {

  /** A fact longer than this is cut to its main clause. */
  static final int MAX_FACT_WORDS = 25;
  /** A sentence without a safe cut is a fact whole up to this length. */
  static final int MAX_WHOLE_FACT_WORDS = 32;
  /** Two facts that share more than this share of the smaller one's terms say the same. */
  private static final double MAX_OVERLAP = 0.5;
  /** Each kind of fact a sentence carries (number, date, name, quotation) adds this much to its value. */
  private static final double PER_SIGNAL = 0.35;
  /** A sentence of fewer words is no fact. */
  private static final int MIN_FACT_WORDS = 4;
  /** A piece of a long sentence stands as a fact from this many words on. */
  private static final int MIN_PIECE_WORDS = 6;
  /** The leading clauses of a long sentence are kept as its fact from this many words on. */
  private static final int MIN_LEADING_WORDS = 8;
  /** A quotation worth a signal has at least this many characters. */
  private static final int MIN_QUOTATION_CHARS = 12;

  private static final Pattern NUMBER = Pattern.compile("\\d");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
  private static final Pattern QUOTATION = Pattern.compile("[„“”\"»«].{" + MIN_QUOTATION_CHARS + ",}", Pattern.DOTALL);
  private static final Set<String> NUMBER_WORDS = GermanLexicon.NUMBER_WORDS;
  private static final Set<String> DATE_WORDS = GermanLexicon.DATE_WORDS;
  /**
   * Conjunctions that tie a sentence to the one before (also "Und: …"); they stand before the first field, so they
   * can go.
   */
  private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:Und|Aber|Doch|Denn|Sondern|Oder):?\\s+(\\p{L})");

  private KeyFactSelector() {}

  /**
   * A candidate fact: its sentence, the chosen text, its terms, how much it is worth and its tier (lower is
   * better): {@link #CLEAN_SIGNAL}, {@link #CLEAN_PLAIN}, {@link #IN_SUMMARY_TIER}, {@link #UNRESOLVED_TIER}.
   */
  private record Candidate(Sentence sentence, String text, Set<String> terms, int signals, double value, int tier) {}

  /** A fact with a number, date, name or quotation that the summary does not already say. */
  private static final int CLEAN_SIGNAL = 0;
  /** A plain statement the summary does not already say: only to reach the minimum. */
  private static final int CLEAN_PLAIN = 1;
  /** A sentence the summary already says: only when the article has nothing else to offer. */
  private static final int IN_SUMMARY_TIER = 2;
  /** A sentence that opens with a reference the reader cannot resolve: the very last resort. */
  private static final int UNRESOLVED_TIER = 3;

  /**
   * Up to {@code maxFacts} facts that add to the summary ({@code summary}: its parts, by candidate index and text).
   * Fact-bearing sentences the summary does not contain come first; plain sentences are taken only to reach
   * {@code minFacts}. A sentence the summary already says, then one that opens with an unresolved reference, is a
   * fact only when there would be no fact at all: a short article whose summary says nearly everything gets fewer
   * facts rather than facts that repeat the summary.
   * Sentences are distinct candidates ({@link SentenceRanker}) and overlapping facts are skipped, so no fact repeats.
   */
  static List<KeyFact> select(SentenceRanker.Ranking ranking, List<SummaryComposer.Part> summary, int maxFacts,
      int minFacts) {
    Set<Integer> inSummary = new HashSet<>();
    List<Set<String>> summaryTerms = new ArrayList<>();
    StringBuilder summaryWords = new StringBuilder(" ");
    for (SummaryComposer.Part part : summary) {
      inSummary.add(part.index());
      summaryTerms.add(new HashSet<>(GermanTerms.terms(part.text())));
      summaryWords.append(String.join(" ", GermanTerms.words(part.text()))).append(' ');
    }
    List<Candidate> candidates = new ArrayList<>();
    double[] score = ranking.score();
    for (Sentence s : ranking.sentences()) {
      if (s.words() < MIN_FACT_WORDS || s.isQuestion() || ReferenceOpeners.isAttribution(s.text())) {
        continue; // "Das teilte ein Sprecher am Montag mit." says only who reported what the sentence before said
      }
      String text = factText(s);
      if (text == null) {
        continue;
      }
      Set<String> terms = new HashSet<>(GermanTerms.terms(text));
      int signals = signals(text);
      boolean said = inSummary.contains(s.index()) || contained(text, terms, summaryWords.toString(), summaryTerms);
      int tier = ReferenceOpeners.opensUnresolved(text) ? UNRESOLVED_TIER
          : said ? IN_SUMMARY_TIER : signals > 0 ? CLEAN_SIGNAL : CLEAN_PLAIN;
      double value = score[s.index()] * (1.0 + PER_SIGNAL * signals);
      candidates.add(new Candidate(s, text, terms, signals, value, tier));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::value).reversed());
    List<Candidate> chosen = new ArrayList<>();
    for (int tier = CLEAN_SIGNAL; tier <= UNRESOLVED_TIER; tier++) {
      // What the summary already says, or what opens unresolved, is a fact only when there would be none else.
      int wanted = tier == CLEAN_SIGNAL ? maxFacts : tier == CLEAN_PLAIN ? Math.min(minFacts, maxFacts) : 1;
      for (Candidate c : candidates) {
        if (chosen.size() >= wanted) {
          break;
        }
        if (c.tier() == tier && !overlaps(c, chosen)) {
          chosen.add(c);
        }
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.sentence().index()));
    List<KeyFact> facts = new ArrayList<>();
    for (Candidate c : chosen) {
      facts.add(new KeyFact(c.text(), List.of(c.sentence().text())));
    }
    return List.copyOf(facts);
  }

  /**
   * What the summary already says: the fact's words as one run of the summary's words, or all its content words in
   * one summary part (the definition eval counts by).
   */
  static boolean contained(String fact, Set<String> factTerms, String paddedSummaryWords, List<Set<String>> partTerms) {
    String words = String.join(" ", GermanTerms.words(fact));
    if (!words.isBlank() && paddedSummaryWords.contains(" " + words + " ")) {
      return true;
    }
    return !factTerms.isEmpty() && partTerms.stream().anyMatch(p -> p.containsAll(factTerms));
  }

  /**
   * The text a sentence gives as a fact, or null when it gives none: without a dateline or a leading conjunction;
   * whole when short, else cut to its main clause ({@link GermanClauses#mainClause}) or to the complete sentence
   * after a colon; whole up to {@link #MAX_WHOLE_FACT_WORDS} when no cut is safe. Never cut with "…", never with a
   * glued heading or an unbalanced quotation.
   */
  static String factText(Sentence s) {
    String text = s.position() == 0 ? GermanClauses.withoutDateline(s.text()) : s.text();
    text = withoutLeadingConjunction(text);
    text = ReferenceOpeners.standingAlone(text);
    if (GermanClauses.hasGluedHeading(text) || isFragment(text) || !GermanClauses.hasFiniteVerb(text)
        || GermanClauses.isSubordinateOnly(text)) {
      // a heading glued to the sentence, half a quotation, a statement without its verb, a subordinate clause that
      // continues the sentence before it
      return null;
    }
    int words = Article.countWords(text);
    if (words <= MAX_FACT_WORDS) {
      return text;
    }
    String shorter = shorten(text);
    if (shorter != null) {
      return shorter;
    }
    return words <= MAX_WHOLE_FACT_WORDS ? text : null;
  }

  static boolean isFragment(String text) {
    return text.endsWith("…") || !GermanClauses.balancedQuotes(text);
  }

  /** "Doch nun revidiert «Bild» …" → "Nun revidiert «Bild» …". */
  static String withoutLeadingConjunction(String text) {
    var m = LEADING_CONJUNCTION.matcher(text);
    return m.find() ? Character.toUpperCase(m.group(1).charAt(0)) + text.substring(m.end()) : text;
  }

  private static boolean overlaps(Candidate c, List<Candidate> chosen) {
    for (Candidate other : chosen) {
      Set<String> common = new HashSet<>(c.terms());
      common.retainAll(other.terms());
      int smaller = Math.min(c.terms().size(), other.terms().size());
      if (smaller == 0 || (double) common.size() / smaller > MAX_OVERLAP) {
        return true;
      }
    }
    return false;
  }

  /** How many kinds of fact the text carries: numbers, dates, names, quotations. */
  static int signals(String text) {
    List<String> words = GermanTerms.words(text);
    int n = 0;
    if (NUMBER.matcher(text).find() || words.stream().anyMatch(NUMBER_WORDS::contains)) {
      n++;
    }
    if (words.stream().anyMatch(DATE_WORDS::contains) || YEAR.matcher(text).find()) {
      n++;
    }
    if (hasName(text)) {
      n++;
    }
    if (QUOTATION.matcher(text).find() || text.contains(" sagte") || text.contains("sagt ")) {
      n++;
    }
    return n;
  }

  /** Two capitalised words in a row after the first word ("Egan Bernal"), or an acronym ("EU", "FDP"). */
  static boolean hasName(String text) {
    String[] tokens = GermanLexicon.WHITESPACE.split(text.strip());
    for (int i = 1; i < tokens.length; i++) {
      String t = GermanLexicon.bare(tokens[i], true);
      if (t.length() >= 2 && t.length() <= 5 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().allMatch(Character::isLetter)) {
        return true;
      }
      if (i + 1 < tokens.length && capitalised(t) && !GermanTerms.isStopword(t.toLowerCase(Locale.ROOT))
          && capitalised(LEADING_NON_LETTERS.matcher(tokens[i + 1]).replaceAll(""))
          && ".,;:!?".indexOf(tokens[i].charAt(tokens[i].length() - 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+");

  private static boolean capitalised(String word) {
    return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }

  static boolean opensWithSubordinateClause(String sentence) {
    return GermanClauses.opensWithSubordinateClause(sentence);
  }

  /**
   * A long sentence cut to a complete main clause within {@link #MAX_FACT_WORDS}: its leading main clause, or, when
   * the opening is only a frame ("Anlass waren die Ergebnisse: Der TSV 1860 hat …"), the sentence after the colon
   * or its main clause; null when no cut leaves a main clause with its finite verb.
   */
  static String shorten(String sentence) {
    String clause = GermanClauses.mainClause(sentence, MAX_FACT_WORDS);
    if (clause != null && Article.countWords(clause) >= MIN_LEADING_WORDS) {
      return clause;
    }
    String rest = GermanClauses.afterFrame(sentence).orElse(null);
    if (rest != null && isComplete(rest)) {
      if (Article.countWords(rest) <= MAX_FACT_WORDS && Article.countWords(rest) >= MIN_PIECE_WORDS) {
        return rest;
      }
      String restClause = GermanClauses.mainClause(rest, MAX_FACT_WORDS);
      if (restClause != null && Article.countWords(restClause) >= MIN_PIECE_WORDS) {
        return restClause;
      }
    }
    return null;
  }

  private static boolean isComplete(String text) {
    return !isFragment(text) && text.matches("(?s).*[.!?][\"“”«»']?$");
  }

  /** Starts with a capital letter (after any opening quote) that is not a subordinating conjunction. */
  private static boolean startsLikeSentence(String piece) {
    String t = piece.replaceFirst("^[\\p{Pi}\\p{Ps}\"'„»«‚]+", "");
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !opensWithSubordinateClause(t)
        && GermanClauses.balancedQuotes(t);
  }
}
