package io.kurzfassung.summary.llm;

import io.kurzfassung.article.Article;

/** The provider answers of this package's tests, for tests of other packages that serve a provider with WireMock. */
public final class ProviderAnswers {

  private ProviderAnswers() {}

  /** An OpenAI chat completion whose content is a valid summary of the sample article (events/putin-olympia.de.txt). */
  public static String openAiGoodSummaryOfTheSample(Article article) {
    return WireAnswers.openAi(Samples.good(article));
  }
}
