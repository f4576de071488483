package io.kurzfassung.summary.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.Article;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.config.Provider;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Anthropic messages, Ollama chat and Gemini generateContent over real HTTP: the request sent, the answer read, an
 * answer cut off at the length limit, and rejected credentials.
 */
class ChatModelsTest {

  static final String KEY = "sk-provider-secret-42";

  /** A provider's endpoint under the WireMock base URL, and its answer with a finish reason in its own words. */
  enum Wire {
    ANTHROPIC("anthropic", "/v1/", "/v1/messages", "end_turn", "max_tokens", WireAnswers::anthropic),
    OLLAMA("ollama", "", "/api/chat", "stop", "length", WireAnswers::ollama),
    GEMINI("gemini", "/v1beta", "/v1beta/models/gemini-2.5-flash:generateContent", "STOP", "MAX_TOKENS",
        WireAnswers::gemini);

    final String provider;
    final String base;
    final String path;
    final String stop;
    final String truncated;
    final BiFunction<String, String, String> answer;

    Wire(String provider, String base, String path, String stop, String truncated,
        BiFunction<String, String, String> answer) {
      this.provider = provider;
      this.base = base;
      this.path = path;
      this.stop = stop;
      this.truncated = truncated;
      this.answer = answer;
    }
  }

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

  LoggedRequest only(String path) {
    var requests = server.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  @Test
  void should_call_anthropic_messages_with_key_german_system_prompt_and_parse_the_answer() throws Exception {
    server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(okJson(WireAnswers.anthropic(
        "Hier ist das Ergebnis:\n```json\n" + Samples.good(article) + "\n```"))));
    Summary summary = Kurzfassung.summarizer(WireAnswers.config("anthropic", server.baseUrl() + "/v1/",
        "LLM_API_KEY", "sk-ant-test")).summarize(Samples.request(article));

    LoggedRequest request = only("/v1/messages");
    assertThat(request.getHeader("x-api-key")).isEqualTo("sk-ant-test");
    assertThat(request.getHeader("anthropic-version")).isNotBlank();
    JsonNode body = Samples.JSON.readTree(request.getBodyAsString());
    assertThat(body.get("model").asText()).isEqualTo("claude-haiku-4-5");
    assertThat(body.get("max_tokens").asInt()).isEqualTo(ChatModels.MAX_OUTPUT_TOKENS);
    assertThat(body.get("system").toString()).contains("Schreibe immer auf Deutsch");
    assertThat(body.get("messages").get(0).toString()).contains("<artikel>\\nTitel: ");
    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(summary.model().provider()).isEqualTo("anthropic");
    assertThat(summary.usage().inputTokens()).isEqualTo(812);
  }

  @Test
  void should_call_ollama_chat_with_json_schema_format_and_parse_the_answer() throws Exception {
    server.stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(WireAnswers.ollama(Samples.good(article)))));
    Summary summary = Kurzfassung.summarizer(WireAnswers.config("ollama", server.baseUrl()))
        .summarize(Samples.request(article));

    JsonNode body = Samples.JSON.readTree(only("/api/chat").getBodyAsString());
    assertThat(body.get("model").asText()).isEqualTo("llama3.1");
    assertThat(body.get("format").get("type").asText()).isEqualTo("object");
    assertThat(body.get("format").get("properties").has("keyFacts")).isTrue();
    assertThat(body.get("messages").get(0).get("content").asText()).contains("Schreibe immer auf Deutsch");
    assertThat(body.get("messages").get(1).get("content").asText()).contains("\n</artikel>\n");
    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(summary.model().provider()).isEqualTo("ollama");
    assertThat(summary.usage().outputTokens()).isEqualTo(143);
  }

  @Test
  void should_call_gemini_generate_content_with_response_schema_and_parse_the_answer() throws Exception {
    String path = "/v1beta/models/gemini-2.5-flash:generateContent";
    server.stubFor(post(urlEqualTo(path)).willReturn(okJson(WireAnswers.gemini(Samples.good(article)))));
    server.stubFor(post(anyUrl()).atPriority(10).willReturn(okJson(WireAnswers.gemini(Samples.good(article)))));
    Summary summary = Kurzfassung.summarizer(WireAnswers.config("gemini", server.baseUrl() + "/v1beta",
        "LLM_API_KEY", "gm-test")).summarize(Samples.request(article));

    LoggedRequest request = only(path);
    assertThat(request.getHeader("x-goog-api-key")).isEqualTo("gm-test");
    JsonNode body = Samples.JSON.readTree(request.getBodyAsString());
    assertThat(body.get("systemInstruction").toString()).contains("Schreibe immer auf Deutsch");
    assertThat(body.get("contents").get(0).toString()).contains("<artikel>\\nTitel: ");
    assertThat(body.get("generationConfig").get("responseMimeType").asText()).isEqualTo("application/json");
    assertThat(body.get("generationConfig").toString()).contains("keyFacts");
    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(summary.model().provider()).isEqualTo("gemini");
  }

  Summarizer summarizer(Wire wire) {
    return Kurzfassung.summarizer(WireAnswers.config(wire.provider, server.baseUrl() + wire.base, "LLM_API_KEY", KEY));
  }

  void answers(Wire wire, ResponseDefinitionBuilder... responses) {
    WireAnswers.inOrder(server, urlEqualTo(wire.path), responses);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void should_repair_an_answer_cut_off_at_the_length_limit(Wire wire) {
    String good = Samples.good(article);
    answers(wire, okJson(wire.answer.apply(good.substring(0, 100), wire.truncated)),
        okJson(wire.answer.apply(good, wire.stop)));
    Summary summary = summarizer(wire).summarize(Samples.request(article));

    var requests = server.findAll(postRequestedFor(urlEqualTo(wire.path)));
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).getBodyAsString()).contains("abgeschnitten");
    assertThat(summary.model().provider()).isEqualTo(wire.provider);
    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void should_fail_with_authentication_error_on_401_without_retry_fallback_or_key_in_any_message(Wire wire) {
    answers(wire, aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"message\": \"invalid api key " + KEY + "\"}}"));
    Throwable thrown = catchThrowable(
        () -> summarizer(wire).summarize(Samples.request(article)));

    assertThat(thrown).isInstanceOf(ModelAuthenticationException.class).hasMessageContaining("401");
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).contains("invalid api key ****").doesNotContain(KEY);
    assertThat(server.findAll(postRequestedFor(urlEqualTo(wire.path)))).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void should_fail_with_authentication_error_on_403(Wire wire) {
    answers(wire, aResponse().withStatus(403).withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"message\": \"forbidden\"}}"));
    assertThatThrownBy(() -> summarizer(wire).summarize(Samples.request(article)))
        .isInstanceOf(ModelAuthenticationException.class)
        .hasMessageContaining("403");
    assertThat(server.findAll(postRequestedFor(urlEqualTo(wire.path)))).hasSize(1);
  }

  @Test
  void should_fail_at_start_when_a_provider_needs_a_key_and_none_is_set() {
    assertThatThrownBy(() -> Kurzfassung.summarizer(WireAnswers.config("anthropic", server.baseUrl())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LLM_API_KEY");
  }

  @Test
  void should_pick_the_bedrock_inference_profile_of_the_region() {
    assertThat(ChatModels.defaultModel(Provider.BEDROCK, "us-east-1")).startsWith("us.anthropic.");
    assertThat(ChatModels.defaultModel(Provider.BEDROCK, "eu-central-1")).startsWith("eu.anthropic.");
    assertThat(ChatModels.defaultModel(Provider.OPENAI, null)).isEqualTo("gpt-4o-mini");
  }
}
