package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.summary.Summarizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DirectInvokeHandlerTest {

  private static LocalS3 s3;
  private static DirectInvokeHandler handler;

  @BeforeAll
  static void startS3() throws Exception {
    s3 = LocalS3.start();
    handler = new DirectInvokeHandler(Kurzfassung.forLambda(s3.config(Map.of())));
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  private static LocalContext context() {
    return new LocalContext("SummarizeFunction", "req-1", Duration.ofSeconds(120), 1024,
        new PrintStream(OutputStream.nullOutputStream()));
  }

  @Test
  void should_answer_and_store_the_document_for_the_direct_event() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // A stream handler: the runtime passes the event file's bytes as they are.
    handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of("events/direct.json"))), out, context());

    SummaryDocument document = Json.readDocument(out.toByteArray());
    assertThat(document.id()).isEqualTo("6ecb7e9e41cd9c38");
    assertThat(document.article().title()).startsWith("Wladimir Putin");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"createdAt\" : \"20");
    assertThat(s3.exists("summaries/articles/6ecb7e9e41cd9c38.json")).isTrue();
  }

  @Test
  void should_fail_with_the_parser_message_when_the_article_has_no_text() {
    var in = new ByteArrayInputStream("{\"title\":\"Nur ein Titel\"}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> handler.handleRequest(in, new ByteArrayOutputStream(), context()))
        .isInstanceOf(ArticleException.class)
        .hasMessageContaining("\"text\"");
  }

  @Test
  void should_fail_as_too_long_before_parsing_an_oversized_event() {
    var small = new DirectInvokeHandler(Kurzfassung.forLambda(s3.config(Map.of("MAX_ARTICLE_CHARS", "1000"))));
    // Malformed JSON: parsing it would fail as malformed, not as too long.
    var in = new ByteArrayInputStream(("{\"title\": " + "x".repeat(500_000)).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> small.handleRequest(in, new ByteArrayOutputStream(), context()))
        .isInstanceOf(io.kurzfassung.article.ArticleTooLongException.class);
  }

  @Test
  void should_log_one_line_and_fail_without_a_stack_trace_when_the_summariser_overflows_its_stack()
      throws IOException {
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
    var handler = new DirectInvokeHandler(base.withService(new io.kurzfassung.SummarizeService(base.config(),
        overflowing, io.kurzfassung.storage.SummaryStore.NONE, java.time.Clock.systemUTC())));
    var context = new LocalContext("SummarizeFunction", "req-so", Duration.ofSeconds(120), 1024, System.err);
    var in = new ByteArrayInputStream(Files.readAllBytes(Path.of("events/direct.json")));

    // The function's log lines go through SLF4J to standard error (the text format) or standard output (JSON).
    String log = StandardStreams.capture(() -> assertThatThrownBy(
        () -> handler.handleRequest(in, new ByteArrayOutputStream(), context))
        .isInstanceOf(FunctionFailedException.class)
        .hasMessage("the function failed: StackOverflowError")
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty())
        .hasNoCause()).err();
    assertThat(log.strip())
        .contains("req-so").contains("java.lang.StackOverflowError").doesNotContain("\n").doesNotContain("\tat ");
  }
}
