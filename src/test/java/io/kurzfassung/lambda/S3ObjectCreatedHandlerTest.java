package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleTooLongException;
import io.kurzfassung.document.Json;
import io.kurzfassung.storage.S3SummaryStore;
import io.kurzfassung.summary.Summarizer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3ObjectCreatedHandlerTest {

  private static final String SAMPLE_KEY = "incoming/putin-olympia.de.txt";
  private static final String SAMPLE_OUTPUT = "summaries/uploads/putin-olympia.de.txt.json";
  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private static byte[] sample;

  private final AtomicInteger modelCalls = new AtomicInteger();
  private S3ObjectCreatedHandler handler;

  @BeforeAll
  static void loadSample() throws Exception {
    sample = Files.readAllBytes(Path.of("events/putin-olympia.de.txt"));
  }

  @BeforeEach
  void setUp() {
    handler = handler(Map.of());
  }

  /** A handler whose summariser is the configured one, counting its calls. */
  private S3ObjectCreatedHandler handler(Map<String, String> env) {
    return handler(env, null);
  }

  /** As {@link #handler(Map)}, with the summariser claiming another prompt version when it is not null. */
  private S3ObjectCreatedHandler handler(Map<String, String> env, String promptVersion) {
    return handler(env, promptVersion, null);
  }

  /** As {@link #handler(Map, String)}, with the model unavailable for articles that contain the marker. */
  private S3ObjectCreatedHandler handler(Map<String, String> env, String promptVersion, String outageMarker) {
    Kurzfassung components = Kurzfassung.forLambda(s3.config(env));
    Summarizer real = Kurzfassung.summarizer(components.config());
    Summarizer counting = new Summarizer() {
      @Override
      public io.kurzfassung.summary.Summary summarize(io.kurzfassung.summary.SummaryRequest request) {
        modelCalls.incrementAndGet();
        if (outageMarker != null && request.article().text().contains(outageMarker)) {
          throw new io.kurzfassung.summary.ModelUnavailableException("the provider answered 503");
        }
        return real.summarize(request);
      }

      @Override
      public io.kurzfassung.summary.ModelInfo model() {
        var m = real.model();
        return promptVersion == null ? m : new io.kurzfassung.summary.ModelInfo(m.provider(), m.name(), promptVersion);
      }
    };
    return new S3ObjectCreatedHandler(components(env, counting));
  }

  private static Kurzfassung components(Map<String, String> env, Summarizer summarizer) {
    Kurzfassung components = Kurzfassung.forLambda(s3.config(env));
    return components.withService(new SummarizeService(components.config(), summarizer,
        new S3SummaryStore(s3.client(), components.config().outputBucket(), components.config().outputPrefix()),
        Clock.systemUTC()));
  }

  private static LocalContext context() {
    return new LocalContext("UploadFunction", "req-s3", Duration.ofSeconds(300), 1024,
        new PrintStream(OutputStream.nullOutputStream()));
  }

  @ParameterizedTest
  @Event(value = "events/s3-object-created.json", type = S3Event.class)
  void should_write_the_summary_beside_the_upload_under_the_output_prefix(S3Event event) {
    s3.put(SAMPLE_KEY, sample);

    S3ObjectCreatedHandler.Outcome outcome = handler.handleRequest(event, context());

    assertThat(outcome.written()).containsExactly(SAMPLE_OUTPUT);
    assertThat(Json.readDocument(s3.get(SAMPLE_OUTPUT)).id()).isEqualTo("6ecb7e9e41cd9c38");
    assertThat(s3.head(SAMPLE_OUTPUT).metadata())
        .containsEntry("source-key", "incoming%2Fputin-olympia.de.txt")
        .containsEntry("article-id", "6ecb7e9e41cd9c38")
        .containsKeys("model", "prompt-version");
  }

  @ParameterizedTest
  @Event(value = "events/s3-object-created.json", type = S3Event.class)
  void should_not_call_the_model_again_when_the_same_upload_is_delivered_twice(S3Event event) {
    s3.put(SAMPLE_KEY, sample);
    handler.handleRequest(event, context());

    S3ObjectCreatedHandler fresh = handler(Map.of()); // a new execution environment receives the retry
    S3ObjectCreatedHandler.Outcome again = fresh.handleRequest(event, context());

    assertThat(again.skipped()).containsExactly(SAMPLE_OUTPUT);
    assertThat(modelCalls).hasValue(1);
  }

  @ParameterizedTest
  @Event(value = "events/s3-object-created.json", type = S3Event.class)
  void should_summarise_again_when_the_prompt_version_changed(S3Event event) {
    s3.put(SAMPLE_KEY, sample);
    handler.handleRequest(event, context());

    S3ObjectCreatedHandler.Outcome again = handler(Map.of(), "next-prompt").handleRequest(event, context());

    assertThat(again.written()).containsExactly(SAMPLE_OUTPUT);
    assertThat(modelCalls).hasValue(2);
  }

  @ParameterizedTest
  @Event(value = "events/s3-object-created.json", type = S3Event.class)
  void should_summarise_again_when_the_uploaded_article_changed(S3Event event) {
    s3.put(SAMPLE_KEY, sample);
    handler.handleRequest(event, context());
    s3.put(SAMPLE_KEY, (new String(sample, java.nio.charset.StandardCharsets.UTF_8)
        + "\n\nEin neuer Absatz mit weiteren Informationen zum Besuch.").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    S3ObjectCreatedHandler.Outcome outcome = handler.handleRequest(event, context());

    assertThat(outcome.written()).containsExactly(SAMPLE_OUTPUT);
    assertThat(modelCalls).hasValue(2);
  }

  @Test
  void should_handle_every_record_and_url_decode_keys() {
    s3.put(SAMPLE_KEY, sample);
    s3.put("incoming/München Nachrichten+Kultur.txt", sample);
    S3Event event = event(record(SAMPLE_KEY), record("incoming/M%C3%BCnchen+Nachrichten%2BKultur.txt"));

    S3ObjectCreatedHandler.Outcome outcome = handler.handleRequest(event, context());

    assertThat(outcome.written())
        .containsExactly(SAMPLE_OUTPUT, "summaries/uploads/München Nachrichten+Kultur.txt.json");
    assertThat(s3.exists("summaries/uploads/München Nachrichten+Kultur.txt.json")).isTrue();
  }

  @Test
  void should_ignore_keys_outside_the_input_prefix_and_under_the_output_prefix() {
    s3.put("elsewhere/a.txt", sample);
    s3.put("summaries/a.txt.json", sample);

    S3ObjectCreatedHandler.Outcome outcome =
        handler.handleRequest(event(record("elsewhere/a.txt"), record("summaries/a.txt.json")), context());

    assertThat(outcome.ignored()).containsExactly("elsewhere/a.txt", "summaries/a.txt.json");
    assertThat(outcome.written()).isEmpty();
    assertThat(modelCalls).hasValue(0);
  }

  /** Misconfigured prefix pairs (input, output): the same, output inside input, input inside output. */
  @ParameterizedTest
  @CsvSource({"incoming/, incoming/", "data/, data/summaries/", "summaries/incoming/, summaries/"})
  void should_never_summarise_its_own_output_even_when_the_prefixes_overlap(String input, String output) {
    S3ObjectCreatedHandler misconfigured = handler(Map.of("INPUT_PREFIX", input, "OUTPUT_PREFIX", output));
    s3.put(input + "a.txt", sample);

    // Each summary written raises an ObjectCreated event of its own; deliver those too, as S3 would.
    List<String> delivered = List.of(input + "a.txt");
    for (int round = 0; round < 3 && !delivered.isEmpty(); round++) {
      S3EventNotificationRecord[] records = delivered.stream().map(k -> record(k)).toArray(S3EventNotificationRecord[]::new);
      delivered = misconfigured.handleRequest(event(records), context()).written();
    }

    assertThat(delivered).as("summaries still being written after 3 rounds").isEmpty();
    assertThat(modelCalls.get()).isLessThanOrEqualTo(1);
    assertThat(s3.keys()).allSatisfy(key -> assertThat(key).doesNotEndWith(".json.json"));
  }

  @Test
  void should_record_permanent_failures_and_throw_only_the_transient_ones_after_handling_the_others()
      throws Exception {
    s3.put(SAMPLE_KEY, sample);
    s3.put("incoming/kurz.txt", "Zu kurz.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    s3.put("incoming/ausfall.txt", (new String(sample, java.nio.charset.StandardCharsets.UTF_8)
        + "\n\nAusfallprobe: ein weiterer Absatz.").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    S3Event event = event(record("incoming/missing.txt"), record(SAMPLE_KEY), record("incoming/kurz.txt"),
        record("incoming/ausfall.txt"));
    S3ObjectCreatedHandler outage = handler(Map.of(), null, "Ausfallprobe");

    assertThatThrownBy(() -> outage.handleRequest(event, context()))
        .isInstanceOfSatisfying(UploadsFailedException.class, e -> {
          assertThat(e.keys()).containsExactly("incoming/ausfall.txt");
          assertThat(e.getCause()).isInstanceOf(io.kurzfassung.summary.ModelUnavailableException.class);
          assertThat(e.getSuppressed()).isEmpty();
        })
        .hasMessageContaining("1 of 4 uploads failed: incoming/ausfall.txt");
    assertThat(s3.exists(SAMPLE_OUTPUT)).isTrue();
    assertThat(Json.mapper().readTree(s3.get("summaries/failures/uploads/missing.txt.json")).get("type").asText())
        .isEqualTo("urn:kurzfassung:problem:upload-missing");
    assertThat(Json.mapper().readTree(s3.get("summaries/failures/uploads/kurz.txt.json")).get("sourceKey").asText())
        .isEqualTo("incoming/kurz.txt");
    assertThat(s3.exists("summaries/failures/uploads/ausfall.txt.json")).as("a transient failure is retried, not recorded")
        .isFalse();
  }

  /**
   * The reproduction of issue 8: POST article A, then upload article B under A's id as its key. The upload's summary
   * goes beside its key; the id's address keeps A's, and GET answers A's document.
   */
  @Test
  void should_never_shadow_a_posted_summary_by_an_upload_named_after_its_id() throws Exception {
    Kurzfassung components = components(Map.of(), new io.kurzfassung.summary.extractive.ExtractiveSummarizer());
    ApiGatewayHandler api = new ApiGatewayHandler(components);
    var apiContext = new LocalContext("ApiFunction", "req-api", Duration.ofSeconds(28), 1024,
        new PrintStream(OutputStream.nullOutputStream()));
    var post = EventLoader.loadApiGatewayRestEvent("events/api-post.json");
    String idOfA = Json.mapper().readTree(api.handleRequest(post, apiContext).getBody()).get("id").asText();
    byte[] articleB = (new String(sample, java.nio.charset.StandardCharsets.UTF_8)
        + "\n\nEin neuer Absatz mit weiteren Informationen zum Besuch.").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String key : List.of("incoming/" + idOfA, "incoming/articles/" + idOfA)) {
      s3.put(key, articleB);
    }

    S3ObjectCreatedHandler.Outcome outcome = new S3ObjectCreatedHandler(components).handleRequest(event(
        record("incoming/" + idOfA), record("incoming/articles/" + idOfA)), context());

    assertThat(outcome.written()).containsExactly("summaries/uploads/" + idOfA + ".json",
        "summaries/uploads/articles/" + idOfA + ".json");
    String idOfB = Json.readDocument(s3.get("summaries/uploads/" + idOfA + ".json")).id();
    assertThat(idOfB).isNotEqualTo(idOfA);
    var get = EventLoader.loadApiGatewayRestEvent("events/api-get.json")
        .withPath("/summaries/" + idOfA).withPathParameters(Map.of("id", idOfA));
    var answer = api.handleRequest(get, apiContext);
    assertThat(answer.getStatusCode()).isEqualTo(200);
    assertThat(Json.readDocument(answer.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8)).id())
        .isEqualTo(idOfA);
    assertThat(Json.readDocument(s3.get("summaries/articles/" + idOfA + ".json")).id()).isEqualTo(idOfA);
  }

  /** Keys whose part after the input prefix has an empty, . or .. segment: refused, nothing read or written. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"incoming/../summaries/articles/6ecb7e9e41cd9c38",
      "incoming/a/../../x.txt", "incoming/./a.txt", "incoming/a//b.txt", "incoming//a.txt", "incoming/a/..",
      "incoming/.."})
  void should_refuse_upload_keys_with_dot_dot_or_empty_segments_as_bad_input(String key) {
    S3ObjectCreatedHandler.Outcome outcome = handler.handleRequest(event(record(
        java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8).replace("%2F", "/"))), context());

    // A permanent failure that names no output (a failure record would need the unsafe name): refused, not retried.
    assertThat(outcome.rejected()).containsExactly(key);
    assertThat(outcome.written()).isEmpty();
    assertThat(s3.keys()).isEmpty();
    assertThat(modelCalls).hasValue(0);
  }

  @Test
  void should_record_an_empty_upload_as_bad_input_and_not_fail_the_event() throws Exception {
    s3.put("incoming/empty.txt", new byte[0]);

    S3ObjectCreatedHandler.Outcome[] outcomes = new S3ObjectCreatedHandler.Outcome[1];
    String log = StandardStreams.capture(
        () -> outcomes[0] = handler.handleRequest(event(record("incoming/empty.txt", 0L)), context())).err();
    S3ObjectCreatedHandler.Outcome outcome = outcomes[0];

    assertThat(outcome.rejected()).containsExactly("incoming/empty.txt");
    // Not retried and the event succeeds: a WARN line, without a stack trace, is what shows it in the log.
    assertThat(log.lines().filter(line -> line.contains(" - rejected ")).toList()).singleElement().asString()
        .contains("WARN io.kurzfassung.lambda.S3ObjectCreatedHandler - rejected s3://" + LocalS3.BUCKET
            + "/incoming/empty.txt (not retried): ")
        .endsWith(" -> s3://" + LocalS3.BUCKET + "/summaries/failures/uploads/empty.txt.json");
    assertThat(log).doesNotContain("\tat ");
    assertThat(Json.mapper().readTree(s3.get("summaries/failures/uploads/empty.txt.json")).get("detail").asText())
        .contains("empty");
  }

  @Test
  void should_record_an_upload_over_the_size_cap_without_calling_the_model() throws Exception {
    S3ObjectCreatedHandler small = handler(Map.of("MAX_ARTICLE_CHARS", "1000"));
    s3.put("incoming/big.txt", "Titel\n\n".concat("Ein Satz mit acht Wörtern steht genau hier. ".repeat(2000))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    S3EventNotificationRecord big = record("incoming/big.txt", null); // size unknown: the read itself is capped

    S3ObjectCreatedHandler.Outcome outcome = small.handleRequest(event(big), context());

    assertThat(outcome.rejected()).containsExactly("incoming/big.txt");
    assertThat(Json.mapper().readTree(s3.get("summaries/failures/uploads/big.txt.json")).get("type").asText())
        .isEqualTo("urn:kurzfassung:problem:article-too-long");
    assertThat(modelCalls).hasValue(0);
  }

  @Test
  void should_log_one_line_and_fail_the_record_without_a_stack_trace_when_the_summariser_overflows_its_stack() {
    s3.put(SAMPLE_KEY, sample);
    Kurzfassung base = Kurzfassung.forLambda(s3.config(Map.of()));
    Summarizer overflowing = new Summarizer() {
      @Override
      public io.kurzfassung.summary.Summary summarize(io.kurzfassung.summary.SummaryRequest request) {
        throw new StackOverflowError();
      }

      @Override
      public io.kurzfassung.summary.ModelInfo model() {
        return io.kurzfassung.summary.extractive.ExtractiveSummarizer.MODEL;
      }
    };
    var overflows = new S3ObjectCreatedHandler(base.withService(new SummarizeService(base.config(), overflowing,
        io.kurzfassung.storage.SummaryStore.NONE, Clock.systemUTC())));
    var context = new LocalContext("UploadFunction", "req-so", Duration.ofSeconds(300), 1024, System.err);

    String log = StandardStreams.capture(() -> assertThatThrownBy(
        () -> overflows.handleRequest(event(record(SAMPLE_KEY)), context))
        .isInstanceOfSatisfying(UploadsFailedException.class, e -> {
          assertThat(e.getCause()).isInstanceOf(FunctionFailedException.class)
              .hasMessage("the function failed: StackOverflowError");
          assertThat(e.getCause().getStackTrace()).isEmpty();
        })).err();
    // The text log format: one line, [thread] LEVEL logger - message.
    assertThat(log.strip()).contains("ERROR io.kurzfassung.lambda.S3ObjectCreatedHandler - failed s3://")
        .contains("java.lang.StackOverflowError").doesNotContain("\n");
  }

  private static S3Event event(S3EventNotificationRecord... records) {
    return new S3Event(new ArrayList<>(List.of(records)));
  }

  private static S3EventNotificationRecord record(String rawKey) {
    return record(rawKey, 3143L);
  }

  /** A record like the one in events/, for another (URL-encoded, as S3 sends it) key. */
  private static S3EventNotificationRecord record(String rawKey, Long size) {
    S3EventNotificationRecord template =
        EventLoader.loadS3Event("events/s3-object-created.json").getRecords().get(0);
    S3Entity s3 = template.getS3();
    S3ObjectEntity object = new S3ObjectEntity(rawKey, size, "etag", null, "0055AED6DCD90281E5");
    return new S3EventNotificationRecord(template.getAwsRegion(), template.getEventName(),
        template.getEventSource(), template.getEventTime().toString(), template.getEventVersion(),
        template.getRequestParameters(), template.getResponseElements(),
        new S3Entity(s3.getConfigurationId(), s3.getBucket(), object, s3.getS3SchemaVersion()),
        template.getUserIdentity());
  }
}
