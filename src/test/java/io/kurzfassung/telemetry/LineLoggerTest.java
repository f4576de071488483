package io.kurzfassung.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kurzfassung.lambda.StandardStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** The log lines: one JSON object per event in Lambda's JSON format, slf4j-simple's text line otherwise. */
class LineLoggerTest {

  @AfterEach
  void forget() {
    LogContext.request(null);
  }

  @Test
  void should_write_one_json_object_per_event_with_the_request_context_and_key_values() throws Exception {
    var logger = new LineLogger("io.kurzfassung.summary.llm.ModelCall", true, Level.INFO);
    LogContext.request("req-7");
    LogContext.article("6ecb7e9e41cd9c38", "openai", "gpt-4o-mini");

    String out = StandardStreams.capture(() -> {
      logger.warn("first line\nsecond \"quoted\" line {}", 42);
      logger.atInfo().addKeyValue("outcome", "summarised").log("done");
      logger.debug("not at INFO");
      logger.error("failed", new IllegalStateException("boom"));
    }).out();

    String[] lines = out.split("\n");
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    JsonNode warn = json.readTree(lines[0]);
    assertThat(warn.path("level").asText()).isEqualTo("WARN");
    assertThat(warn.path("message").asText()).isEqualTo("first line\nsecond \"quoted\" line 42");
    assertThat(warn.path("logger").asText()).isEqualTo("io.kurzfassung.summary.llm.ModelCall");
    assertThat(warn.path("requestId").asText()).isEqualTo("req-7");
    assertThat(warn.path("articleId").asText()).isEqualTo("6ecb7e9e41cd9c38");
    assertThat(warn.path("provider").asText()).isEqualTo("openai");
    assertThat(warn.path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(warn.path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(json.readTree(lines[1]).path("outcome").asText()).isEqualTo("summarised");
    JsonNode error = json.readTree(lines[2]);
    assertThat(error.path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(error.path("stackTrace").asText()).contains("boom").contains("LineLoggerTest");
  }

  @Test
  void should_write_slf4j_simples_text_line_to_standard_error_without_json() {
    var logger = new LineLogger("io.kurzfassung.lambda.S3ObjectCreatedHandler", false, Level.INFO);

    StandardStreams streams = StandardStreams.capture(() -> logger.info("summarised {}", "a.txt"));

    assertThat(streams.out()).isEmpty();
    assertThat(streams.err()).isEqualTo("[" + Thread.currentThread().getName()
        + "] INFO io.kurzfassung.lambda.S3ObjectCreatedHandler - summarised a.txt" + System.lineSeparator());
  }

  @Test
  void should_send_lines_from_the_redirects_level_to_its_sink_whatever_the_loggers_level() {
    var logger = new LineLogger("io.kurzfassung.lambda.SqsUploadHandler", false, Level.ERROR);
    java.util.List<String> lines = new java.util.ArrayList<>();

    StandardStreams streams;
    try (LineLogger.Restore restore = LineLogger.redirect(lines::add, false, Level.WARN)) {
      streams = StandardStreams.capture(() -> {
        logger.info("summarised a.txt");
        logger.warn("rejected b.txt", new IllegalStateException("no trace without --debug"));
        logger.atWarn().log("rejected c.txt");
        logger.error("failed d.txt");
      });
    }
    logger.warn("after the redirect: at the logger's level ERROR, dropped");

    String thread = "[" + Thread.currentThread().getName() + "] ";
    assertThat(lines).containsExactly(thread + "WARN io.kurzfassung.lambda.SqsUploadHandler - rejected b.txt",
        thread + "WARN io.kurzfassung.lambda.SqsUploadHandler - rejected c.txt",
        thread + "ERROR io.kurzfassung.lambda.SqsUploadHandler - failed d.txt");
    assertThat(streams.err()).isEmpty();
    assertThat(logger.isWarnEnabled()).isFalse();
  }

  @Test
  void should_be_the_slf4j_provider_of_the_process() {
    assertThat(LoggerFactory.getLogger("any")).isInstanceOf(LineLogger.class);
  }

  @Test
  void should_forget_the_previous_requests_context_when_a_request_starts() {
    LogContext.request("req-1");
    LogContext.article("a", "openai", "m");
    LogContext.request("req-2");
    assertThat(org.slf4j.MDC.getCopyOfContextMap()).containsOnlyKeys("requestId").containsValue("req-2");
  }
}
