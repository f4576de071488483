package io.kurzfassung.summary;

import io.kurzfassung.config.Config;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import io.kurzfassung.summary.llm.LlmSummarizers;

/** Builds the summariser the configuration asks for: the embedded extractive model unless a provider is set. */
public final class Summarizers {

  private Summarizers() {}

  public static Summarizer create(Config config) {
    if (config.llmProvider().equals("extractive")) {
      return new ExtractiveSummarizer();
    }
    return LlmSummarizers.create(config);
  }
}
