package io.kurzfassung.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kurzfassung.config.Observability;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Embedded Metric Format documents: the dimension sets the template's alarms expect, every metric, no text. */
class EmfMetricsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final EmfMetrics metrics = new EmfMetrics("kurzfassung-test", "kurzfassung-ApiFunction",
      () -> new PrintStream(out, true, StandardCharsets.UTF_8),
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @AfterEach
  void forget() {
    LogContext.request(null);
  }

  List<JsonNode> lines() throws Exception {
    var nodes = new java.util.ArrayList<JsonNode>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  static Summarisation summarisation(Summarisation.Outcome outcome, String fallbackReason,
      Map<String, Integer> errors, boolean conflict) {
    return new Summarisation(outcome, "6ecb7e9e41cd9c38", "openai", "gpt-4o-mini", 3141, 2, 840, 1624, 286, 1,
        fallbackReason, errors, null, conflict);
  }

  @Test
  void should_write_one_document_with_every_metric_under_function_and_provider() throws Exception {
    LogContext.request("req-1");
    metrics.record(summarisation(Summarisation.Outcome.SUMMARISED, null, Map.of(), false));

    assertThat(lines()).hasSize(1);
    JsonNode doc = lines().get(0);
    assertThat(doc.at("/_aws/Timestamp").asLong()).isEqualTo(1767225600000L);
    assertThat(doc.at("/_aws/CloudWatchMetrics")).hasSize(1);
    JsonNode directive = doc.at("/_aws/CloudWatchMetrics/0");
    assertThat(directive.path("Namespace").asText()).isEqualTo("kurzfassung-test");
    assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Function\",\"Provider\"]]");
    assertThat(directive.findValuesAsText("Name")).containsExactly("Summaries", "ModelLatency", "InputTokens",
        "OutputTokens", "Repairs", "Fallbacks", "ModelErrors", "ArticleCharacters", "StorageConflicts",
        "SkippedRedeliveries");
    assertThat(directive.at("/Metrics/1/Unit").asText()).isEqualTo("Milliseconds");
    assertThat(doc.path("Function").asText()).isEqualTo("kurzfassung-ApiFunction");
    assertThat(doc.path("Provider").asText()).isEqualTo("openai");
    assertThat(doc.path("Summaries").asInt()).isEqualTo(1);
    assertThat(doc.path("ModelLatency").asInt()).isEqualTo(840);
    assertThat(doc.path("InputTokens").asInt()).isEqualTo(1624);
    assertThat(doc.path("OutputTokens").asInt()).isEqualTo(286);
    assertThat(doc.path("Repairs").asInt()).isEqualTo(1);
    assertThat(doc.path("Fallbacks").asInt()).isZero();
    assertThat(doc.path("ArticleCharacters").asInt()).isEqualTo(3141);
    // And it is the summarisation's log line.
    assertThat(doc.path("level").asText()).isEqualTo("INFO");
    assertThat(doc.path("message").asText()).isEqualTo("summarised article 6ecb7e9e41cd9c38");
    assertThat(doc.path("requestId").asText()).isEqualTo("req-1");
    assertThat(doc.path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(doc.path("outcome").asText()).isEqualTo("summarised");
  }

  @Test
  void should_count_a_fallback_by_reason_and_model_errors_by_type() throws Exception {
    metrics.record(summarisation(Summarisation.Outcome.FALLBACK, "Rejected", Map.of("RateLimited", 2, "Timeout", 1),
        true));

    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(3);
    JsonNode doc = lines.get(0);
    assertThat(doc.path("Summaries").asInt()).isEqualTo(1);
    assertThat(doc.path("Fallbacks").asInt()).isEqualTo(1);
    assertThat(doc.path("ModelErrors").asInt()).isEqualTo(3);
    assertThat(doc.path("StorageConflicts").asInt()).isEqualTo(1);
    assertThat(doc.path("FallbackReason").asText()).isEqualTo("Rejected");
    assertThat(doc.at("/_aws/CloudWatchMetrics/1/Dimensions").toString())
        .isEqualTo("[[\"Function\",\"Provider\",\"FallbackReason\"]]");
    assertThat(doc.at("/_aws/CloudWatchMetrics/1").findValuesAsText("Name")).containsExactly("Fallbacks");
    assertThat(lines.subList(1, 3)).extracting(l -> l.path("ErrorType").asText() + "=" + l.path("ModelErrors").asInt())
        .containsExactlyInAnyOrder("RateLimited=2", "Timeout=1");
    assertThat(lines.get(1).at("/_aws/CloudWatchMetrics/0/Dimensions").toString())
        .isEqualTo("[[\"Function\",\"Provider\",\"ErrorType\"]]");
  }

  @Test
  void should_count_a_skipped_redelivery_but_no_summary_and_no_latency_without_calls() throws Exception {
    metrics.record(new Summarisation(Summarisation.Outcome.SKIPPED, "6ecb7e9e41cd9c38", "extractive", "textrank",
        3141, 0, 0, 0, 0, 0, null, Map.of(), null, false));

    JsonNode doc = lines().get(0);
    assertThat(doc.path("Summaries").asInt()).isZero();
    assertThat(doc.path("SkippedRedeliveries").asInt()).isEqualTo(1);
    assertThat(doc.has("ModelLatency")).isFalse();
    assertThat(doc.at("/_aws/CloudWatchMetrics/0").findValuesAsText("Name")).doesNotContain("ModelLatency");
  }

  @Test
  void should_report_a_failure_as_an_error_line_with_its_type() throws Exception {
    metrics.record(new Summarisation(Summarisation.Outcome.FAILED, "6ecb7e9e41cd9c38", "openai", "gpt-4o-mini",
        3141, 0, 0, 0, 0, 0, null, Map.of("Timeout", 3), "ModelTimeoutException", false));

    JsonNode doc = lines().get(0);
    assertThat(doc.path("level").asText()).isEqualTo("ERROR");
    assertThat(doc.path("Summaries").asInt()).isZero();
    assertThat(doc.path("errorType").asText()).isEqualTo("ModelTimeoutException");
    assertThat(doc.path("outcome").asText()).isEqualTo("failed");
  }

  @Test
  void should_write_metrics_only_inside_lambda() {
    assertThat(EmfMetrics.forLambda(Observability.from(Map.of()))).isSameAs(SummaryMetrics.NONE);
    assertThat(EmfMetrics.forLambda(Observability.from(Map.of("AWS_LAMBDA_FUNCTION_NAME", "f"))))
        .isInstanceOf(EmfMetrics.class);
  }
}
