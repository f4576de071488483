package io.kurzfassung.summary.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import io.kurzfassung.config.Config;
import io.kurzfassung.text.Languages;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenAI chat completions over real HTTP: the request on the wire, the parsed answer, and every fault case. */
class OpenAiProviderTest {

  static final String PATH = "/v1/chat/completions";

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
    String[] settings = new String[more.length + 4];
    settings[0] = "LLM_API_KEY";
    settings[1] = "sk-test-123";
    settings[2] = "LLM_MODEL";
    settings[3] = "gpt-4o-mini";
    System.arraycopy(more, 0, settings, 4, more.length);
    Config config = WireAnswers.config("openai", server.baseUrl() + "/v1", settings);
    return Kurzfassung.summarizer(config);
  }

  /** Answers in order, one per request. */
  void answers(ResponseDefinitionBuilder... responses) {
    WireAnswers.inOrder(server, urlEqualTo(PATH), responses);
  }

  List<LoggedRequest> requests() {
    return server.findAll(postRequestedFor(urlEqualTo(PATH)));
  }

  static JsonNode body(LoggedRequest request) throws Exception {
    return Samples.JSON.readTree(request.getBodyAsString());
  }

  @Test
  void should_send_model_german_prompt_delimited_article_json_schema_and_key() throws Exception {
    answers(okJson(WireAnswers.openAi(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));

    LoggedRequest request = requests().get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-test-123");
    JsonNode body = body(request);
    assertThat(body.get("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("system");
    assertThat(body.get("messages").get(0).get("content").asText()).contains("Schreibe immer auf Deutsch");
    String user = body.get("messages").get(1).get("content").asText();
    assertThat(user).contains("<artikel>\nTitel: " + article.title()).contains("\n</artikel>\n")
        .contains("[1] Wladimir Putin hat bestätigt");
    JsonNode format = body.get("response_format");
    assertThat(format.get("type").asText()).isEqualTo("json_schema");
    assertThat(format.get("json_schema").get("strict").asBoolean()).isTrue();
    assertThat(format.get("json_schema").get("schema").get("properties").has("keyFacts")).isTrue();

    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(summary.model().provider()).isEqualTo("openai");
    assertThat(summary.model().name()).isEqualTo("gpt-4o-mini");
    assertThat(summary.model().promptVersion()).isEqualTo(Prompts.VERSION);
    assertThat(summary.usage().inputTokens()).isEqualTo(812);
    assertThat(summary.usage().outputTokens()).isEqualTo(143);
    assertThat(summary.keyFacts()).hasSize(3);
  }

  @Test
  void should_retry_after_429_then_succeed() {
    answers(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\":{\"message\":\"slow down\"}}"),
        okJson(WireAnswers.openAi(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("openai");
    assertThat(requests()).hasSize(2);
  }

  @Test
  void should_report_retry_after_and_not_retry_past_the_deadline() {
    server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
        .withBody("{\"error\":{\"message\":\"slow down\"}}")));
    var request = new io.kurzfassung.summary.SummaryRequest(article, 80, 5, java.time.Instant.now().plusSeconds(20));
    assertThatThrownBy(() -> summarizer("LLM_MAX_RETRIES", "3").summarize(request))
        .isInstanceOfSatisfying(ModelRateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(30)));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void should_retry_two_server_errors_then_succeed() {
    answers(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}"),
        aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}"),
        okJson(WireAnswers.openAi(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("openai");
    assertThat(requests()).hasSize(3);
  }

  @Test
  void should_fail_with_timeout_when_server_hangs_and_retry_only_as_configured() {
    server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(WireAnswers.openAi(Samples.good(article)))
        .withFixedDelay(4_000)));
    Summarizer summarizer = summarizer("LLM_TIMEOUT_SECONDS", "1", "LLM_MAX_RETRIES", "1");
    assertThatThrownBy(() -> summarizer.summarize(Samples.request(article)))
        .isInstanceOf(ModelTimeoutException.class);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void should_stop_at_the_request_deadline() {
    server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(WireAnswers.openAi(Samples.good(article)))
        .withFixedDelay(4_000)));
    var request = new io.kurzfassung.summary.SummaryRequest(article, 80, 5,
        java.time.Instant.now().plusMillis(LlmSummarizer.FINISH_RESERVE.toMillis() + 1_500));
    assertThatThrownBy(() -> summarizer("LLM_TIMEOUT_SECONDS", "30", "LLM_MAX_RETRIES", "5").summarize(request))
        .isInstanceOf(ModelTimeoutException.class);
    assertThat(requests()).hasSize(1);
  }

  @Test
  void should_repair_malformed_json_then_accept_valid_answer() throws Exception {
    answers(okJson(WireAnswers.openAi("```json\n{\"summary\": \"Putin reist\", \"keyFacts\": [{\"text\": ")),
        okJson(WireAnswers.openAi(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("openai");
    assertThat(summary.usage().inputTokens()).isEqualTo(2 * 812);
    assertThat(body(requests().get(1)).get("messages").get(1).get("content").asText()).contains("kein gültiges JSON");
  }

  @Test
  void should_repair_an_answer_truncated_at_the_length_limit() throws Exception {
    answers(okJson(WireAnswers.openAi(Samples.good(article).substring(0, 100), "length")),
        okJson(WireAnswers.openAi(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().fallbackReason()).isNull();
    assertThat(body(requests().get(1)).get("messages").get(1).get("content").asText()).contains("abgeschnitten");
  }

  @Test
  void should_fall_back_to_extractive_when_the_answer_stays_english() {
    answers(okJson(WireAnswers.openAi(Samples.english(article))), okJson(WireAnswers.openAi(Samples.english(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("extractive");
    assertThat(summary.model().fallbackReason()).contains("nicht auf Deutsch");
    assertThat(Languages.isGerman(summary.text())).isTrue();
    assertThat(summary.usage().inputTokens()).isEqualTo(2 * 812);
  }

  @Test
  void should_repair_a_hallucinated_number_and_fall_back_on_a_hallucinated_name() throws Exception {
    answers(okJson(WireAnswers.openAi(Samples.hallucinatedNumber(article))),
        okJson(WireAnswers.openAi(Samples.hallucinatedName(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(body(requests().get(1)).get("messages").get(1).get("content").asText())
        .contains("nicht im Artikel stehen: 5.000");
    assertThat(summary.model().provider()).isEqualTo("extractive");
    assertThat(summary.model().fallbackReason()).contains("Emmanuel Macron");
  }

  @Test
  void should_fail_typed_when_fallback_is_fail() {
    answers(okJson(WireAnswers.openAi(Samples.hallucinatedName(article))),
        okJson(WireAnswers.openAi(Samples.hallucinatedName(article))));
    assertThatThrownBy(() -> summarizer("LLM_FALLBACK", "fail").summarize(Samples.request(article)))
        .isInstanceOf(io.kurzfassung.summary.InvalidModelOutputException.class)
        .hasMessageContaining("Emmanuel Macron");
  }

  @Test
  void should_repair_too_many_facts() {
    answers(okJson(WireAnswers.openAi(Samples.tooManyFacts(article))), okJson(WireAnswers.openAi(Samples.good(article))));
    Summary summary = summarizer().summarize(Samples.request(article));
    assertThat(summary.keyFacts()).hasSize(3);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void should_fail_with_authentication_error_on_401_without_retry_or_fallback() {
    answers(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"Incorrect API key provided: sk-test-123\"}}"));
    Throwable thrown = catchThrowable(() -> summarizer().summarize(Samples.request(article)));
    assertThat(thrown).isInstanceOf(ModelAuthenticationException.class).hasMessageContaining("401");
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).as("message and every cause").contains("Incorrect API key provided: ****")
        .doesNotContain("sk-test-123");
    assertThat(requests()).hasSize(1);
  }

  @Test
  void should_fail_with_authentication_error_on_403() {
    answers(aResponse().withStatus(403).withBody("{\"error\":{\"message\":\"forbidden\"}}"));
    assertThatThrownBy(() -> summarizer().summarize(Samples.request(article)))
        .isInstanceOf(ModelAuthenticationException.class);
    assertThat(requests()).hasSize(1);
  }

  @Test
  void should_fail_unavailable_when_server_errors_persist() {
    server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
    assertThatThrownBy(() -> summarizer("LLM_MAX_RETRIES", "1").summarize(Samples.request(article)))
        .isInstanceOf(io.kurzfassung.summary.ModelUnavailableException.class);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void should_work_without_key_against_an_openai_compatible_server() {
    server.stubFor(post(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer none"))
        .willReturn(okJson(WireAnswers.openAi(Samples.good(article)))));
    Config config = WireAnswers.config("openai", server.baseUrl() + "/v1", "LLM_MODEL", "qwen2.5");
    Summary summary = Kurzfassung.summarizer(config).summarize(Samples.request(article));
    assertThat(summary.model().name()).isEqualTo("qwen2.5");
  }

  @Test
  void should_switch_to_format_instructions_when_the_server_rejects_json_schema() throws Exception {
    answers(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"response_format.type json_schema is not "
        + "supported by this server\"}}"), okJson(WireAnswers.openAi(Samples.good(article))),
        okJson(WireAnswers.openAi(Samples.good(article))));
    Summarizer summarizer = summarizer();
    Summary summary = summarizer.summarize(Samples.request(article));
    assertThat(summary.model().provider()).isEqualTo("openai");
    assertThat(body(requests().get(0)).has("response_format")).isTrue();
    JsonNode second = body(requests().get(1));
    assertThat(second.has("response_format")).isFalse();
    assertThat(second.get("messages").get(1).get("content").asText()).contains("keyFacts");

    summarizer.summarize(Samples.request(article));
    assertThat(body(requests().get(2)).has("response_format")).as("remembered").isFalse();
  }

  @Test
  void should_not_retry_other_bad_requests() {
    answers(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"context length exceeded\"}}"));
    assertThatThrownBy(() -> summarizer().summarize(Samples.request(article)))
        .isInstanceOf(io.kurzfassung.summary.ModelException.class)
        .hasMessageContaining("400");
    assertThat(requests()).hasSize(1);
  }

  @Test
  void should_summarise_a_long_article_map_reduce_over_http() throws Exception {
    StringBuilder text = new StringBuilder("Haushaltswoche im Bundestag | Politik\n\n");
    for (int p = 1; p <= 600; p++) {
      text.append("Im Abschnitt ").append(p).append(" berieten die Abgeordneten im Bundestag über den Haushalt. ")
          .append("Der Ausschuss legte dazu ").append(p * 100).append(" Seiten vor. ")
          .append("Die Sitzung dauerte bis in den späten Abend, und viele Redner meldeten sich zu Wort.\n\n");
    }
    Article longArticle = Samples.parse(text.toString());
    List<Chunks.Chunk> chunks = Chunks.split(longArticle.text(),
        io.kurzfassung.text.SentenceSplitter.split(longArticle.text()), MapReduceSummarizer.DEFAULT_INPUT_BUDGET);
    assertThat(chunks).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 0; i < chunks.size(); i++) {
      server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("Teil " + (i + 1) + " von " + chunks.size()))
          .willReturn(okJson(WireAnswers.openAi("{\"summary\": \"Die Abgeordneten berieten über den Haushalt.\", "
              + "\"keyFacts\": [{\"text\": \"Fakt aus Teil " + (i + 1) + "\", \"sentences\": [" + chunks.get(i).first()
              + "]}]}"))));
    }
    server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("Teilen zusammengefasst"))
        .willReturn(okJson(WireAnswers.openAi("{\"summary\": \"Die Abgeordneten im Bundestag berieten über den "
            + "Haushalt, die Sitzungen dauerten bis in den späten Abend.\", \"keyFacts\": [{\"text\": "
            + "\"Der Ausschuss legte 100 Seiten vor.\", \"sentences\": [2]}, {\"text\": \"Die Abgeordneten berieten "
            + "im Bundestag über den Haushalt.\", \"sentences\": [1]}, {\"text\": \"Die Sitzung dauerte bis in den "
            + "späten Abend.\", \"sentences\": [3]}]}"))));

    Summary summary = summarizer("LLM_FALLBACK", "fail").summarize(Samples.request(longArticle));

    List<LoggedRequest> sent = requests();
    assertThat(sent).hasSize(chunks.size() + 1);
    String secondPart = sent.stream().map(LoggedRequest::getBodyAsString)
        .filter(b -> b.contains("Teil 2 von ")).findFirst().orElseThrow();
    assertThat(secondPart).contains("[" + chunks.get(1).first() + "] Im Abschnitt").doesNotContain("[1] Im Abschnitt");
    String reduce = sent.stream().map(LoggedRequest::getBodyAsString)
        .filter(b -> b.contains("Teilen zusammengefasst")).findFirst().orElseThrow();
    for (int i = 1; i <= chunks.size(); i++) {
      assertThat(reduce).contains("Fakt aus Teil " + i);
    }
    assertThat(summary.model().provider()).isEqualTo("openai");
    assertThat(summary.keyFacts().get(0).evidence()).containsExactly("Der Ausschuss legte dazu 100 Seiten vor.");
    assertThat(summary.usage().inputTokens()).isEqualTo(812 * (chunks.size() + 1));
    assertThat(summary.usage().outputTokens()).isEqualTo(143 * (chunks.size() + 1));
  }
}
