package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.Json;
import io.kurzfassung.storage.S3SummaryStore;
import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.ModelUnavailableException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiGatewayHandlerTest {

  private static final String SAMPLE_ID = "6ecb7e9e41cd9c38";
  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private static Kurzfassung components;

  @BeforeAll
  static void buildComponents() throws Exception {
    components = Kurzfassung.forLambda(s3.config(Map.of()));
  }

  private static LocalContext context() {
    return new LocalContext("ApiFunction", "req-1234", Duration.ofSeconds(28), 1024,
        new PrintStream(OutputStream.nullOutputStream()));
  }

  private static APIGatewayProxyResponseEvent call(Kurzfassung c, APIGatewayProxyRequestEvent event) {
    return new ApiGatewayHandler(c).handleRequest(event, context());
  }

  /** A response and the function's log while answering it (kept out of the build log: a 500 logs a stack trace). */
  private record Logged(APIGatewayProxyResponseEvent response, String log) {}

  private static Logged callLogged(Kurzfassung c, APIGatewayProxyRequestEvent event) {
    APIGatewayProxyResponseEvent[] response = new APIGatewayProxyResponseEvent[1];
    String log = StandardStreams.capture(() -> response[0] = call(c, event)).err();
    return new Logged(response[0], log);
  }

  private static APIGatewayProxyRequestEvent post(String contentType, String body) {
    APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("events/api-post.json");
    return event.withHeaders(Map.of("Content-Type", contentType)).withMultiValueHeaders(null).withBody(body);
  }

  private static JsonNode json(APIGatewayProxyResponseEvent response) throws IOException {
    return Json.mapper().readTree(response.getBody());
  }

  @ParameterizedTest
  @Event(value = "events/api-post.json", type = APIGatewayProxyRequestEvent.class)
  void should_summarise_a_json_article_and_store_the_document(APIGatewayProxyRequestEvent event) throws IOException {
    APIGatewayProxyResponseEvent response = call(components, event);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
    JsonNode doc = json(response);
    assertThat(doc.get("id").asText()).isEqualTo(SAMPLE_ID);
    assertThat(doc.get("summary").asText()).isNotBlank();
    assertThat(Json.readDocument(s3.get("summaries/articles/" + SAMPLE_ID + ".json")).id()).isEqualTo(SAMPLE_ID);
    assertThat(response.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "miss");
  }

  @ParameterizedTest
  @Event(value = "events/api-post-text.json", type = APIGatewayProxyRequestEvent.class)
  void should_summarise_a_base64_encoded_text_plain_article(APIGatewayProxyRequestEvent event) throws IOException {
    assertThat(event.getIsBase64Encoded()).isTrue();

    APIGatewayProxyResponseEvent response = call(components, event);

    assertThat(response.getStatusCode()).isEqualTo(200);
    JsonNode doc = json(response);
    assertThat(doc.get("id").asText()).isEqualTo(SAMPLE_ID);
    assertThat(doc.get("summary").asText() + doc.get("keyFacts")).doesNotContain("site-30");
  }

  @ParameterizedTest
  @Event(value = "events/api-get.json", type = APIGatewayProxyRequestEvent.class)
  void should_answer_a_stored_document_by_id(APIGatewayProxyRequestEvent event) throws IOException {
    call(components, EventLoader.loadApiGatewayRestEvent("events/api-post.json"));

    APIGatewayProxyResponseEvent response = call(components, event);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(json(response).get("id").asText()).isEqualTo(SAMPLE_ID);
  }

  @ParameterizedTest
  @Event(value = "events/api-get.json", type = APIGatewayProxyRequestEvent.class)
  void should_return_404_problem_when_no_summary_has_the_id(APIGatewayProxyRequestEvent event) throws IOException {
    APIGatewayProxyResponseEvent response = call(components, event);

    assertThat(response.getStatusCode()).isEqualTo(404);
    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("requestId").asText()).isEqualTo("req-1234");
  }

  @Test
  void should_return_400_problem_with_request_id_when_json_is_malformed() throws IOException {
    APIGatewayProxyResponseEvent response = call(components, post("application/json", "{\"title\": \"x\", "));

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("type").asText()).isEqualTo("about:blank");
    assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.get("detail").asText()).contains("malformed JSON");
    assertThat(problem.get("requestId").asText()).isEqualTo("req-1234");
    assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void should_return_400_when_the_text_is_missing_or_too_short() throws IOException {
    assertThat(call(components, post("application/json", "{\"title\": \"Nur ein Titel\"}")).getStatusCode())
        .isEqualTo(400);
    assertThat(call(components, post("text/plain", "Zu kurz.")).getStatusCode()).isEqualTo(400);
    assertThat(call(components, post("text/plain", "")).getStatusCode()).isEqualTo(400);
  }

  @Test
  void should_return_413_when_article_exceeds_limit() throws IOException {
    Kurzfassung small = Kurzfassung.forLambda(s3.config(Map.of("MAX_ARTICLE_CHARS", "1000")));
    String text = "Ein Satz mit genau acht Wörtern steht hier. ".repeat(100);

    APIGatewayProxyResponseEvent response = call(small, post("text/plain", "Titel\n\n" + text));

    assertThat(response.getStatusCode()).isEqualTo(413);
    assertThat(json(response).get("detail").asText()).contains("MAX_ARTICLE_CHARS");
  }

  @Test
  void should_return_413_before_parsing_a_body_far_over_the_limit() throws IOException {
    Kurzfassung small = Kurzfassung.forLambda(s3.config(Map.of("MAX_ARTICLE_CHARS", "1000")));
    String huge = "{\"title\": " + "x".repeat(2_000_000); // malformed JSON: parsing it would answer 400

    APIGatewayProxyResponseEvent plain = call(small, post("application/json", huge));
    APIGatewayProxyResponseEvent base64 = call(small, post("text/plain", "!".repeat(2_000_000))
        .withIsBase64Encoded(true)); // not base64 at all: decoding it would answer 400

    assertThat(plain.getStatusCode()).isEqualTo(413);
    assertThat(base64.getStatusCode()).isEqualTo(413);
  }

  @Test
  void should_return_400_when_a_base64_body_is_not_base64() throws IOException {
    APIGatewayProxyResponseEvent response = call(components, post("text/plain", "kein base64!").withIsBase64Encoded(true));

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText()).contains("base64");
  }

  private static final byte[] WINDOWS_1252_ARTICLE = ("Putin bestätigt Reise nach Peking\n\n"
      + "Wladimir Putin hat bestätigt, dass er an der Eröffnung der Olympischen Winterspiele in Peking teilnehmen "
      + "wird. Mehrere westliche Staaten boykottieren die Spiele wegen Menschenrechtsverletzungen. Die USA, "
      + "Großbritannien und Australien schicken keine hochrangigen Beamten zu der Eröffnungsfeier nach China.")
      .getBytes(java.nio.charset.Charset.forName("windows-1252"));

  private static APIGatewayProxyRequestEvent base64(String contentType, byte[] body) {
    return post(contentType, java.util.Base64.getEncoder().encodeToString(body)).withIsBase64Encoded(true);
  }

  @Test
  void should_refuse_a_body_declared_utf8_that_is_not_utf8_naming_the_problem() throws IOException {
    APIGatewayProxyResponseEvent response = call(components, base64("text/plain; charset=utf-8", WINDOWS_1252_ARTICLE));

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText()).contains("declared charset=utf-8").contains("not valid UTF-8")
        .contains("at byte 10");
    assertThat(s3.keys()).isEmpty();
  }

  @Test
  void should_read_an_undeclared_body_as_windows_1252_and_a_declared_one_in_its_charset() throws IOException {
    APIGatewayProxyResponseEvent undeclared = call(components, base64("text/plain", WINDOWS_1252_ARTICLE));
    APIGatewayProxyResponseEvent declared = call(components,
        base64("text/plain; charset=windows-1252", WINDOWS_1252_ARTICLE).withQueryStringParameters(Map.of("refresh", "true")));

    assertThat(undeclared.getStatusCode()).isEqualTo(200);
    assertThat(json(undeclared).get("article").get("title").asText()).isEqualTo("Putin bestätigt Reise nach Peking");
    assertThat(declared.getStatusCode()).isEqualTo(200);
    assertThat(json(declared).get("article").get("title").asText()).isEqualTo("Putin bestätigt Reise nach Peking");
    assertThat(json(declared).get("summary").asText()).doesNotContain("Ã");
  }

  @Test
  void should_return_400_for_an_unknown_charset_or_a_refresh_that_is_not_a_boolean() throws IOException {
    APIGatewayProxyResponseEvent charset = call(components, post("text/plain; charset=klingon", "Text"));
    APIGatewayProxyRequestEvent refresh = EventLoader.loadApiGatewayRestEvent("events/api-post.json")
        .withQueryStringParameters(Map.of("refresh", "yes please"));

    assertThat(charset.getStatusCode()).isEqualTo(400);
    assertThat(json(charset).get("detail").asText()).contains("charset=klingon");
    APIGatewayProxyResponseEvent refreshed = call(components, refresh);
    assertThat(refreshed.getStatusCode()).isEqualTo(400);
    assertThat(json(refreshed).get("detail").asText()).contains("refresh must be true or false");
  }

  @Test
  void should_answer_a_repeated_post_from_the_store_and_say_so_in_a_header() throws IOException {
    var calls = new java.util.concurrent.atomic.AtomicInteger();
    Kurzfassung counting = withSummarizer(request -> {
      calls.incrementAndGet();
      return new ExtractiveSummarizer().summarize(request);
    });
    APIGatewayProxyResponseEvent first = call(counting, EventLoader.loadApiGatewayRestEvent("events/api-post.json"));
    APIGatewayProxyResponseEvent again = call(counting, EventLoader.loadApiGatewayRestEvent("events/api-post.json"));
    APIGatewayProxyResponseEvent refreshed = call(counting, EventLoader.loadApiGatewayRestEvent("events/api-post.json")
        .withQueryStringParameters(Map.of("refresh", "true")));

    assertThat(first.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "miss");
    assertThat(again.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "hit")
        .containsEntry("Location", "/summaries/" + SAMPLE_ID);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(refreshed.getHeaders()).containsEntry(ApiGatewayHandler.CACHE_HEADER, "miss");
    assertThat(calls).hasValue(2);
  }

  @Test
  void should_return_415_when_content_type_is_unsupported() throws IOException {
    APIGatewayProxyResponseEvent response = call(components, post("application/pdf", "%PDF-1.7"));

    assertThat(response.getStatusCode()).isEqualTo(415);
    assertThat(json(response).get("title").asText()).isEqualTo("Unsupported Media Type");
  }

  @Test
  void should_return_429_with_retry_after_when_the_model_is_throttled() throws IOException {
    APIGatewayProxyResponseEvent response = callWithModelFailure(
        new ModelRateLimitedException("provider said: slow down, key sk-123", Duration.ofMillis(7_500), null))
        .response();

    assertProblem(response, 429);
    assertThat(response.getHeaders()).containsEntry("Retry-After", "8");
    assertThat(response.getBody()).doesNotContain("sk-123");
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(new InvalidModelOutputException("raw answer: {secret-internal}"), 502),
        Arguments.of(new ModelUnavailableException("secret-internal: refused by 10.0.0.7"), 503),
        Arguments.of(new ModelAuthenticationException("secret-internal key sk-123"), 503),
        Arguments.of(new ModelTimeoutException("secret-internal read timed out"), 504),
        Arguments.of(new IllegalStateException("secret-internal bug"), 500),
        Arguments.of(new StackOverflowError("secret-internal recursion"), 500),
        Arguments.of(new OutOfMemoryError("secret-internal Java heap space"), 503));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void should_map_failures_to_a_problem_status_without_internal_detail(Throwable fault, int status)
      throws IOException {
    Logged logged = callWithModelFailure(fault);
    APIGatewayProxyResponseEvent response = logged.response();

    assertProblem(response, status);
    assertThat(response.getBody()).doesNotContain("StackOverflow").doesNotContain("OutOfMemory").doesNotContain("\tat ");
    // The log keeps what the answer leaves out, under the request id; a stack trace for a 500 only (not for an
    // overflowing stack, whose trace is the overflow).
    assertThat(logged.log()).contains("ERROR io.kurzfassung.lambda.ApiResponses - request req-1234 failed with "
        + status + ": " + fault.getClass().getName() + ": " + fault.getMessage());
    if (status == 500 && !(fault instanceof StackOverflowError)) {
      assertThat(logged.log()).contains("\tat ");
    } else {
      assertThat(logged.log()).doesNotContain("\tat ");
    }
  }

  /** A problem with the status and the request id, and nothing of the exception's message or class. */
  private static void assertProblem(APIGatewayProxyResponseEvent response, int status) throws IOException {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    assertThat(json(response).get("status").asInt()).isEqualTo(status);
    assertThat(json(response).get("requestId").asText()).isEqualTo("req-1234");
    assertThat(response.getBody()).doesNotContain("secret-internal").doesNotContain("Exception");
  }

  @Test
  void should_return_500_without_bucket_names_when_storing_fails() throws IOException {
    Kurzfassung broken = Kurzfassung.forLambda(s3.config(Map.of("OUTPUT_BUCKET", "no-such-bucket-secret")));

    Logged logged = callLogged(broken, EventLoader.loadApiGatewayRestEvent("events/api-post.json"));
    APIGatewayProxyResponseEvent response = logged.response();

    assertProblem(response, 500);
    assertThat(response.getBody()).doesNotContain("no-such-bucket-secret").doesNotContain("s3://");
    // The function's log has the cause and its stack trace, under the request id.
    assertThat(logged.log()).contains("request req-1234 failed with 500: io.kurzfassung.storage.StorageException: "
        + "cannot write s3://no-such-bucket-secret/", "NoSuchBucketException", "\tat ");
  }

  @Test
  void should_give_the_model_the_remaining_time_minus_the_store_margin() {
    AtomicReference<Instant> deadline = new AtomicReference<>();
    Function<SummaryRequest, Summary> capturing = request -> {
      deadline.set(request.deadline());
      throw new ModelTimeoutException("stop here");
    };
    Instant before = Instant.now();
    callLogged(withSummarizer(capturing), EventLoader.loadApiGatewayRestEvent("events/api-post.json"));
    Instant after = Instant.now();

    Duration budget = Duration.ofSeconds(28).minus(Deadlines.STORE_MARGIN);
    assertThat(deadline.get()).isBetween(before.plus(budget).minusSeconds(1), after.plus(budget));
  }

  @Test
  void should_return_404_for_unknown_routes_and_405_for_wrong_methods() {
    APIGatewayProxyRequestEvent unknown = EventLoader.loadApiGatewayRestEvent("events/api-get.json")
        .withResource("/other").withPath("/other");
    APIGatewayProxyRequestEvent delete = EventLoader.loadApiGatewayRestEvent("events/api-get.json")
        .withHttpMethod("DELETE");

    assertThat(call(components, unknown).getStatusCode()).isEqualTo(404);
    APIGatewayProxyResponseEvent wrong = call(components, delete);
    assertThat(wrong.getStatusCode()).isEqualTo(405);
    assertThat(wrong.getHeaders()).containsEntry("Allow", "GET");
  }

  private static Logged callWithModelFailure(Throwable failure) {
    Function<SummaryRequest, Summary> failing = request -> {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failure;
    };
    return callLogged(withSummarizer(failing), EventLoader.loadApiGatewayRestEvent("events/api-post.json"));
  }

  /** The service with a summariser that answers as the function does (records, fails, ...). */
  private static Kurzfassung withSummarizer(Function<SummaryRequest, Summary> answer) {
    Summarizer summarizer = new Summarizer() {
      @Override
      public Summary summarize(SummaryRequest request) {
        return answer.apply(request);
      }

      @Override
      public ModelInfo model() {
        return ExtractiveSummarizer.MODEL;
      }
    };
    Config config = components.config();
    return components.withService(new SummarizeService(config, summarizer, new S3SummaryStore(s3.client(), components.config().outputBucket(), components.config().outputPrefix()), Clock.systemUTC()));
  }
}
