package io.kurzfassung.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.document.Json;
import io.kurzfassung.storage.UploadQueue;
import io.kurzfassung.summary.llm.ProviderAnswers;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SQS upload handler against S3Proxy (S3), WireMock serving the OpenAI API (the model) and WireMock serving SQS's
 * JSON protocol (ChangeMessageVisibility): partial batch failures, re-delivery, the test event, the back-off.
 */
class SqsUploadHandlerTest {

  private static final String CHAT = "/v1/chat/completions";
  private static final String SAMPLE_KEY = "incoming/putin-olympia.de.txt";
  private static final String SAMPLE_OUTPUT = "summaries/uploads/putin-olympia.de.txt.json";
  private static final String THROTTLED_KEY = "incoming/gedrosselt.txt";
  private static final String BAD_KEY = "incoming/kurz.txt";
  /** A word only the throttled article has: the model server throttles requests that carry it. */
  private static final String THROTTLED_MARKER = "Drosselprobe";

  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private static WireMockServer server;
  private static byte[] sample;

  private SqsUploadHandler handler;

  @BeforeAll
  static void start() throws Exception {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    sample = Files.readAllBytes(Path.of("events/putin-olympia.de.txt"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @BeforeEach
  void setUp() {
    server.resetAll();
    var article = new ArticleParser(200_000).parse(sample, null);
    server.stubFor(post(urlEqualTo(CHAT)).atPriority(5)
        .willReturn(okJson(ProviderAnswers.openAiGoodSummaryOfTheSample(article))));
    server.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing(THROTTLED_MARKER))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
            .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")));
    // SQS's JSON protocol: every action is a POST to / naming the action in X-Amz-Target.
    server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSQS.ChangeMessageVisibility"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0")
            .withBody("{}")));
    handler = handler();
  }

  /** A fresh execution environment: the OpenAI provider on WireMock, S3Proxy, the queue on WireMock. */
  private SqsUploadHandler handler() {
    Map<String, String> env = new HashMap<>();
    env.put("LLM_PROVIDER", "openai");
    env.put("LLM_MODEL", "gpt-4o-mini");
    env.put("LLM_API_KEY", "sk-test-123");
    env.put("LLM_BASE_URL", server.baseUrl() + "/v1");
    env.put("LLM_MAX_RETRIES", "0"); // the queue retries, after the back-off
    env.put("LLM_TIMEOUT_SECONDS", "10");
    Kurzfassung kurzfassung = Kurzfassung.forLambda(s3.config(env));
    return new SqsUploadHandler(kurzfassung, UploadQueue.create("eu-central-1", URI.create(server.baseUrl())));
  }

  private static LocalContext context() {
    return new LocalContext("UploadFunction", "req-sqs", Duration.ofSeconds(300), 1024,
        new PrintStream(OutputStream.nullOutputStream()));
  }

  @Test
  void should_report_only_the_throttled_message_store_the_good_one_and_record_the_bad_one() throws Exception {
    s3.put(SAMPLE_KEY, sample);
    s3.put(BAD_KEY, "Zu kurz.".getBytes(StandardCharsets.UTF_8));
    s3.put(THROTTLED_KEY, (new String(sample, StandardCharsets.UTF_8) + "\n\n" + THROTTLED_MARKER
        + ": Ein weiterer Absatz mit Informationen zum Besuch in Peking.").getBytes(StandardCharsets.UTF_8));
    SQSMessage good = message("m-good", 1, SAMPLE_KEY);
    SQSMessage bad = message("m-bad", 1, BAD_KEY);
    SQSMessage throttled = message("m-throttled", 3, THROTTLED_KEY);

    SQSBatchResponse response = handler.handleRequest(event(good, bad, throttled), context());

    assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("m-throttled");
    assertThat(Json.readDocument(s3.get(SAMPLE_OUTPUT)).model().provider()).isEqualTo("openai");
    assertThat(s3.exists("summaries/uploads/gedrosselt.txt.json")).isFalse();
    JsonNode recorded = Json.mapper().readTree(s3.get("summaries/failures/uploads/kurz.txt.json"));
    assertThat(recorded.get("sourceKey").asText()).isEqualTo(BAD_KEY);
    assertThat(recorded.get("type").asText()).startsWith("urn:kurzfassung:problem:");
    assertThat(recorded.get("detail").asText()).isNotBlank();
    assertThat(recorded.get("requestId").asText()).isEqualTo("req-sqs");
    assertThat(recorded.has("time")).isTrue();
  }

  @Test
  void should_hide_a_throttled_message_for_a_back_off_that_grows_with_its_receive_count() throws Exception {
    s3.put(THROTTLED_KEY, (new String(sample, StandardCharsets.UTF_8) + "\n\n" + THROTTLED_MARKER
        + ": Ein weiterer Absatz.").getBytes(StandardCharsets.UTF_8));
    SQSMessage third = message("m-3", 3, THROTTLED_KEY);

    handler.handleRequest(event(third), context());

    List<LoggedRequest> changes = server.findAll(postRequestedFor(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("AmazonSQS.ChangeMessageVisibility")));
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).getHeader("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    assertThat(changes.get(0).getHeader("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=test/").contains("/eu-central-1/sqs/aws4_request");
    JsonNode change = Json.mapper().readTree(changes.get(0).getBodyAsString());
    assertThat(change.get("QueueUrl").asText())
        .isEqualTo(server.baseUrl() + "/123456789012/kurzfassung-UploadQueue-Ab12Cd34");
    assertThat(change.get("ReceiptHandle").asText()).isEqualTo(third.getReceiptHandle());
    // Third receive: 30 s doubled twice, longer than the provider's Retry-After of 30 s.
    assertThat(change.get("VisibilityTimeout").asInt()).isEqualTo(120);
  }

  @Test
  void should_not_call_the_model_again_when_a_message_is_delivered_twice() {
    s3.put(SAMPLE_KEY, sample);
    SQSEvent event = event(message("m-1", 1, SAMPLE_KEY));

    SQSBatchResponse first = handler.handleRequest(event, context());
    SQSBatchResponse again = handler().handleRequest(event, context()); // another execution environment

    assertThat(first.getBatchItemFailures()).isEmpty();
    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(server.findAll(postRequestedFor(urlEqualTo(CHAT)))).hasSize(1);
  }

  @Test
  void should_ignore_the_s3_test_event_and_summarise_the_notification_beside_it() {
    s3.put(SAMPLE_KEY, sample);
    SQSEvent event = EventLoader.loadSQSEvent("events/sqs-s3-notifications.json");
    assertThat(event.getRecords().get(0).getBody()).contains("s3:TestEvent");

    SQSBatchResponse response = handler.handleRequest(event, context());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(s3.exists(SAMPLE_OUTPUT)).isTrue();
    assertThat(server.findAll(postRequestedFor(urlEqualTo(CHAT)))).hasSize(1);
  }

  @Test
  void should_do_nothing_for_the_test_event_alone() {
    SQSEvent full = EventLoader.loadSQSEvent("events/sqs-s3-notifications.json");
    SQSEvent testOnly = event(full.getRecords().get(0));

    SQSBatchResponse response = handler.handleRequest(testOnly, context());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(s3.keys()).isEmpty();
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_record_an_upload_deleted_before_it_was_read_and_not_report_it() throws Exception {
    SQSBatchResponse response = handler.handleRequest(event(message("m-gone", 1, "incoming/gelöscht.txt")), context());

    assertThat(response.getBatchItemFailures()).isEmpty();
    JsonNode recorded = Json.mapper().readTree(s3.get("summaries/failures/uploads/gelöscht.txt.json"));
    assertThat(recorded.get("type").asText()).isEqualTo("urn:kurzfassung:problem:upload-missing");
    assertThat(recorded.get("sourceKey").asText()).isEqualTo("incoming/gelöscht.txt");
  }

  @Test
  void should_report_a_message_whose_upload_cannot_be_read_for_a_network_error_and_record_nothing() throws Exception {
    Kurzfassung working = Kurzfassung.forLambda(s3.config(Map.of()));
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    // The uploads read from an S3 endpoint nobody listens on: a network failure, which passes.
    Kurzfassung unreachable = new Kurzfassung(working.config(), new io.kurzfassung.storage.S3Uploads(
        io.kurzfassung.storage.S3SummaryStore.client("eu-central-1", URI.create("http://127.0.0.1:" + closedPort))),
        working.service());
    SqsUploadHandler cut = new SqsUploadHandler(unreachable,
        UploadQueue.create("eu-central-1", URI.create(server.baseUrl())));

    SQSBatchResponse response = cut.handleRequest(event(message("m-net", 1, SAMPLE_KEY)), context());

    assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("m-net");
    assertThat(s3.keys()).isEmpty();
  }

  @Test
  void should_hand_back_messages_at_once_when_the_invocation_has_too_little_time_left() throws Exception {
    s3.put(SAMPLE_KEY, sample);
    LocalContext almostOver = new LocalContext("UploadFunction", "req-late", Duration.ofSeconds(5), 1024,
        new PrintStream(OutputStream.nullOutputStream()));

    SQSBatchResponse response = handler.handleRequest(event(message("m-late", 1, SAMPLE_KEY)), almostOver);

    assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("m-late");
    assertThat(server.findAll(postRequestedFor(urlEqualTo(CHAT)))).isEmpty();
    List<LoggedRequest> changes = server.findAll(postRequestedFor(urlEqualTo("/")));
    assertThat(changes).hasSize(1);
    assertThat(Json.mapper().readTree(changes.get(0).getBodyAsString()).get("VisibilityTimeout").asInt()).isZero();
  }

  @Test
  void should_url_decode_keys_and_ignore_keys_outside_the_input_prefix() {
    s3.put("incoming/München Nachrichten+Kultur.txt", sample);
    SQSEvent event = event(message("m-enc", 1, "incoming/M%C3%BCnchen+Nachrichten%2BKultur.txt", true),
        message("m-out", 1, "summaries/putin-olympia.de.txt.json"));

    SQSBatchResponse response = handler.handleRequest(event, context());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(s3.keys()).containsExactlyInAnyOrder("incoming/München Nachrichten+Kultur.txt",
        "summaries/uploads/München Nachrichten+Kultur.txt.json");
  }

  private static SQSEvent event(SQSMessage... messages) {
    SQSEvent event = new SQSEvent();
    event.setRecords(new ArrayList<>(List.of(messages)));
    return event;
  }

  private static SQSMessage message(String id, int receiveCount, String key) {
    return message(id, receiveCount, java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"),
        true);
  }

  /** A message like the second one in events/, carrying a notification for the (URL-encoded, as S3 sends it) key. */
  private static SQSMessage message(String id, int receiveCount, String rawKey, boolean encoded) {
    SQSMessage template = EventLoader.loadSQSEvent("events/sqs-s3-notifications.json").getRecords().get(1);
    try {
      ObjectNode body = (ObjectNode) Json.mapper().readTree(template.getBody());
      ((ObjectNode) body.get("Records").get(0).get("s3").get("object")).put("key", rawKey);
      SQSMessage message = template.clone();
      message.setMessageId(id);
      message.setReceiptHandle("receipt-" + id);
      message.setBody(Json.mapper().writeValueAsString(body));
      Map<String, String> attributes = new HashMap<>(template.getAttributes());
      attributes.put("ApproximateReceiveCount", Integer.toString(receiveCount));
      message.setAttributes(attributes);
      return message;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
