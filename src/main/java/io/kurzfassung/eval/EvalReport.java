package io.kurzfassung.eval;

import java.util.Locale;

/**
 * The figures of one evaluation run: ROUGE F1 (in percent, averaged over articles) of the system and of the lead
 * baselines, output statistics, the key-fact checks ({@link KeyFactChecks}), key-point coverage when the set has key
 * points, and throughput.
 *
 * @param maxWords the summary budget in words the run asked for
 * @param referenceArticles scored articles with a human reference summary; ROUGE is averaged over these
 * @param system ROUGE of the summaries; null when no article has a reference (as in 10kGNAD), as are the leads
 * @param leadSentences ROUGE of the opening in whole sentences and main clauses within the budget
 *     ({@link LeadBaseline#wholeSentences}); {@code leadSentencesWords} its mean length
 * @param shareFactsContained facts contained in the summary, in percent of all facts
 * @param shareFactsUnresolved facts opening with an unresolved reference, in percent of all facts
 * @param shareSummarySentencesUnresolved summary sentences opening with an unresolved reference, in percent
 * @param shareFactsTrimmed facts that differ from their evidence sentence, in percent of all facts
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
    int maxWords,
    int referenceArticles,
    Rouges system,
    Rouges leadSameLength,
    Rouges lead3,
    Rouges leadSentences,
    double summaryWords,
    double lead3Words,
    double leadSentencesWords,
    double factsPerArticle,
    double shareGerman,
    double shareGrounded,
    double shareFactsContained,
    double shareFactsUnresolved,
    double shareSummarySentencesUnresolved,
    double shareFactsTrimmed,
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
    sb.append(String.format(Locale.ROOT, "eval %s: %d articles%s, model %s/%s, budget %d words%n", set, articles,
        failed > 0 ? " (" + failed + " failed, not scored)" : "", provider, model, maxWords));
    if (system == null) {
      sb.append("no reference summaries in the set: ROUGE not computed; summaries average ")
          .append(String.format(Locale.ROOT, "%.1f words%n", summaryWords));
    } else {
      int scored = articles - failed;
      sb.append("ROUGE F1 in %")
          .append(referenceArticles < scored ? " (over the " + referenceArticles + " articles with a reference)" : "")
          .append(", tokens: lower-cased runs of letters and digits, ")
          .append(stemmed ? "Snowball German stems" : "no stemming").append('\n');
      sb.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %7s%n", "", "R1", "R2", "RL", "words"));
      row(sb, provider + " " + model, system, summaryWords);
      row(sb, "lead, same length", leadSameLength, summaryWords);
      row(sb, "lead-3", lead3, lead3Words);
      row(sb, "lead, whole sentences", leadSentences, leadSentencesWords);
    }
    sb.append(String.format(Locale.ROOT, "facts per article %.1f, share German %.0f %%, share grounded %.0f %%%n",
        factsPerArticle, shareGerman, shareGrounded));
    sb.append(String.format(Locale.ROOT,
        "key facts: contained in the summary %.1f %%, opening with an unresolved reference %.1f %%, trimmed %.1f %%%n",
        shareFactsContained, shareFactsUnresolved, shareFactsTrimmed));
    sb.append(String.format(Locale.ROOT, "summary sentences opening with an unresolved reference %.1f %%%n",
        shareSummarySentencesUnresolved));
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
