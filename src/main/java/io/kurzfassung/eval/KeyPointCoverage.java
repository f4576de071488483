package io.kurzfassung.eval;

import java.util.List;

/**
 * How well produced key facts cover human key points: for each key point, the ROUGE-1 F1 of the best-matching fact,
 * averaged over the key points; and the share of key points whose best-matching fact recalls at least half of
 * their tokens.
 */
public final class KeyPointCoverage {

  /** Half of a key point's tokens found in one fact counts as covering it. */
  public static final double COVERED_RECALL = 0.5;

  private final Rouge rouge;

  public KeyPointCoverage(Rouge rouge) {
    this.rouge = rouge;
  }

  /** The coverage of one article's key points: mean best F1 and the share covered, each between 0 and 1. */
  public record Coverage(double bestF1, double covered) {}

  /** The coverage of the key points by the facts; null when there are no key points. */
  public Coverage score(List<String> facts, List<String> keyPoints) {
    if (keyPoints.isEmpty()) {
      return null;
    }
    double f1 = 0;
    int covered = 0;
    for (String point : keyPoints) {
      double best = 0;
      double bestRecall = 0;
      for (String fact : facts) {
        Rouge.Score s = Rouge.ngram(rouge.tokens(fact), rouge.tokens(point), 1);
        best = Math.max(best, s.f1());
        bestRecall = Math.max(bestRecall, s.recall());
      }
      f1 += best;
      if (bestRecall >= COVERED_RECALL) {
        covered++;
      }
    }
    return new Coverage(f1 / keyPoints.size(), (double) covered / keyPoints.size());
  }
}
