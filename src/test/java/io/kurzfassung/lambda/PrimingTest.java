package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.config.Config;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrimingTest {

  @Test
  void should_run_the_sample_through_the_handlers_without_storing_anything() throws Exception {
    try (LocalS3 s3 = LocalS3.start()) {
      // A real S3 server: anything priming stored would show up in its bucket.
      Priming.Primed primed = new Priming(Kurzfassung.forLambda(s3.config(Map.of()))).prime();

      assertThat(primed.apiStatus()).isEqualTo(200);
      assertThat(primed.languageModel()).isFalse();
      assertThat(s3.keys()).isEmpty();
    }
  }

  @Test
  void should_prime_the_language_model_path_without_calling_the_provider_or_s3() throws Exception {
    // No S3 server listens on port 1: a priming run that stored or read anything would answer 500. The provider
    // endpoint counts every request it gets.
    AtomicInteger providerRequests = new AtomicInteger();
    HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext("/", exchange -> {
      providerRequests.incrementAndGet();
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    provider.start();
    try {
      Config config = Config.from(Map.of("OUTPUT_BUCKET", "unreachable", "AWS_REGION", "eu-central-1",
          "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1", "LLM_PROVIDER", "openai", "LLM_API_KEY", "sk-test",
          "LLM_BASE_URL", "http://127.0.0.1:" + provider.getAddress().getPort() + "/v1"));

      Priming.Primed primed = new Priming(Kurzfassung.forLambda(config)).prime();

      assertThat(primed.apiStatus()).isEqualTo(200);
      assertThat(primed.languageModel()).isTrue();
      assertThat(providerRequests).hasValue(0);
    } finally {
      provider.stop(0);
    }
  }

  @Test
  void should_bundle_the_sample_article() {
    assertThat(Priming.sample()).hasSizeGreaterThan(1000);
  }
}
