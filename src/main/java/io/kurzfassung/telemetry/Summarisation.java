package io.kurzfassung.telemetry;

import java.util.Map;
import java.util.Objects;

/**
 * What became of one article, as plain figures for its metrics and its log line: never the article's text, the
 * prompt or the answer.
 *
 * @param outcome what happened ({@link Outcome})
 * @param provider the provider id ({@code extractive}, {@code openai}, ...): a metric dimension
 * @param modelCalls calls the provider answered
 * @param modelLatencyMillis the time those calls took, summed
 * @param fallbackReason the kind of answer that was replaced ({@code Rejected}, {@code InvalidOutput}); null when none
 * @param modelErrors failed calls by type ({@code RateLimited}, {@code Timeout}, ...), retried ones included
 * @param errorType the exception's simple name when the summarisation failed; else null
 * @param storageConflict the summary's name was taken when it was written (another delivery or an older summary)
 */
public record Summarisation(Outcome outcome, String articleId, String provider, String model, int articleCharacters,
    int modelCalls, long modelLatencyMillis, long inputTokens, long outputTokens, int repairs, String fallbackReason,
    Map<String, Integer> modelErrors, String errorType, boolean storageConflict) {

  /** What became of the article. */
  public enum Outcome {
    /** summarised by the model, or by the extractive summariser when it is the configured one */
    SUMMARISED,
    /** the model's answer was replaced by the extractive summary */
    FALLBACK,
    /** a re-delivered upload whose summary was already stored: not summarised again */
    SKIPPED,
    /** no summary: the model failed, or storing did */
    FAILED
  }

  public Summarisation {
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(provider, "provider == null");
    modelErrors = modelErrors == null ? Map.of() : Map.copyOf(modelErrors);
  }
}
