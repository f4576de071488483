package io.kurzfassung.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

  @Test
  void should_use_documented_defaults_when_nothing_is_set() {
    Config c = Config.from(Map.of());

    assertThat(c.llmProvider()).isEqualTo(Provider.EXTRACTIVE);
    assertThat(c.summaryMaxWords()).isEqualTo(80);
    assertThat(c.keyFactsMax()).isEqualTo(5);
    assertThat(c.maxArticleChars()).isEqualTo(200_000);
    assertThat(c.summaryDir().toString()).isEqualTo("summaries");
    assertThat(c.inputPrefix()).isEqualTo("incoming/");
    assertThat(c.outputPrefix()).isEqualTo("summaries/");
    assertThat(c.llmFallback()).isEqualTo(Config.Fallback.EXTRACTIVE);
  }

  @Test
  void should_name_the_variable_when_a_value_is_invalid() {
    assertThatThrownBy(() -> Config.from(Map.of("SUMMARY_MAX_WORDS", "0")))
        .isInstanceOf(ConfigException.class).hasMessage("SUMMARY_MAX_WORDS must be between 20 and 400, was 0");
    assertThatThrownBy(() -> Config.from(Map.of("KEY_FACTS_MAX", "viele")))
        .hasMessageStartingWith("KEY_FACTS_MAX must be a whole number");
    assertThatThrownBy(() -> Config.from(Map.of("LLM_PROVIDER", "skynet"))).hasMessageStartingWith("LLM_PROVIDER must be one of");
    assertThatThrownBy(() -> Config.from(Map.of("LLM_BASE_URL", "localhost:8080"))).hasMessageStartingWith("LLM_BASE_URL must be");
    assertThatThrownBy(() -> Config.from(Map.of("LLM_FALLBACK", "maybe"))).hasMessageStartingWith("LLM_FALLBACK must be");
  }

  @Test
  void should_never_show_the_api_key_in_to_string() {
    Config c = Config.from(Map.of("LLM_PROVIDER", "openai", "LLM_API_KEY", "sk-very-secret"));

    assertThat(c.llmApiKey()).isEqualTo("sk-very-secret");
    assertThat(c.toString()).doesNotContain("sk-very-secret").contains("llmApiKey=****");
  }

  @Test
  void should_override_provider_and_model_from_the_command_line() {
    Config c = Config.from(Map.of("LLM_PROVIDER", "bedrock", "LLM_MODEL", "a")).withModel("OpenAI", "gpt-x");

    assertThat(c.llmProvider()).isEqualTo(Provider.OPENAI);
    assertThat(c.llmModel()).isEqualTo("gpt-x");
    assertThatThrownBy(() -> c.withModel("nope", null)).hasMessageStartingWith("--provider must be one of");
  }

  @Test
  void should_let_the_shell_beat_template_defaults_and_env_vars_beat_both() {
    Map<String, String> env = Config.layered(
        Map.of("LLM_PROVIDER", "extractive", "SUMMARY_MAX_WORDS", "80", "KEY_FACTS_MAX", "5"),
        Map.of("LLM_PROVIDER", "openai", "SUMMARY_MAX_WORDS", "20"),
        Map.of("SUMMARY_MAX_WORDS", "30"));

    Config c = Config.from(env);

    assertThat(c.llmProvider()).isEqualTo(Provider.OPENAI);
    assertThat(c.summaryMaxWords()).isEqualTo(30);
    assertThat(c.keyFactsMax()).isEqualTo(5);
  }
}
