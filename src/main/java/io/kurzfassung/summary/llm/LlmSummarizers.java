package io.kurzfassung.summary.llm;

import io.kurzfassung.config.Config;
import io.kurzfassung.summary.Summarizer;

/**
 * Builds the LangChain4j-backed summariser for the configured provider: resolves the API key (also from Secrets
 * Manager or SSM Parameter Store), builds the provider's chat model, and wraps it in the validating
 * {@link LlmSummarizer}. Missing keys or regions fail here, as {@link io.kurzfassung.summary.ModelAuthenticationException}.
 */
public final class LlmSummarizers {

  private LlmSummarizers() {}

  public static Summarizer create(Config config) {
    String apiKey = config.llmProvider().equals("bedrock") ? null : ApiKeys.standard().resolve(config);
    ChatModels.Built built = ChatModels.create(config, apiKey, null);
    return new LlmSummarizer(built.model(), built.plain(), built.provider(), built.modelName(),
        Retries.of(config.llmMaxRetries(), config.llmTimeout()), config.llmFallback(), apiKey,
        LlmSummarizer.DEFAULT_INPUT_BUDGET);
  }
}
