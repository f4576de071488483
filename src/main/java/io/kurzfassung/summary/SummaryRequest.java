package io.kurzfassung.summary;

import io.kurzfassung.article.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * One article to summarise, with the word budget, the maximum number of key facts, and the instant by which the
 * model must have answered ({@code null}: no deadline beyond the configured timeout). {@code use} collects what the
 * summarisation asked of the model, for its metrics.
 */
public record SummaryRequest(Article article, int maxWords, int maxFacts, Instant deadline, ModelUse use) {

  /** A request whose model use nobody reads. */
  public SummaryRequest(Article article, int maxWords, int maxFacts, Instant deadline) {
    this(article, maxWords, maxFacts, deadline, new ModelUse());
  }

  public SummaryRequest {
    Objects.requireNonNull(article, "article == null");
    Objects.requireNonNull(use, "use == null");
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be positive, was " + maxWords);
    }
    if (maxFacts < 1) {
      throw new IllegalArgumentException("maxFacts must be positive, was " + maxFacts);
    }
  }
}
