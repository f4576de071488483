package io.kurzfassung.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.summary.llm.Samples;
import io.kurzfassung.summary.llm.WireAnswers;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The idempotent POST against real protocols: the API handler with an OpenAI-compatible model served by WireMock
 * (counting its requests) and the store in S3Proxy. A repeated POST, such as a client's retry after a 504, does not
 * pay for the model twice.
 */
class ApiGatewayHandlerThroughProviderTest {

  private static final String COMPLETIONS = "/v1/chat/completions";
  private static final String SAMPLE_ID = "6ecb7e9e41cd9c38";
  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private WireMockServer model;
  private ApiGatewayHandler handler;

  @BeforeEach
  void start() {
    model = WireAnswers.start();
    handler = new ApiGatewayHandler(Kurzfassung.forLambda(s3.config(Map.of("LLM_PROVIDER", "openai",
        "LLM_BASE_URL", model.baseUrl() + "/v1", "LLM_API_KEY", "test-key", "LLM_MODEL", "local-model",
        "LLM_TIMEOUT_SECONDS", "5"))));
  }

  @AfterEach
  void stop() {
    model.stop();
  }

  private void modelAnswers(String content) {
    model.resetAll();
    model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(WireAnswers.openAi(content))));
  }

  private int modelCalls() {
    return model.countRequestsMatching(postRequestedFor(urlEqualTo(COMPLETIONS)).build()).getCount();
  }

  private APIGatewayProxyResponseEvent postArticle(boolean refresh) {
    APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("events/api-post.json");
    if (refresh) {
      event.withQueryStringParameters(Map.of("refresh", "true"));
    }
    return handler.handleRequest(event, new LocalContext("ApiFunction", "req-1", Duration.ofSeconds(28), 1024,
        new PrintStream(OutputStream.nullOutputStream())));
  }

  private static SummaryDocument document(APIGatewayProxyResponseEvent response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    return Json.readDocument(response.getBody().getBytes(StandardCharsets.UTF_8));
  }

  private static SummaryDocument stored() {
    return Json.readDocument(s3.get("summaries/articles/" + SAMPLE_ID + ".json"));
  }

  @Test
  void should_call_the_model_once_for_a_repeated_post_and_again_on_refresh() {
    modelAnswers(Samples.good(Samples.article()));

    APIGatewayProxyResponseEvent first = postArticle(false);
    APIGatewayProxyResponseEvent retry = postArticle(false); // e.g. after a 504: the first request still finished
    assertThat(modelCalls()).isEqualTo(1);

    APIGatewayProxyResponseEvent refreshed = postArticle(true);

    assertThat(first.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "miss");
    assertThat(retry.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "hit");
    assertThat(document(retry)).isEqualTo(document(first));
    assertThat(document(first).model().provider()).isEqualTo("openai");
    assertThat(refreshed.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "miss");
    assertThat(modelCalls()).isEqualTo(2);
    assertThat(stored()).isEqualTo(document(refreshed));
  }

  @Test
  void should_try_the_model_again_when_the_stored_summary_is_a_fallback() {
    modelAnswers(Samples.english(Samples.article())); // rejected, also after repair: the extractive fallback
    SummaryDocument fallback = document(postArticle(false));
    assertThat(fallback.model().fallbackReason()).isNotNull();
    modelAnswers(Samples.good(Samples.article()));

    APIGatewayProxyResponseEvent again = postArticle(false);

    assertThat(again.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "miss");
    assertThat(modelCalls()).isEqualTo(1);
    assertThat(stored().model().fallbackReason()).isNull();
    assertThat(stored().model().provider()).isEqualTo("openai");
  }

  @Test
  void should_keep_the_stored_model_summary_when_a_refreshed_answer_falls_back() {
    modelAnswers(Samples.good(Samples.article()));
    SummaryDocument modelSummary = document(postArticle(false));
    modelAnswers(Samples.english(Samples.article()));

    APIGatewayProxyResponseEvent refreshed = postArticle(true);

    assertThat(modelCalls()).isPositive();
    assertThat(document(refreshed)).isEqualTo(modelSummary); // the better summary is the answer, as GET would give
    assertThat(stored()).isEqualTo(modelSummary);
  }
}
