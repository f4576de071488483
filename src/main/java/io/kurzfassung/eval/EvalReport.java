package io.kurzfassung.eval;

import java.util.Locale;

/**
 * The figures of one evaluation run: ROUGE F1 (in percent, averaged over articles) of the system and of the lead
 * baselines, output statistics, key-point coverage when the set has key points, and throughput.
 *
 * @param keyPointF1 mean best-match ROUGE-1 F1 of facts against key points, in percent; null without key points
 * @param keyPointsCovered share of key points covered by a fact, in percent; null without key points
 */
public record EvalReport(
    String set,
    String provider,
    String model,
    boolean stemmed,
    int articles,
    int failed,
    Rouges system,
    Rouges leadSameLength,
    Rouges lead3,
    double summaryWords,
    double lead3Words,
    double factsPerArticle,
    double shareGerman,
    double shareGrounded,
    Double keyPointF1,
    Double keyPointsCovered,
    int keyPointArticles,
    double articlesPerSecond,
    double seconds,
    int threads) {

  /** Mean ROUGE-1, ROUGE-2 and ROUGE-L F1, in percent. */
  public record Rouges(double rouge1, double rouge2, double rougeL) {}

  /** The human-readable table. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "eval %s: %d articles%s, model %s/%s%n", set, articles,
        failed > 0 ? " (" + failed + " failed, not scored)" : "", provider, model));
    sb.append("ROUGE F1 in %, tokens: lower-cased runs of letters and digits, ")
        .append(stemmed ? "Snowball German stems" : "no stemming").append('\n');
    sb.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %7s%n", "", "R1", "R2", "RL", "words"));
    row(sb, provider + " " + model, system, summaryWords);
    row(sb, "lead, same length", leadSameLength, summaryWords);
    row(sb, "lead-3", lead3, lead3Words);
    sb.append(String.format(Locale.ROOT, "facts per article %.1f, share German %.0f %%, share grounded %.0f %%%n",
        factsPerArticle, shareGerman, shareGrounded));
    if (keyPointF1 != null) {
      sb.append(String.format(Locale.ROOT,
          "key facts vs human key points (%d articles): best-match R1 F1 %.1f, key points covered %.0f %%%n",
          keyPointArticles, keyPointF1, keyPointsCovered));
    }
    sb.append(String.format(Locale.ROOT, "throughput: %.1f articles/s (%d articles in %.2f s, %d threads)%n",
        articlesPerSecond, articles - failed, seconds, threads));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Rouges r, double words) {
    String label = name.length() > 22 ? name.substring(0, 22) : name;
    sb.append(String.format(Locale.ROOT, "%-22s %6.1f %6.1f %6.1f %7.1f%n", label, r.rouge1(), r.rouge2(),
        r.rougeL(), words));
  }
}
