package io.kurzfassung.summary.llm;

import io.kurzfassung.config.Config;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.summary.Summarizer;

/** Builds the LangChain4j-backed summariser for the configured provider. */
public final class LlmSummarizers {

  private LlmSummarizers() {}

  public static Summarizer create(Config config) {
    throw new ConfigException("LLM_PROVIDER " + config.llmProvider() + " is not available yet");
  }
}
