package io.kurzfassung.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.cli.Main;
import io.kurzfassung.document.Json;
import io.kurzfassung.lambda.LocalS3;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every file in events/ through the docker-free {@code invoke}, against an S3 server in this JVM. */
class InvokeCommandTest {

  private static final String SAMPLE_ID = "6ecb7e9e41cd9c38";
  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();

  @TempDir
  Path dir;
  private Path envVars;

  @BeforeEach
  void writeEnvVars() throws IOException {
    envVars = dir.resolve("env.json");
    Files.writeString(envVars, Json.write(java.util.Map.of("Parameters", s3.environment())));
  }

  private record Run(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return Json.mapper().readTree(out);
    }
  }

  private Run invoke(String function, String event) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"invoke", function, "--event", event, "--env-vars", envVars.toString()},
        new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void should_answer_200_with_the_document_for_the_api_post_event() throws IOException {
    Run run = invoke("ApiFunction", "events/api-post.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode response = run.json();
    assertThat(response.get("statusCode").asInt()).isEqualTo(200);
    assertThat(Json.mapper().readTree(response.get("body").asText()).get("id").asText()).isEqualTo(SAMPLE_ID);
    assertThat(s3.exists("summaries/articles/" + SAMPLE_ID + ".json")).isTrue();
  }

  @Test
  void should_answer_200_for_the_base64_text_post_event() throws IOException {
    Run run = invoke("ApiFunction", "events/api-post-text.json");

    assertThat(run.json().get("statusCode").asInt()).as(run.out()).isEqualTo(200);
  }

  private Run invokeWith(java.util.Map<String, String> more, String... args) throws IOException {
    java.util.Map<String, String> env = new java.util.HashMap<>(s3.environment());
    env.putAll(more);
    Path vars = Files.writeString(dir.resolve("env-more.json"), Json.write(java.util.Map.of("Parameters", env)));
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    all.addAll(java.util.List.of("--env-vars", vars.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void should_report_a_failed_upload_as_a_batch_item_failure_with_one_log_line_and_no_stack_trace() throws IOException {
    s3.put("incoming/putin-olympia.de.txt", Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    Run run = invokeWith(java.util.Map.of("OUTPUT_BUCKET", "no-such-bucket"),
        "invoke", "UploadFunction", "--event", "events/sqs-s3-notifications.json");

    // A storage failure is transient: the message comes back to the queue, the invocation itself succeeds.
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("batchItemFailures").get(0).get("itemIdentifier").asText())
        .isEqualTo("29dd4b1a-9cd1-4c5e-9b8e-3f1a7d0c2e02");
    assertThat(run.err()).contains("incoming/putin-olympia.de.txt", "no-such-bucket")
        .doesNotContain("\tat ", "UploadsFailedException", "unexpected");
  }

  @Test
  void should_log_a_500_in_one_line_and_the_stack_trace_only_with_debug() throws IOException {
    Run run = invokeWith(java.util.Map.of("OUTPUT_BUCKET", "no-such-bucket"),
        "invoke", "ApiFunction", "--event", "events/api-post.json");
    Run debug = invokeWith(java.util.Map.of("OUTPUT_BUCKET", "no-such-bucket"),
        "invoke", "ApiFunction", "--debug", "--event", "events/api-post.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.json().get("statusCode").asInt()).isEqualTo(500);
    assertThat(run.err().lines().toList()).singleElement().asString()
        .contains("failed with 500: io.kurzfassung.storage.StorageException: cannot write s3://no-such-bucket/");
    assertThat(debug.err()).contains("failed with 500", "\tat io.kurzfassung.storage.S3SummaryStore");
  }

  @Test
  void should_answer_the_stored_document_for_the_api_get_event_and_404_before() throws IOException {
    Run before = invoke("ApiFunction", "events/api-get.json");
    invoke("ApiFunction", "events/api-post.json");
    Run after = invoke("ApiFunction", "events/api-get.json");

    assertThat(before.json().get("statusCode").asInt()).isEqualTo(404);
    assertThat(before.json().get("headers").get("Content-Type").asText()).isEqualTo("application/problem+json");
    assertThat(after.json().get("statusCode").asInt()).isEqualTo(200);
    assertThat(Json.mapper().readTree(after.json().get("body").asText()).get("id").asText()).isEqualTo(SAMPLE_ID);
  }

  @Test
  void should_write_the_summary_object_for_the_sqs_event_and_ignore_its_test_event() throws IOException {
    s3.put("incoming/putin-olympia.de.txt", Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    Run run = invoke("UploadFunction", "events/sqs-s3-notifications.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("batchItemFailures")).as(run.out()).isEmpty();
    assertThat(Json.readDocument(s3.get("summaries/uploads/putin-olympia.de.txt.json")).id()).isEqualTo(SAMPLE_ID);
  }

  @Test
  void should_record_a_missing_upload_and_report_no_batch_item_failure() throws IOException {
    Run run = invoke("UploadFunction", "events/sqs-s3-notifications.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("batchItemFailures")).as(run.out()).isEmpty();
    assertThat(s3.exists("summaries/failures/uploads/putin-olympia.de.txt.json")).isTrue();
  }

  /** The answer looks like success; the function's WARN line says why nothing was summarised, without --debug too. */
  @Test
  void should_show_the_rejected_upload_as_one_warn_line_on_stderr() throws IOException {
    Run run = invoke("UploadFunction", "events/sqs-s3-notifications.json");
    Run debug = invokeWith(java.util.Map.of(), "invoke", "UploadFunction", "--debug", "--event",
        "events/sqs-s3-notifications.json");

    for (Run r : java.util.List.of(run, debug)) {
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.err().lines().filter(line -> line.contains(" - rejected ")).toList()).as(r.err()).singleElement()
          .asString().contains("WARN io.kurzfassung.lambda.SqsUploadHandler - rejected s3://" + LocalS3.BUCKET
              + "/incoming/putin-olympia.de.txt (not retried): s3://" + LocalS3.BUCKET
              + "/incoming/putin-olympia.de.txt no longer exists (deleted before it was read) -> s3://" + LocalS3.BUCKET
              + "/summaries/failures/uploads/putin-olympia.de.txt.json");
      assertThat(r.err()).doesNotContain("\tat ", "Exception", "error:");
    }
  }

  @Test
  void should_end_a_backfill_item_whose_object_is_missing_with_exit_code_2_and_one_error_line() throws IOException {
    Run run = invoke("BackfillFunction", "events/backfill-item.json");

    // Rejected, not unexpected: the object is gone, which no retry changes; its failure is recorded.
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err().lines().filter(line -> line.startsWith("error:")).toList()).as(run.err()).containsExactly(
        "error: BackfillFunction failed: archive/2019/putin-olympia.de.txt: s3://" + LocalS3.BUCKET
            + "/archive/2019/putin-olympia.de.txt no longer exists (deleted before it was read) (recorded in s3://"
            + LocalS3.BUCKET + "/summaries/failures/objects/archive/2019/putin-olympia.de.txt.json)");
    assertThat(run.err()).doesNotContain("unexpected", "--debug", "\tat ");
    assertThat(run.json().get("errorType").asText()).isEqualTo("io.kurzfassung.lambda.ArticleRejectedException");
    assertThat(s3.exists("summaries/failures/objects/archive/2019/putin-olympia.de.txt.json")).isTrue();
  }

  @Test
  void should_end_a_backfill_item_without_bucket_or_key_with_exit_code_2() throws IOException {
    Path event = Files.writeString(dir.resolve("item.json"), "{\"Key\": \"archive/2019/a.txt\"}");
    Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"Bucket\": ");

    Run run = invoke("BackfillFunction", event.toString());
    Run broken = invoke("BackfillFunction", notJson.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err().lines().toList()).as(run.err()).containsExactly(
        "error: BackfillFunction failed: a backfill item needs Bucket and Key (the ListObjectsV2 item with the bucket "
            + "added by the ItemSelector), was {\"Key\":\"archive/2019/a.txt\"}");
    assertThat(broken.exitCode()).as(broken.err()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(broken.err().lines().toList()).as(broken.err()).singleElement().asString()
        .startsWith("error: BackfillFunction failed: a backfill item must be JSON: ");
  }

  @Test
  void should_summarise_the_backfill_item() throws IOException {
    s3.put("archive/2019/putin-olympia.de.txt", Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    Run run = invoke("BackfillFunction", "events/backfill-item.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("status").asText()).isEqualTo("SUMMARISED");
    assertThat(s3.exists("summaries/objects/archive/2019/putin-olympia.de.txt.json")).isTrue();
  }

  @Test
  void should_print_the_document_for_the_direct_event() throws IOException {
    Run run = invoke("SummarizeFunction", "events/direct.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("id").asText()).isEqualTo(SAMPLE_ID);
    assertThat(s3.exists("summaries/articles/" + SAMPLE_ID + ".json")).isTrue();
  }

  @Test
  void should_list_the_functions_when_the_logical_id_is_unknown() {
    Run run = invoke("NoSuchFunction", "events/direct.json");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("ApiFunction, UploadFunction, SummarizeFunction, BackfillFunction");
  }
}
