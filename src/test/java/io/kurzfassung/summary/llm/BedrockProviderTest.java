package io.kurzfassung.summary.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.Article;
import io.kurzfassung.config.Config;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bedrock Converse over real HTTP (the SDK's endpoint pointed at WireMock, static test credentials from the
 * surefire environment): SigV4-signed request, outputConfig json_schema, parsed answer, and the fault cases with the
 * SDK's own retries off.
 */
class BedrockProviderTest {

  static final String PATH = "/model/.*/converse";
  static final String MODEL = "eu.anthropic.claude-haiku-4-5-20251001-v1:0";

  WireMockServer server;
  final Article article = Samples.article();

  @BeforeEach
  void start() {
    server = WireAnswers.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  Summarizer summarizer(String... more) {
    return Kurzfassung.summarizer(WireAnswers.config("bedrock", server.baseUrl(), more));
  }

  void answers(ResponseDefinitionBuilder... responses) {
    WireAnswers.inOrder(server, urlPathMatching(PATH), responses);
  }

  List<LoggedRequest> requests() {
    return server.findAll(postRequestedFor(urlPathMatching(PATH)));
  }

  static ResponseDefinitionBuilder awsError(int status, String type, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withHeader("x-amzn-ErrorType", type).withBody("{\"message\":\"" + message + "\"}");
  }

  @Test
  void should_send_signed_converse_request_with_german_prompt_and_json_schema_output() throws Exception {
    answers(okJson(WireAnswers.bedrock(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));

    LoggedRequest request = requests().get(0);
    assertThat(request.getUrl()).contains("/model/" + MODEL.replace(":", "%3A") + "/converse");
    assertThat(request.getHeader("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=test/").contains("/eu-central-1/bedrock/aws4_request");
    JsonNode body = Samples.JSON.readTree(request.getBodyAsString());
    assertThat(body.get("system").get(0).get("text").asText()).contains("Schreibe immer auf Deutsch");
    assertThat(body.get("messages").get(0).get("content").get(0).get("text").asText())
        .contains("<artikel>\nTitel: " + article.title()).contains("\n</artikel>\n");
    JsonNode format = body.get("outputConfig").get("textFormat");
    assertThat(format.get("type").asText()).isEqualTo("json_schema");
    assertThat(format.toString()).contains("keyFacts");
    assertThat(body.get("inferenceConfig").get("maxTokens").asInt()).isEqualTo(ChatModels.MAX_OUTPUT_TOKENS);

    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(summary.model().provider()).isEqualTo("bedrock");
    assertThat(summary.model().name()).isEqualTo(MODEL);
    assertThat(summary.usage().inputTokens()).isEqualTo(812);
    assertThat(summary.usage().outputTokens()).isEqualTo(143);
  }

  @Test
  void should_retry_throttling_then_succeed() {
    answers(awsError(429, "ThrottlingException", "Too many requests"), okJson(WireAnswers.bedrock(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("bedrock");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void should_retry_two_service_errors_then_succeed() {
    answers(awsError(500, "InternalServerException", "boom"), awsError(503, "ServiceUnavailableException", "busy"),
        okJson(WireAnswers.bedrock(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("bedrock");
    assertThat(requests()).hasSize(3);
  }

  @Test
  void should_time_out_a_hung_endpoint_without_sdk_retries() {
    server.stubFor(post(urlPathMatching(PATH)).willReturn(okJson(WireAnswers.bedrock(Samples.good(article)))
        .withFixedDelay(4_000)));
    assertThatThrownBy(() -> summarizer("LLM_TIMEOUT_SECONDS", "1", "LLM_MAX_RETRIES", "1")
        .summarize(Samples.request(article)))
        .isInstanceOf(ModelTimeoutException.class);
    assertThat(requests()).as("one SDK attempt per retry, not SDK retries times ours").hasSize(2);
  }

  @Test
  void should_fail_with_authentication_error_on_access_denied_without_fallback() {
    answers(awsError(403, "AccessDeniedException", "not authorized to invoke model"));
    assertThatThrownBy(() -> summarizer().summarize(Samples.request(article)))
        .isInstanceOf(ModelAuthenticationException.class)
        .hasMessageContaining("AccessDeniedException");
    assertThat(requests()).hasSize(1);
  }

  @Test
  void should_fall_back_when_the_answer_stays_english() {
    answers(okJson(WireAnswers.bedrock(Samples.english(article))), okJson(WireAnswers.bedrock(Samples.english(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("extractive");
    assertThat(summary.model().fallbackReason()).contains("bedrock");
  }

  @Test
  void should_ask_without_output_config_when_the_model_does_not_support_it() throws Exception {
    answers(awsError(400, "ValidationException", "This model doesn't support the outputConfig field."),
        okJson(WireAnswers.bedrock(Samples.good(article))));
    Summary summary = summarizer("LLM_MODEL", "eu.amazon.nova-lite-v1:0").summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("bedrock");
    assertThat(Samples.JSON.readTree(requests().get(1).getBodyAsString()).has("outputConfig")).isFalse();
  }

  @Test
  void should_repair_an_answer_cut_off_at_max_tokens() {
    answers(okJson(WireAnswers.bedrock(Samples.good(article).substring(0, 100), "max_tokens")),
        okJson(WireAnswers.bedrock(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(requests()).hasSize(2);
    assertThat(requests().get(1).getBodyAsString()).contains("abgeschnitten");
    assertThat(summary.model().provider()).isEqualTo("bedrock");
  }

  @Test
  void should_reach_the_endpoint_the_sdk_reads_from_the_standard_setting() {
    // aws.endpointUrlBedrockRuntime is the system-property twin of AWS_ENDPOINT_URL_BEDROCK_RUNTIME, read by the same
    // SDK code; LLM_BASE_URL is not set, so nothing in kurzfassung points the client anywhere.
    answers(okJson(WireAnswers.bedrock(Samples.good(article))));
    System.setProperty("aws.endpointUrlBedrockRuntime", server.baseUrl());
    try {
      Summary summary = Kurzfassung.summarizer(Config.from(
          Map.of("LLM_PROVIDER", "bedrock", "AWS_REGION", "eu-central-1"))).summarize(Samples.request(article));
      assertThat(summary.model().provider()).isEqualTo("bedrock");
    } finally {
      System.clearProperty("aws.endpointUrlBedrockRuntime");
    }
    assertThat(requests()).hasSize(1);
  }
}
