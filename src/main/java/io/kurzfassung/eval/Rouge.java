package io.kurzfassung.eval;

import io.kurzfassung.text.GermanTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (longest common subsequence over the whole text) F1 of a candidate against one
 * reference. Tokenisation: the text is lower-cased and split into maximal runs of Unicode letters and digits, so
 * umlauts and ß stay inside words and punctuation is dropped ("Nato-Staaten" is two tokens). With stemming, each
 * token is replaced by its Snowball German stem. No stopwords are removed. Thread-safe.
 */
public final class Rouge {

  private final boolean stem;

  public Rouge(boolean stem) {
    this.stem = stem;
  }

  /** Precision, recall and F1 of one ROUGE variant, each between 0 and 1. */
  public record Score(double precision, double recall, double f1) {

    public static final Score ZERO = new Score(0, 0, 0);

    static Score of(double overlap, int candidate, int reference) {
      if (overlap == 0 || candidate == 0 || reference == 0) {
        return ZERO;
      }
      double p = overlap / candidate;
      double r = overlap / reference;
      return new Score(p, r, 2 * p * r / (p + r));
    }
  }

  /** ROUGE-1, ROUGE-2 and ROUGE-L of one candidate. */
  public record Scores(Score rouge1, Score rouge2, Score rougeL) {}

  public boolean stems() {
    return stem;
  }

  /** The tokens ROUGE compares: lower-cased runs of letters and digits, stemmed if asked. */
  public List<String> tokens(String text) {
    List<String> words = GermanTerms.words(text);
    if (!stem) {
      return words;
    }
    List<String> stems = new ArrayList<>(words.size());
    for (String w : words) {
      stems.add(GermanTerms.stem(w));
    }
    return stems;
  }

  public Scores score(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return new Scores(ngram(c, r, 1), ngram(c, r, 2), Score.of(lcs(c, r), c.size(), r.size()));
  }

  /** ROUGE-N: overlap of n-gram counts, each n-gram counted at most as often as it occurs in the other text. */
  static Score ngram(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> c = counts(candidate, n);
    Map<List<String>, Integer> r = counts(reference, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : c.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return Score.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  private static Map<List<String>, Integer> counts(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  /** Length of the longest common subsequence. */
  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }
}
