package io.kurzfassung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.config.Config;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The composition root: what it builds for a configuration, and the configuration errors it reports. */
class KurzfassungTest {

  @Test
  void should_build_the_extractive_summariser_by_default() {
    assertThat(Kurzfassung.summarizer(Config.from(Map.of()))).isInstanceOf(ExtractiveSummarizer.class);
  }

  @Test
  void should_build_the_layered_language_model_summariser_for_a_provider() {
    var summarizer = Kurzfassung.summarizer(Config.from(Map.of("LLM_PROVIDER", "openai", "LLM_API_KEY", "sk-test",
        "LLM_MODEL", "gpt-test")));

    assertThat(summarizer).isInstanceOf(io.kurzfassung.summary.llm.FallbackSummarizer.class);
    assertThat(summarizer.model().provider()).isEqualTo("openai");
    assertThat(summarizer.model().name()).isEqualTo("gpt-test");
  }

  @Test
  void should_build_a_service_over_the_given_store() {
    SummarizeService service = Kurzfassung.service(Config.from(Map.of()), SummaryStore.NONE);

    assertThat(service.model()).isEqualTo(ExtractiveSummarizer.MODEL);
  }

  @Test
  void should_report_a_missing_key_as_a_configuration_error() {
    assertThatThrownBy(() -> Kurzfassung.summarizer(Config.from(Map.of("LLM_PROVIDER", "gemini"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LLM_API_KEY");
  }

  @Test
  void should_report_an_unusable_secret_reference_as_a_configuration_error() {
    assertThatThrownBy(() -> Kurzfassung.summarizer(Config.from(Map.of("LLM_PROVIDER", "openai",
        "LLM_API_KEY_SECRET", "my-secret", "AWS_REGION", "eu-central-1"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LLM_API_KEY_SECRET");
  }

  @Test
  void should_report_bedrock_without_a_region_as_a_configuration_error() {
    assertThatThrownBy(() -> Kurzfassung.summarizer(Config.from(Map.of("LLM_PROVIDER", "bedrock"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("AWS_REGION");
  }

  @Test
  void should_require_the_output_bucket_and_region_for_the_lambda_functions() {
    assertThatThrownBy(() -> Kurzfassung.forLambda(Config.from(Map.of("AWS_REGION", "eu-central-1"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("OUTPUT_BUCKET");
    assertThatThrownBy(() -> Kurzfassung.forLambda(Config.from(Map.of("OUTPUT_BUCKET", "b"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("AWS_REGION");
  }
}
