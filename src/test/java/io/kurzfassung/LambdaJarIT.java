package io.kurzfassung;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
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
import java.util.Map;
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
    assertThat(Json.readDocument(s3.get("summaries/uploads/putin-olympia.de.txt.json")).id()).isEqualTo(SAMPLE_ID);
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

  /** An answer that is no JSON: rejected, sent back for repair, rejected again, replaced by the extractive summary. */
  private static final String NOT_AN_ANSWER = "Hier ist leider keine Zusammenfassung, nur Fließtext vom Modell.";
  private static final String KEY = "sk-jsonlogs-4f1c9e7a2b";

  @Test
  void should_write_only_json_lines_with_the_request_context_and_one_emf_document_per_summarisation() throws Exception {
    s3.clear(); // no stored summary of the article: no storage conflict
    WireMockServer openAi = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    openAi.start();
    try {
      // Throttled once (retried at once), then two answers that cannot be used: one repair round, then the fallback.
      String chat = "/v1/chat/completions";
      openAi.stubFor(post(urlEqualTo(chat)).inScenario("a").whenScenarioStateIs(STARTED).willSetStateTo("answering")
          .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
              .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"slow down\"}}")));
      openAi.stubFor(post(urlEqualTo(chat)).inScenario("a").whenScenarioStateIs("answering")
          .willReturn(okJson(openAiAnswer(NOT_AN_ANSWER))));
      Path response = Files.createTempFile("response", ".json");

      Run run = run("io.kurzfassung.lambda.ApiGatewayHandler", "events/api-post.json", Map.of(
          "AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_FUNCTION_NAME", "kurzfassung-ApiFunction",
          "METRICS_NAMESPACE", "kurzfassung-it", "LLM_PROVIDER", "openai", "LLM_MODEL", "gpt-4o-mini",
          "LLM_BASE_URL", openAi.baseUrl() + "/v1", "LLM_API_KEY", KEY), response);

      assertThat(run.exitValue()).as(run.err()).isZero();
      JsonNode answer = Json.mapper().readTree(response(Files.readString(response)));
      assertThat(answer.get("statusCode").asInt()).as(run.out()).isEqualTo(200);
      String all = run.out() + run.err();
      Files.writeString(Path.of("target/lambda-json-logs.txt"), all); // README's excerpt comes from here
      List<JsonNode> lines = new ArrayList<>();
      for (String line : all.split("\n")) {
        if (!line.isBlank()) {
          lines.add(Json.mapper().readTree(line)); // every line is one JSON object
        }
      }
      assertThat(lines).allSatisfy(line -> assertThat(line.isObject()).isTrue())
          .allSatisfy(line -> assertThat(line.hasNonNull("level")).as(line.toString()).isTrue())
          .allSatisfy(line -> assertThat(line.hasNonNull("message")).as(line.toString()).isTrue());

      // The request's lines carry its id, and the model client's lines the article, provider and model.
      List<JsonNode> request =
          lines.stream().filter(l -> "lambda-jar-it".equals(l.path("requestId").asText())).toList();
      assertThat(request).anySatisfy(l -> {
        assertThat(l.path("logger").asText()).isEqualTo("io.kurzfassung.summary.llm.RepairingSummarizer");
        assertThat(l.path("articleId").asText()).isEqualTo(SAMPLE_ID);
        assertThat(l.path("provider").asText()).isEqualTo("openai");
        assertThat(l.path("model").asText()).isEqualTo("gpt-4o-mini");
      });

      List<JsonNode> emf = lines.stream().filter(l -> l.has("_aws")).toList();
      JsonNode doc = emf.stream().filter(l -> l.has("Summaries")).collect(onlyOne());
      JsonNode directive = doc.at("/_aws/CloudWatchMetrics/0");
      assertThat(directive.path("Namespace").asText()).isEqualTo("kurzfassung-it");
      assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\",\"Provider\"]]");
      assertThat(directive.findValuesAsText("Name")).containsExactly("Summaries", "ModelLatency", "InputTokens",
          "OutputTokens", "Repairs", "Fallbacks", "ModelErrors", "ArticleCharacters", "StorageConflicts",
          "SkippedRedeliveries");
      assertThat(doc.path("Function").asText()).isEqualTo("kurzfassung-ApiFunction");
      assertThat(doc.path("Provider").asText()).isEqualTo("openai");
      assertThat(doc.path("Summaries").asInt()).isEqualTo(1);
      assertThat(doc.path("Repairs").asInt()).isEqualTo(1);
      assertThat(doc.path("Fallbacks").asInt()).isEqualTo(1);
      assertThat(doc.path("FallbackReason").asText()).isEqualTo("Rejected");
      assertThat(doc.at("/_aws/CloudWatchMetrics/1/Dimensions").toString())
          .isEqualTo("[[\"Function\",\"Provider\",\"FallbackReason\"]]");
      assertThat(doc.path("InputTokens").asInt()).isEqualTo(2 * 812);
      assertThat(doc.path("OutputTokens").asInt()).isEqualTo(2 * 143);
      assertThat(doc.path("ModelLatency").asLong()).isGreaterThanOrEqualTo(0);
      assertThat(doc.path("ModelErrors").asInt()).isEqualTo(1);
      assertThat(doc.path("ArticleCharacters").asInt()).isGreaterThan(1000);
      assertThat(doc.path("StorageConflicts").asInt()).isZero();
      assertThat(doc.path("SkippedRedeliveries").asInt()).isZero();
      assertThat(doc.path("requestId").asText()).isEqualTo("lambda-jar-it");
      assertThat(doc.path("articleId").asText()).isEqualTo(SAMPLE_ID);
      assertThat(doc.path("outcome").asText()).isEqualTo("fallback");
      JsonNode errors = emf.stream().filter(l -> l.has("ErrorType")).collect(onlyOne());
      assertThat(errors.path("ErrorType").asText()).isEqualTo("RateLimited");
      assertThat(errors.path("ModelErrors").asInt()).isEqualTo(1);
      // Priming summarised too, but reports no metrics: one summarisation, one document.
      assertThat(emf).hasSize(2);

      // Never the article's text, the prompt, the model's answer or the key.
      String article = Files.readString(Path.of("events/putin-olympia.de.txt"));
      assertThat(all).doesNotContain(KEY).doesNotContain(NOT_AN_ANSWER).doesNotContain("Fließtext");
      for (String sentence : article.split("(?<=[.!?])\\s+")) {
        if (sentence.length() > 40) {
          assertThat(all).doesNotContain(sentence.substring(0, 40));
        }
      }
      assertThat(openAi.findAll(postRequestedFor(urlEqualTo(chat)))).hasSize(3);
    } finally {
      openAi.stop();
    }
  }

  private static String openAiAnswer(String content) {
    var root = Json.mapper().createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
        .put("created", 1_700_000_000).put("model", "gpt-4o-mini");
    var choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", content);
    root.putObject("usage").put("prompt_tokens", 812).put("completion_tokens", 143).put("total_tokens", 955);
    return root.toString();
  }

  private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
    return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
      assertThat(list).hasSize(1);
      return list.get(0);
    });
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
    Run run = run(handler, event, Map.of("LLM_PROVIDER", "extractive"), null);
    assertThat(run.exitValue()).as(run.err()).isZero();
    return run.out();
  }

  /** What a run wrote to standard output and standard error, and how it ended. */
  record Run(String out, String err, int exitValue) {}

  /**
   * Runs the handler with the S3 server's variables and the given ones; with a response file, the response goes
   * there and standard output holds only what the function wrote.
   */
  private static Run run(String handler, String event, Map<String, String> env, Path responseFile) throws Exception {
    Path serialization = Path.of(LambdaEventSerializers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ProcessBuilder process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", LAMBDA_JAR + java.io.File.pathSeparator + serialization,
        "src/test/resources/lambda-jar/RunFunction.java", handler, event);
    if (responseFile != null) {
      process.command().add(responseFile.toString());
    }
    process.environment().putAll(s3.environment());
    process.environment().putAll(env);
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
    return new Run(out, stderr.toString(StandardCharsets.UTF_8), p.exitValue());
  }
}
