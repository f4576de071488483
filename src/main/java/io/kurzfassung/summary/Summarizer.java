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

  /**
   * The provider, model and prompt version that this summariser's own answers carry (a fallback result says
   * otherwise). Lets a caller tell whether a stored summary would be produced again unchanged.
   */
  ModelInfo model();
}
