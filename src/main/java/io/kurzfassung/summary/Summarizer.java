package io.kurzfassung.summary;

/**
 * Turns an article into a German summary and key facts. Implementations are thread-safe.
 *
 * @see io.kurzfassung.summary.extractive.ExtractiveSummarizer the offline default
 */
public interface Summarizer {

  /**
   * @throws ModelException when the model fails in a way the caller must handle (throttled, timed out, ...)
   */
  Summary summarize(SummaryRequest request);
}
