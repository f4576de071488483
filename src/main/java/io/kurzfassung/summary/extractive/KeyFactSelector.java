package io.kurzfassung.summary.extractive;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.text.GermanLexicon;
import io.kurzfassung.text.GermanTerms;
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

  /** A fact longer than this is cut to its most informative clauses. */
  static final int MAX_FACT_WORDS = 25;
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
  /** Facts should add to the summary, so a sentence already in it is worth less. */
  private static final double IN_SUMMARY = 0.6;
  /** A fact that opens with "Er", "Dabei" or "Diese" leaves out who or what it is about; it stands alone worse. */
  private static final double REFERS_BACK = 0.5;
  /** A sentence cut off mid-way ("…") or half a quotation reads badly; only to reach the minimum. */
  private static final double FRAGMENT = 0.3;
  private static final Set<String> BACK_REFERENCES = GermanLexicon.BACK_REFERENCES;
  /** Conjunctions that tie a sentence to the one before; they stand before the first field, so they can go. */
  private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:Und|Aber|Doch|Denn|Sondern|Oder)\\s+(\\p{L})");
  private static final Pattern CLAUSE_END = GermanLexicon.CLAUSE_END;

  private KeyFactSelector() {}

  /** A candidate fact: its sentence, the chosen text, its terms and how much it is worth. */
  private record Candidate(Sentence sentence, String text, Set<String> terms, int signals, double value) {}

  /**
   * Up to {@code maxFacts} facts; plain sentences without a fact signal are taken only to reach {@code minFacts}.
   * Sentences are distinct candidates ({@link SentenceRanker}) and overlapping facts are skipped, so no fact repeats.
   */
  static List<KeyFact> select(SentenceRanker.Ranking ranking, Set<Integer> inSummary, int maxFacts, int minFacts) {
    List<Candidate> candidates = new ArrayList<>();
    double[] score = ranking.score();
    for (Sentence s : ranking.sentences()) {
      if (s.words() < MIN_FACT_WORDS || s.isQuestion()) {
        continue;
      }
      String text = withoutLeadingConjunction(s.words() <= MAX_FACT_WORDS ? s.text() : shorten(s.text()));
      int signals = signals(text);
      double value = score[s.index()] * (1.0 + PER_SIGNAL * signals)
          * (inSummary.contains(s.index()) ? IN_SUMMARY : 1.0)
          * (refersBack(text) ? REFERS_BACK : 1.0)
          * (isFragment(text) ? FRAGMENT : 1.0);
      candidates.add(new Candidate(s, text, new HashSet<>(GermanTerms.terms(text)), signals, value));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::value).reversed());
    List<Candidate> chosen = new ArrayList<>();
    // Fact-bearing sentences first; plain sentences only to reach the minimum.
    for (boolean needSignal : new boolean[] {true, false}) {
      for (Candidate c : candidates) {
        int wanted = needSignal ? maxFacts : Math.min(minFacts, maxFacts);
        if (chosen.size() >= wanted) {
          break;
        }
        if ((needSignal && c.signals() == 0) || chosen.contains(c) || overlaps(c, chosen)) {
          continue;
        }
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.sentence().index()));
    List<KeyFact> facts = new ArrayList<>();
    for (Candidate c : chosen) {
      facts.add(new KeyFact(c.text(), List.of(c.sentence().text())));
    }
    return List.copyOf(facts);
  }

  /** Whether the text opens with a word that points back to an earlier sentence ("Er", "Dabei", "Diese"). */
  static boolean refersBack(String text) {
    List<String> words = GermanTerms.words(text);
    return !words.isEmpty() && BACK_REFERENCES.contains(words.get(0));
  }

  static boolean isFragment(String text) {
    return text.endsWith("…") || !SummaryComposer.balancedQuotes(text);
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
    String[] tokens = text.strip().split("\\s+");
    for (int i = 1; i < tokens.length; i++) {
      String t = tokens[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (t.length() >= 2 && t.length() <= 5 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().allMatch(Character::isLetter)) {
        return true;
      }
      if (i + 1 < tokens.length && capitalised(t) && !GermanTerms.isStopword(t.toLowerCase(Locale.ROOT))
          && capitalised(tokens[i + 1].replaceAll("^[^\\p{L}]+", ""))
          && !tokens[i].matches(".*[.,;:!?]$")) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(String word) {
    return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }

  private static final Set<String> SUBORDINATORS = GermanLexicon.SUBORDINATORS;

  static boolean opensWithSubordinateClause(String sentence) {
    List<String> words = GermanTerms.words(withoutLeadingConjunction(sentence));
    return !words.isEmpty() && SUBORDINATORS.contains(words.get(0));
  }

  /** Starts with a capital letter (after any opening quote) that is not a subordinating conjunction. */
  private static boolean startsLikeSentence(String piece) {
    String t = piece.replaceFirst("^[\\p{Pi}\\p{Ps}\"'„»«‚]+", "");
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !opensWithSubordinateClause(t);
  }

  /** The leading clauses of a long sentence within the fact length, or its first words. */
  static String shorten(String sentence) {
    // A sentence that opens with a subordinate clause ("Wenn …, dann …") keeps its main clause: cut, the opening
    // alone says nothing.
    String clauses = opensWithSubordinateClause(sentence) ? null : SummaryComposer.leadingClauses(sentence, MAX_FACT_WORDS);
    if (clauses != null && Article.countWords(clauses) >= MIN_LEADING_WORDS) {
      return clauses;
    }
    // A middle clause that carries a fact, when the opening is only a frame ("Wie das Amt mitteilte, ...").
    String best = null;
    int start = 0;
    var m = CLAUSE_END.matcher(sentence);
    List<String> pieces = new ArrayList<>();
    while (m.find()) {
      pieces.add(sentence.substring(start, m.start()).strip());
      start = m.end();
    }
    pieces.add(sentence.substring(start).strip());
    for (String piece : pieces) {
      int w = Article.countWords(piece);
      // Only a piece that starts like a sentence ("…: Der TSV 1860 hat …"); one starting with a verb or a
      // conjunction ("stieg am Freitag …", "wenn der …") has lost its subject or its main clause.
      if (w >= MIN_PIECE_WORDS && w <= MAX_FACT_WORDS && SummaryComposer.balancedQuotes(piece) && startsLikeSentence(piece)
          && (best == null || signals(piece) > signals(best))) {
        best = piece;
      }
    }
    if (best != null) {
      return best.replaceAll("[.!?]+$", "") + ".";
    }
    return SummaryComposer.firstWords(sentence, MAX_FACT_WORDS);
  }
}
