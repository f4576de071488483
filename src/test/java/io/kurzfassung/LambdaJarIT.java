package io.kurzfassung;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.document.Json;
import io.kurzfassung.lambda.LocalS3;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact that {@code sam build} ships (target/kurzfassung-lambda.jar, after {@code package}): it holds
 * neither the command line nor the local emulator nor their libraries, stays within its size budget, and its
 * handlers still work when run from it alone, as the Lambda runtime runs them.
 */
class LambdaJarIT {

  private static final Path LAMBDA_JAR = Path.of("target/kurzfassung-lambda.jar");
  private static final Path CLI_JAR = Path.of("target/kurzfassung.jar");
  private static final long BUDGET_BYTES = 19_000_000;
  private static final String SAMPLE_ID = "6ecb7e9e41cd9c38";

  /** Code that only the command line and the emulator use, as class-file name prefixes. */
  private static final List<String> NOT_IN_LAMBDA = List.of(
      "io/kurzfassung/cli/", "io/kurzfassung/local/", "io/kurzfassung/eval/",
      "picocli/", "org/yaml/snakeyaml/", "org/eclipse/jetty/",
      "com/amazonaws/services/lambda/runtime/serialization/", "com/amazonaws/lambda/thirdparty/");

  private static LocalS3 s3;

  @BeforeAll
  static void startS3() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  @Test
  void should_leave_the_cli_the_emulator_and_their_libraries_out_of_the_lambda_jar() throws IOException {
    assertThat(entriesUnder(LAMBDA_JAR, NOT_IN_LAMBDA)).isEmpty();
    // The same check finds them in the command-line jar, so it can fail.
    assertThat(entriesUnder(CLI_JAR, NOT_IN_LAMBDA))
        .contains("io/kurzfassung/local/ServeCommand.class", "picocli/CommandLine.class",
            "org/yaml/snakeyaml/Yaml.class");
  }

  @Test
  void should_have_no_class_in_the_lambda_jar_that_refers_to_what_was_left_out() throws IOException {
    List<String> referring = new ArrayList<>();
    try (ZipFile jar = new ZipFile(LAMBDA_JAR.toFile())) {
      for (ZipEntry entry : Collections.list(jar.entries())) {
        if (entry.getName().startsWith("io/kurzfassung/") && entry.getName().endsWith(".class")) {
          String constants;
          try (InputStream in = jar.getInputStream(entry)) {
            constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
          }
          NOT_IN_LAMBDA.stream().filter(constants::contains).forEach(p -> referring.add(entry.getName() + " -> " + p));
        }
      }
    }
    assertThat(referring).isEmpty();
  }

  @Test
  void should_keep_the_lambda_jar_within_its_size_budget() throws IOException {
    assertThat(Files.size(LAMBDA_JAR)).isLessThanOrEqualTo(BUDGET_BYTES);
  }

  @Test
  void should_answer_200_from_the_api_handler_run_from_the_lambda_jar_and_prime() throws Exception {
    String out = run("io.kurzfassung.lambda.ApiGatewayHandler", "events/api-post.json");

    JsonNode response = Json.mapper().readTree(response(out));
    assertThat(response.get("statusCode").asInt()).as(out).isEqualTo(200);
    assertThat(Json.mapper().readTree(response.get("body").asText()).get("id").asText()).isEqualTo(SAMPLE_ID);
    assertThat(s3.exists("summaries/articles/" + SAMPLE_ID + ".json")).isTrue();
    assertThat(out).contains("primed 200");
  }

  @Test
  void should_write_the_summary_for_the_s3_event_run_from_the_lambda_jar() throws Exception {
    s3.put("incoming/putin-olympia.de.txt", Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    String out = run("io.kurzfassung.lambda.S3ObjectCreatedHandler", "events/s3-object-created.json");

    assertThat(out).contains("summaries/uploads/putin-olympia.de.txt.json");
    assertThat(Json.readDocument(s3.get("summaries/uploads/putin-olympia.de.txt.json")).id()).isEqualTo(SAMPLE_ID);
  }

  @Test
  void should_summarise_the_upload_of_the_sqs_event_run_from_the_lambda_jar() throws Exception {
    s3.put("incoming/putin-olympia.de.txt", Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    String out = run("io.kurzfassung.lambda.SqsUploadHandler", "events/sqs-s3-notifications.json");

    assertThat(Json.mapper().readTree(response(out)).get("batchItemFailures")).as(out).isEmpty();
    assertThat(Json.readDocument(s3.get("summaries/putin-olympia.de.txt.json")).id()).isEqualTo(SAMPLE_ID);
  }

  @Test
  void should_summarise_the_backfill_item_run_from_the_lambda_jar() throws Exception {
    s3.put("archive/2019/putin-olympia.de.txt", Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    String out = run("io.kurzfassung.lambda.BackfillItemHandler", "events/backfill-item.json");

    assertThat(Json.mapper().readTree(response(out)).get("status").asText()).as(out).isEqualTo("SUMMARISED");
  }

  @Test
  void should_print_the_document_for_the_direct_event_run_from_the_lambda_jar() throws Exception {
    String out = run("io.kurzfassung.lambda.DirectInvokeHandler", "events/direct.json");

    assertThat(Json.mapper().readTree(response(out)).get("id").asText()).as(out).isEqualTo(SAMPLE_ID);
  }

  /** The response JSON: what RunFunction prints before its last line. */
  private static String response(String out) {
    return out.substring(0, out.stripTrailing().lastIndexOf('\n'));
  }

  private static List<String> entriesUnder(Path jarFile, List<String> prefixes) throws IOException {
    try (ZipFile jar = new ZipFile(jarFile.toFile())) {
      return Collections.list(jar.entries()).stream().map(ZipEntry::getName)
          .filter(name -> prefixes.stream().anyMatch(name::startsWith)).toList();
    }
  }

  /**
   * Runs src/test/resources/lambda-jar/RunFunction.java in a fresh JVM whose class path is the Lambda jar and the
   * runtime's serialisers only, against the S3 server of this test.
   */
  private static String run(String handler, String event) throws Exception {
    Path serialization = Path.of(LambdaEventSerializers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ProcessBuilder process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", LAMBDA_JAR + java.io.File.pathSeparator + serialization,
        "src/test/resources/lambda-jar/RunFunction.java", handler, event);
    process.environment().putAll(s3.environment());
    process.environment().put("LLM_PROVIDER", "extractive");
    process.redirectErrorStream(false);
    Process p = process.start();
    p.getOutputStream().close();
    var stderr = new java.io.ByteArrayOutputStream();
    Thread drain = Thread.ofVirtual().start(() -> {
      try {
        p.getErrorStream().transferTo(stderr);
      } catch (IOException e) {
        // the process ended
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    drain.join();
    assertThat(p.exitValue()).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
    return out;
  }
}
