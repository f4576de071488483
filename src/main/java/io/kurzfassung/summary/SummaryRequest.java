package io.kurzfassung.summary;

import io.kurzfassung.article.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * One article to summarise, with the word budget, the maximum number of key facts, and the instant by which the
 * model must have answered ({@code null}: no deadline beyond the configured timeout).
 */
public record SummaryRequest(Article article, int maxWords, int maxFacts, Instant deadline) {

  public SummaryRequest {
    Objects.requireNonNull(article, "article == null");
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be positive, was " + maxWords);
    }
    if (maxFacts < 1) {
      throw new IllegalArgumentException("maxFacts must be positive, was " + maxFacts);
    }
  }
}
