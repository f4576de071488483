package io.kurzfassung.summary.llm;

import static dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.kurzfassung.config.Config;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.config.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Builds the LangChain4j chat model for {@code LLM_PROVIDER}. Every model has its own retries off (the
 * {@link Retries} loop owns them) and its timeouts set from {@code LLM_TIMEOUT_SECONDS}; native JSON-schema output is
 * switched on where the provider has it (OpenAI strict, Bedrock Converse, Gemini, Ollama). LangChain4j's request and
 * response logging is left at its default, off: requests carry the API key.
 */
final class ChatModels {

  static final int MAX_OUTPUT_TOKENS = 2048;
  static final double TEMPERATURE = 0.2;
  static final Map<Provider, String> DEFAULT_MODELS = Map.of(
      Provider.OPENAI, "gpt-4o-mini",
      Provider.ANTHROPIC, "claude-haiku-4-5",
      Provider.OLLAMA, "llama3.1",
      Provider.GEMINI, "gemini-2.5-flash",
      Provider.BEDROCK, "anthropic.claude-haiku-4-5-20251001-v1:0");

  /** A built model and the name it was built with. */
  record Built(ChatModel model, Provider provider, String modelName) {}

  private ChatModels() {}

  static Built create(Config config, String apiKey) {
    Provider provider = config.llmProvider();
    String model = config.llmModel() != null ? config.llmModel() : defaultModel(provider, config.awsRegion());
    // Native JSON-schema output where the provider has it; ModelCall asks with format instructions where not.
    Set<Capability> capabilities =
        provider == Provider.ANTHROPIC ? Set.of() : Set.of(RESPONSE_FORMAT_JSON_SCHEMA);
    return new Built(build(config, provider, model, apiKey, capabilities), provider, model);
  }

  private static ChatModel build(Config config, Provider provider, String model, String apiKey,
      Set<Capability> capabilities) {
    Duration timeout = config.llmTimeout();
    String baseUrl = config.llmBaseUrl() == null ? null : config.llmBaseUrl().toString();
    return switch (provider) {
      case OPENAI -> OpenAiChatModel.builder()
          .baseUrl(baseUrl)
          // An OpenAI-compatible server without authentication (vLLM, Ollama's /v1) ignores the key.
          .apiKey(require(apiKey, provider, baseUrl != null ? "none" : null))
          .modelName(model)
          .httpClientBuilder(ModelHttpClient.builder(timeout))
          .timeout(timeout)
          .maxRetries(0)
          .temperature(TEMPERATURE)
          .maxTokens(MAX_OUTPUT_TOKENS)
          .supportedCapabilities(capabilities)
          .strictJsonSchema(true)
          .build();
      case ANTHROPIC -> AnthropicChatModel.builder()
          .baseUrl(baseUrl)
          .apiKey(require(apiKey, provider, null))
          .modelName(model)
          .httpClientBuilder(ModelHttpClient.builder(timeout))
          .timeout(timeout)
          .maxRetries(0)
          .temperature(TEMPERATURE)
          .maxTokens(MAX_OUTPUT_TOKENS)
          .build();
      case GEMINI -> GoogleAiGeminiChatModel.builder()
          .baseUrl(baseUrl)
          .apiKey(require(apiKey, provider, null))
          .modelName(model)
          .httpClientBuilder(ModelHttpClient.builder(timeout))
          .timeout(timeout)
          .maxRetries(0)
          .temperature(TEMPERATURE)
          .maxOutputTokens(MAX_OUTPUT_TOKENS)
          .supportedCapabilities(capabilities)
          .build();
      case OLLAMA -> OllamaChatModel.builder()
          .baseUrl(baseUrl != null ? baseUrl : "http://localhost:11434")
          .modelName(model)
          .httpClientBuilder(ModelHttpClient.builder(timeout))
          .timeout(timeout)
          .maxRetries(0)
          .temperature(TEMPERATURE)
          .numPredict(MAX_OUTPUT_TOKENS)
          .customHeaders(apiKey == null ? Map.of() : Map.of("Authorization", "Bearer " + apiKey))
          .supportedCapabilities(capabilities)
          .build();
      case BEDROCK -> BedrockModels.chatModel(config, model, capabilities, null); // the Lambda role
      case EXTRACTIVE -> throw new IllegalArgumentException("the extractive summariser has no language model");
    };
  }

  static String defaultModel(Provider provider, String region) {
    String model = DEFAULT_MODELS.get(provider);
    if (provider == Provider.BEDROCK) {
      // Cross-region inference profile of the region's geography.
      String r = region == null ? "" : region;
      String geo = r.startsWith("us-") ? "us." : r.startsWith("ap-") ? "apac." : "eu.";
      return geo + model;
    }
    return model;
  }

  private static String require(String apiKey, Provider provider, String orElse) {
    if (apiKey != null) {
      return apiKey;
    }
    if (orElse != null) {
      return orElse;
    }
    throw new ConfigException(
        "LLM_PROVIDER " + provider + " needs an API key: set LLM_API_KEY or LLM_API_KEY_SECRET");
  }
}
