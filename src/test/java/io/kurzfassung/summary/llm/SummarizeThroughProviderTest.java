package io.kurzfassung.summary.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.text.Languages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command line's path end to end (settings as the environment gives them, Summarizers, SummarizeService, the
 * sample file) against an OpenAI-compatible server and a Bedrock Converse endpoint served by WireMock.
 */
class SummarizeThroughProviderTest {

  WireMockServer server;

  @BeforeEach
  void start() {
    server = WireAnswers.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  SummaryDocument summarize(Map<String, String> env) throws Exception {
    Config config = Config.from(env);
    SummarizeService service = new SummarizeService(config, Kurzfassung.summarizer(config), SummaryStore.NONE,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    byte[] content = Files.readAllBytes(Path.of("events/putin-olympia.de.txt"));
    return service.summarize(SummarizeService.Input.of(content, null, null)).document();
  }

  @Test
  void should_produce_a_validated_german_document_through_an_openai_compatible_server() throws Exception {
    server.stubFor(post(urlEqualTo("/v1/chat/completions"))
        .willReturn(okJson(WireAnswers.openAi(Samples.good(Samples.article())))));
    SummaryDocument doc = summarize(Map.of("LLM_PROVIDER", "openai", "LLM_BASE_URL", server.baseUrl() + "/v1",
        "LLM_API_KEY", "x", "LLM_MODEL", "local-model"));
    assertThat(doc.model().provider()).isEqualTo("openai");
    assertThat(doc.model().name()).isEqualTo("local-model");
    assertThat(doc.model().fallbackReason()).isNull();
    assertThat(Languages.isGerman(doc.summary())).isTrue();
    assertThat(doc.keyFacts()).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    assertThat(Json.write(doc)).doesNotContain("source site-30").contains("\"promptVersion\":\"" + Prompts.VERSION + "\"");
  }

  @Test
  void should_produce_a_validated_german_document_through_bedrock_converse() throws Exception {
    server.stubFor(post(urlPathMatching("/model/.*/converse"))
        .willReturn(okJson(WireAnswers.bedrock(Samples.good(Samples.article())))));
    SummaryDocument doc = summarize(Map.of("LLM_PROVIDER", "bedrock", "LLM_BASE_URL", server.baseUrl(),
        "AWS_REGION", "eu-central-1"));
    assertThat(doc.model().provider()).isEqualTo("bedrock");
    assertThat(doc.usage().inputTokens()).isEqualTo(812);
    assertThat(Languages.isGerman(doc.summary())).isTrue();
    assertThat(doc.keyFacts()).hasSize(3);
  }
}
