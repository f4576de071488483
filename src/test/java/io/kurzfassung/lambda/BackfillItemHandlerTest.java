package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.document.Json;
import io.kurzfassung.storage.S3SummaryStore;
import io.kurzfassung.summary.Summarizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The backfill function fed the exact item the Distributed Map's ListObjectsV2 reader produces, against S3Proxy. */
class BackfillItemHandlerTest {

  private static final String ITEM = "events/backfill-item.json";
  private static final String ARCHIVED = "archive/2019/putin-olympia.de.txt";
  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private static byte[] sample;

  private final AtomicInteger modelCalls = new AtomicInteger();

  @BeforeAll
  static void loadSample() throws Exception {
    sample = Files.readAllBytes(Path.of("events/putin-olympia.de.txt"));
  }

  private BackfillItemHandler handler() {
    Kurzfassung components = Kurzfassung.forLambda(s3.config(Map.of()));
    Summarizer real = Kurzfassung.summarizer(components.config());
    Summarizer counting = new Summarizer() {
      @Override
      public io.kurzfassung.summary.Summary summarize(io.kurzfassung.summary.SummaryRequest request) {
        modelCalls.incrementAndGet();
        return real.summarize(request);
      }

      @Override
      public io.kurzfassung.summary.ModelInfo model() {
        return real.model();
      }
    };
    return new BackfillItemHandler(components.withService(new SummarizeService(components.config(), counting,
        new S3SummaryStore(s3.client(), LocalS3.BUCKET, components.config().outputPrefix()), Clock.systemUTC())));
  }

  private static JsonNode invoke(BackfillItemHandler handler, byte[] item) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(item), out, new LocalContext("BackfillFunction", "req-bf",
        Duration.ofSeconds(300), 1024, new PrintStream(OutputStream.nullOutputStream())));
    return Json.mapper().readTree(out.toByteArray());
  }

  @Test
  void should_summarise_the_object_of_a_list_objects_v2_item_beside_its_key_under_the_output_prefix()
      throws Exception {
    s3.put(ARCHIVED, sample);
    JsonNode item = Json.mapper().readTree(Files.readAllBytes(Path.of(ITEM)));
    assertThat(item.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("Bucket", "Key", "Size", "Etag", "LastModified", "StorageClass");

    JsonNode answer = invoke(handler(), Files.readAllBytes(Path.of(ITEM)));

    assertThat(answer.get("status").asText()).isEqualTo("SUMMARISED");
    assertThat(answer.get("key").asText()).isEqualTo(ARCHIVED);
    assertThat(Json.readDocument(s3.get("summaries/objects/" + ARCHIVED + ".json")).id()).isEqualTo("6ecb7e9e41cd9c38");
  }

  @Test
  void should_skip_an_object_already_summarised_by_the_same_model_and_prompt_version() throws Exception {
    s3.put(ARCHIVED, sample);
    invoke(handler(), Files.readAllBytes(Path.of(ITEM)));

    JsonNode again = invoke(handler(), Files.readAllBytes(Path.of(ITEM)));

    assertThat(again.get("status").asText()).isEqualTo("SKIPPED");
    assertThat(modelCalls).hasValue(1);
  }

  @Test
  void should_skip_an_upload_that_the_upload_function_already_summarised() throws Exception {
    s3.put("incoming/putin-olympia.de.txt", sample);
    new S3ObjectCreatedHandler(Kurzfassung.forLambda(s3.config(Map.of())))
        .handleRequest(com.amazonaws.services.lambda.runtime.tests.EventLoader.loadS3Event(
            "events/s3-object-created.json"), new LocalContext("UploadFunction", "req-up", Duration.ofSeconds(300),
            1024, new PrintStream(OutputStream.nullOutputStream())));
    ObjectNode item = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(Path.of(ITEM)));
    item.put("Key", "incoming/putin-olympia.de.txt");

    JsonNode answer = invoke(handler(), Json.mapper().writeValueAsBytes(item));

    assertThat(answer.get("status").asText()).isEqualTo("SKIPPED");
    assertThat(answer.get("name").asText()).isEqualTo("uploads/putin-olympia.de.txt.json");
    assertThat(modelCalls).hasValue(0);
  }

  @Test
  void should_ignore_the_backfills_own_results_and_summaries_under_the_output_prefix() throws Exception {
    ObjectNode item = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(Path.of(ITEM)));
    item.put("Key", "summaries/backfill-results/abc/manifest.json");

    JsonNode answer = invoke(handler(), Json.mapper().writeValueAsBytes(item));

    assertThat(answer.get("status").asText()).isEqualTo("IGNORED");
    assertThat(modelCalls).hasValue(0);
  }

  @Test
  void should_fail_an_unusable_article_with_the_type_the_state_machine_does_not_retry_and_record_it()
      throws Exception {
    s3.put("archive/2019/kurz.txt", "Zu kurz.".getBytes(StandardCharsets.UTF_8));
    ObjectNode item = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(Path.of(ITEM)));
    item.put("Key", "archive/2019/kurz.txt").put("Size", 8);

    assertThatThrownBy(() -> invoke(handler(), Json.mapper().writeValueAsBytes(item)))
        .isInstanceOf(ArticleRejectedException.class)
        .hasMessageContaining("archive/2019/kurz.txt");
    assertThat(s3.exists("summaries/failures/objects/archive/2019/kurz.txt.json")).isTrue();
    String template = Files.readString(Path.of("template.yaml"));
    assertThat(template).doesNotContain(ArticleRejectedException.class.getName())
        .contains(io.kurzfassung.summary.ModelRateLimitedException.class.getName());
  }
}
