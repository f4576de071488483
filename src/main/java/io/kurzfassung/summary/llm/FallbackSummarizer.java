package io.kurzfassung.summary.llm;

import io.kurzfassung.article.UnsupportedLanguageException;
import io.kurzfassung.config.Config;
import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.Usage;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code LLM_FALLBACK} says to do when the model's answer is rejected (also after repair): the stand-in's
 * summary (the extractive one) marked with a {@code fallbackReason}, or {@link InvalidModelOutputException}.
 * Throttling, timeouts, outages and authentication failures are not answers: they pass through.
 */
public final class FallbackSummarizer implements Summarizer {

  private static final Logger LOG = LoggerFactory.getLogger(FallbackSummarizer.class);

  private final Summarizer inner;
  private final Config.Fallback fallback;
  private final Summarizer standIn;

  public FallbackSummarizer(Summarizer inner, Config.Fallback fallback, Summarizer standIn) {
    this.inner = Objects.requireNonNull(inner, "inner == null");
    this.fallback = Objects.requireNonNull(fallback, "fallback == null");
    this.standIn = Objects.requireNonNull(standIn, "standIn == null");
  }

  @Override
  public ModelInfo model() {
    return inner.model();
  }

  @Override
  public Summary summarize(SummaryRequest request) {
    try {
      return inner.summarize(request);
    } catch (InvalidModelOutputException e) {
      Usage usage = e instanceof RejectedAnswerException rejected ? rejected.usage() : Usage.UNKNOWN;
      Summary summary = fallback(request, e.getMessage(), reason(e), usage);
      request.use().fellBack(reason(e));
      return summary;
    }
  }

  /** The metric's reason: what kind of answer was replaced (a rejected one, or one that was no answer). */
  static String reason(InvalidModelOutputException e) {
    return e instanceof RejectedAnswerException ? "Rejected" : "InvalidOutput";
  }

  private Summary fallback(SummaryRequest request, String why, String kind, Usage usage) {
    String reason = "answer of " + model().provider() + " " + model().name() + " " + why;
    if (fallback == Config.Fallback.FAIL) {
      throw new InvalidModelOutputException(reason);
    }
    // The reason's kind, not its text: the text may quote the answer; the document's fallbackReason holds it.
    LOG.warn("answer of {} {} for article {} not usable ({}); falling back to the extractive summary",
        model().provider(), model().name(), request.article().id(), kind);
    Summary stand;
    try {
      stand = standIn.summarize(request);
    } catch (UnsupportedLanguageException e) {
      throw new InvalidModelOutputException(reason + "; no German fallback for an article in " + e.language());
    }
    return new Summary(stand.text(), stand.keyFacts(), stand.model().withFallbackReason(reason), usage);
  }
}
