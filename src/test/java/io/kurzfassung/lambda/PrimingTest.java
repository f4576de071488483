package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.config.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimingTest {

  @Test
  void should_run_the_sample_through_the_handlers_without_storing_anything() throws Exception {
    try (LocalS3 s3 = LocalS3.start()) {
      // A real S3 server: anything priming stored would show up in its bucket.
      int status = new Priming(Components.create(s3.config(Map.of()))).prime();

      assertThat(status).isEqualTo(200);
      assertThat(s3.keys()).isEmpty();
    }
  }

  @Test
  void should_prime_without_network_when_s3_is_unreachable() {
    // No S3 server listens on port 1: a priming run that stored or read anything would answer 500.
    Config config = Config.from(Map.of("OUTPUT_BUCKET", "unreachable", "AWS_REGION", "eu-central-1",
        "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1", "LLM_PROVIDER", "openai", "LLM_BASE_URL", "http://127.0.0.1:1/v1"));

    int status = new Priming(Components.create(config)).prime();

    assertThat(status).isEqualTo(200);
  }

  @Test
  void should_bundle_the_sample_article() {
    assertThat(Priming.sample()).hasSizeGreaterThan(1000);
  }
}
