package io.kurzfassung.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kurzfassung.Kurzfassung;
import io.kurzfassung.config.Config;
import io.kurzfassung.text.Languages;
import io.kurzfassung.summary.Summary;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Opt-in runs against the real providers: {@code ./mvnw verify -Plive}. Each test is skipped unless its key is set:
 * OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, OLLAMA_BASE_URL, or LIVE_AWS_ACCESS_KEY_ID +
 * LIVE_AWS_SECRET_ACCESS_KEY (+ LIVE_AWS_SESSION_TOKEN, LIVE_AWS_REGION) for Bedrock; LIVE_MODEL picks a model.
 */
@Tag("live")
class LiveProvidersTest {

  static final Map<String, String> ENV = System.getenv();

  Summary run(String provider, String... settings) {
    Map<String, String> env = new HashMap<>();
    env.put("LLM_PROVIDER", provider);
    env.put("LLM_TIMEOUT_SECONDS", "60");
    env.put("LLM_FALLBACK", "fail");
    if (ENV.get("LIVE_MODEL") != null) {
      env.put("LLM_MODEL", ENV.get("LIVE_MODEL"));
    }
    for (int i = 0; i < settings.length; i += 2) {
      env.put(settings[i], settings[i + 1]);
    }
    Summary summary = Kurzfassung.summarizer(Config.from(env)).summarize(Samples.request(Samples.article()));
    assertThat(summary.model().provider()).isEqualTo(provider);
    assertThat(Languages.isGerman(summary.text())).isTrue();
    return summary;
  }

  @Test
  void should_summarise_with_openai() {
    assumeTrue(ENV.get("OPENAI_API_KEY") != null, "OPENAI_API_KEY not set");
    run("openai", "LLM_API_KEY", ENV.get("OPENAI_API_KEY"));
  }

  @Test
  void should_summarise_with_anthropic() {
    assumeTrue(ENV.get("ANTHROPIC_API_KEY") != null, "ANTHROPIC_API_KEY not set");
    run("anthropic", "LLM_API_KEY", ENV.get("ANTHROPIC_API_KEY"));
  }

  @Test
  void should_summarise_with_gemini() {
    assumeTrue(ENV.get("GEMINI_API_KEY") != null, "GEMINI_API_KEY not set");
    run("gemini", "LLM_API_KEY", ENV.get("GEMINI_API_KEY"));
  }

  @Test
  void should_summarise_with_ollama() {
    assumeTrue(ENV.get("OLLAMA_BASE_URL") != null, "OLLAMA_BASE_URL not set");
    run("ollama", "LLM_BASE_URL", ENV.get("OLLAMA_BASE_URL"));
  }

  @Test
  void should_summarise_with_bedrock() {
    assumeTrue(ENV.get("LIVE_AWS_ACCESS_KEY_ID") != null && ENV.get("LIVE_AWS_SECRET_ACCESS_KEY") != null,
        "LIVE_AWS_ACCESS_KEY_ID / LIVE_AWS_SECRET_ACCESS_KEY not set");
    Map<String, String> env = new HashMap<>(Map.of("LLM_PROVIDER", "bedrock", "LLM_FALLBACK", "fail",
        "AWS_REGION", ENV.getOrDefault("LIVE_AWS_REGION", "eu-central-1")));
    if (ENV.get("LIVE_MODEL") != null) {
      env.put("LLM_MODEL", ENV.get("LIVE_MODEL"));
    }
    Config config = Config.from(env);
    String id = ENV.get("LIVE_AWS_ACCESS_KEY_ID");
    String secret = ENV.get("LIVE_AWS_SECRET_ACCESS_KEY");
    String token = ENV.get("LIVE_AWS_SESSION_TOKEN");
    var credentials = StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(id, secret)
        : AwsSessionCredentials.create(id, secret, token));
    String modelId = config.llmModel() != null ? config.llmModel()
        : ChatModels.defaultModel(io.kurzfassung.config.Provider.BEDROCK, config.awsRegion());
    var model = BedrockModels.chatModel(config, modelId,
        java.util.Set.of(dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA), credentials);
    ModelCall call = new ModelCall(model, "bedrock", modelId,
        Retries.of(config.llmMaxRetries(), config.llmTimeout()), null);
    Summary summary = LlmSummarizers.layered(call, config.llmFallback(), MapReduceSummarizer.DEFAULT_INPUT_BUDGET)
        .summarize(Samples.request(Samples.article()));
    assertThat(summary.model().provider()).isEqualTo("bedrock");
    assertThat(Languages.isGerman(summary.text())).isTrue();
  }
}
