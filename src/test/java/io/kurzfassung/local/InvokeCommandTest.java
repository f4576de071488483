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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file in events/ through the docker-free {@code invoke}, against an S3 server in this JVM. */
class InvokeCommandTest {

  private static final String SAMPLE_ID = "6ecb7e9e41cd9c38";
  private static LocalS3 s3;

  @TempDir
  Path dir;
  private Path envVars;

  @BeforeAll
  static void startS3() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  @BeforeEach
  void writeEnvVars() throws IOException {
    s3.clear();
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
    assertThat(s3.exists("summaries/" + SAMPLE_ID + ".json")).isTrue();
  }

  @Test
  void should_answer_200_for_the_base64_text_post_event() throws IOException {
    Run run = invoke("ApiFunction", "events/api-post-text.json");

    assertThat(run.json().get("statusCode").asInt()).as(run.out()).isEqualTo(200);
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
    assertThat(Json.readDocument(s3.get("summaries/putin-olympia.de.txt.json")).id()).isEqualTo(SAMPLE_ID);
  }

  @Test
  void should_record_a_missing_upload_and_report_no_batch_item_failure() throws IOException {
    Run run = invoke("UploadFunction", "events/sqs-s3-notifications.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("batchItemFailures")).as(run.out()).isEmpty();
    assertThat(s3.exists("summaries/putin-olympia.de.txt.error.json")).isTrue();
  }

  @Test
  void should_summarise_the_backfill_item() throws IOException {
    s3.put("archive/2019/putin-olympia.de.txt", Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    Run run = invoke("BackfillFunction", "events/backfill-item.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("status").asText()).isEqualTo("SUMMARISED");
    assertThat(s3.exists("summaries/archive/2019/putin-olympia.de.txt.json")).isTrue();
  }

  @Test
  void should_print_the_document_for_the_direct_event() throws IOException {
    Run run = invoke("SummarizeFunction", "events/direct.json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.json().get("id").asText()).isEqualTo(SAMPLE_ID);
    assertThat(s3.exists("summaries/" + SAMPLE_ID + ".json")).isTrue();
  }

  @Test
  void should_list_the_functions_when_the_logical_id_is_unknown() {
    Run run = invoke("NoSuchFunction", "events/direct.json");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("ApiFunction, UploadFunction, SummarizeFunction, BackfillFunction");
  }
}
