package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.document.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {

  private static final String SAMPLE = "events/putin-olympia.de.txt";
  private static final String BODY = "Der Bundestag hat am 4. Februar mit großer Mehrheit ein neues Gesetz beschlossen. "
      + "Es soll ab dem 1. Januar 2027 gelten und betrifft rund 3.000 Unternehmen in ganz Deutschland. "
      + "Die Opposition kritisierte den Entwurf als übereilt und kündigte eine Klage in Karlsruhe an.";

  @TempDir
  Path dir;

  record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Path store() {
    return dir.resolve("summaries");
  }

  private long storedFiles() throws Exception {
    if (!Files.exists(store())) {
      return 0;
    }
    try (Stream<Path> files = Files.list(store())) {
      return files.count();
    }
  }

  @Test
  void should_print_and_store_the_document_for_the_sample() throws Exception {
    Result r = run("summarize", "--store", store().toString(), SAMPLE);

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode doc = Json.mapper().readTree(r.out());
    assertThat(doc.get("summary").asText()).isNotBlank();
    assertThat(doc.get("keyFacts").size()).isGreaterThanOrEqualTo(3);
    assertThat(doc.get("article").get("source").asText()).isEqualTo("site-30");
    assertThat(doc.get("summary").asText() + doc.get("keyFacts")).doesNotContain("site-30");
    assertThat(store().resolve("articles/" + doc.get("id").asText() + ".json")).exists();
  }

  @Test
  void should_print_readable_german_text_with_bullets() {
    Result r = run("summarize", "--store", "none", "--format", "text", SAMPLE);

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Wladimir Putin nimmt an der Eröffnung").contains("Zusammenfassung\n", "Kernfakten\n", "\n• ");
  }

  @Test
  void should_print_json_lines_for_several_inputs() throws Exception {
    Path second = Files.writeString(dir.resolve("b.txt"), "Neues Gesetz | Politik\n\n" + BODY);

    Result r = run("summarize", "--store", "none", SAMPLE, second.toString());

    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(Json.mapper().readTree(lines.get(1)).get("article").get("title").asText()).isEqualTo("Neues Gesetz");
  }

  @Test
  void should_read_stdin_for_dash() throws Exception {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(("Neues Gesetz | Politik\n\n" + BODY).getBytes(StandardCharsets.UTF_8)));
    try {
      Result r = run("summarize", "--store", "none", "-");

      assertThat(r.code()).isZero();
      assertThat(Json.mapper().readTree(r.out()).get("article").get("topic").asText()).isEqualTo("Politik");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void should_exit_2_with_one_error_line_and_store_nothing_for_a_missing_file() throws Exception {
    Result r = run("summarize", "--store", store().toString(), SAMPLE, dir.resolve("nope.txt").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1).first().asString().startsWith("error: cannot read").endsWith("no such file");
    assertThat(storedFiles()).isZero();
  }

  @Test
  void should_exit_2_with_one_error_line_for_each_kind_of_bad_input() throws Exception {
    byte[][] inputs = {
        new byte[0],
        "   \n\n  ".getBytes(StandardCharsets.UTF_8),
        {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d},
        "Titel\n\nZu kurz.".getBytes(StandardCharsets.UTF_8),
        "{\"title\": \"x\", ".getBytes(StandardCharsets.UTF_8),
    };
    String[] expected = {"article is empty", "article is empty", "input is binary", "too short to summarise", "malformed JSON"};
    for (int i = 0; i < inputs.length; i++) {
      Path file = Files.write(dir.resolve("bad" + i), inputs[i]);

      Result r = run("summarize", "--store", store().toString(), file.toString());

      assertThat(r.code()).as(expected[i]).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).hasSize(1).first().asString().startsWith("error: ").contains(expected[i]);
    }
    assertThat(storedFiles()).isZero();
  }

  @Test
  void should_exit_2_naming_the_limit_for_a_too_long_article() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), "Titel\n\n" + (BODY + " ").repeat(1500));

    Result r = run("summarize", "--store", store().toString(), big.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1).first().asString().contains("limit of 200000");
    assertThat(storedFiles()).isZero();
  }

  @Test
  void should_show_stack_trace_only_with_debug() throws Exception {
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);

    assertThat(run("summarize", "--store", "none", empty.toString()).err()).doesNotContain("\tat ");
    assertThat(run("--debug", "summarize", "--store", "none", empty.toString()).err()).contains("\tat ");
  }

  @Test
  void should_exit_2_as_a_configuration_error_when_the_provider_needs_a_key_and_none_is_set() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("LLM_API_KEY") == null && System.getenv("LLM_API_KEY_SECRET") == null);
    Result r = run("summarize", "--store", "none", "--provider", "anthropic", SAMPLE);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("LLM_API_KEY");
  }

  @Test
  void should_exit_2_for_usage_errors() {
    assertThat(run("summarize").code()).isEqualTo(2);
    assertThat(run("summarize", "--format", "xml", SAMPLE).code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void should_summarise_a_jsonl_batch_in_order_and_carry_on_past_bad_lines() throws Exception {
    String good1 = Json.write(java.util.Map.of("id", "a-1", "title", "Erstes Gesetz", "text", BODY));
    String good2 = Json.write(java.util.Map.of("id", "a-3", "title", "Drittes Gesetz", "text", BODY + " Und noch ein Satz dazu."));
    Path batch = Files.writeString(dir.resolve("batch.jsonl"),
        good1 + "\n{\"id\":\"a-2\",\"title\":\"Kaputt\",\"text\":\"zu kurz\"}\n{broken\n" + good2 + "\n");

    Result r = run("summarize", "--store", store().toString(), "--jsonl", batch.toString());

    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(Json.mapper().readTree(lines.get(0)).get("article").get("title").asText()).isEqualTo("Erstes Gesetz");
    JsonNode bad = Json.mapper().readTree(lines.get(1));
    assertThat(bad.get("id").asText()).isEqualTo("a-2");
    assertThat(bad.get("error").get("message").asText()).contains("too short");
    assertThat(Json.mapper().readTree(lines.get(2)).get("id").asText()).isEqualTo("line-3");
    assertThat(Json.mapper().readTree(lines.get(3)).get("article").get("title").asText()).isEqualTo("Drittes Gesetz");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1).first().asString().startsWith("error: 2 of 4 articles failed");
    assertThat(storedFiles()).isEqualTo(2);
  }

  @Test
  void should_draw_the_batch_progress_bar_only_when_stderr_is_a_terminal() {
    StringWriter shown = new StringWriter();
    SummarizeCommand.Progress bar = new SummarizeCommand.Progress(new PrintWriter(shown), 2, true);
    bar.step();
    bar.step();
    bar.finish();
    StringWriter hidden = new StringWriter();
    SummarizeCommand.Progress none = new SummarizeCommand.Progress(new PrintWriter(hidden), 2, false);
    none.step();
    none.finish();

    assertThat(shown.toString()).contains("\r[###############               ] 1/2", "\r[" + "#".repeat(30) + "] 2/2").endsWith("\n");
    assertThat(hidden.toString()).isEmpty();
    // The test JVM's stderr is a pipe to the build tool, not a terminal.
    assertThat(SummarizeCommand.Progress.stderrIsTerminal()).isFalse();
  }

  @Test
  void should_tell_a_terminal_from_a_pipe_or_file_by_the_stderr_link() {
    assertThat(SummarizeCommand.Progress.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(SummarizeCommand.Progress.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(SummarizeCommand.Progress.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(SummarizeCommand.Progress.isTerminalDevice("/home/me/out.log")).isFalse();
    assertThat(SummarizeCommand.Progress.isTerminalDevice("/dev/null")).isFalse();
  }

  @Test
  void should_show_help_for_every_command() {
    for (String command : new String[] {"summarize", "eval", "invoke", "serve"}) {
      Result r = run(command, "--help");

      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage: kurzfassung " + command);
    }
    assertThat(run("help", "summarize").out()).contains("--jsonl");
  }

  @Test
  void should_report_a_usage_error_on_one_line_pointing_to_help() {
    Result r = run("summarize", "--format", "xml", SAMPLE);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1).first().asString()
        .startsWith("error: ").endsWith("(see: kurzfassung summarize --help)");
  }

  @Test
  void should_name_the_file_whose_content_is_bad() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

    Result r = run("summarize", "--store", "none", SAMPLE, empty.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("error: " + empty + ": article is empty");
  }

  @Test
  void should_refuse_stdin_twice_and_an_empty_batch() throws Exception {
    Path batch = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");

    assertThat(run("summarize", "-", "-").errLines()).containsExactly("error: - (stdin) can be given only once");
    Result r = run("summarize", "--store", "none", "--jsonl", batch.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("error: batch " + batch + " has no articles");
  }

  @Test
  void should_name_the_model_in_text_output() {
    Result r = run("summarize", "--store", "none", "--format", "text", SAMPLE);

    assertThat(r.out()).contains("\nModell: extractive textrank-de\n");
  }

  @Test
  void should_exit_2_for_an_english_article_with_the_extractive_model() throws Exception {
    Path english = Files.writeString(dir.resolve("en.txt"), "Putin to attend Beijing Olympics | Putin\n\n"
        + "Vladimir Putin has confirmed that he will attend the opening of the Winter Olympics in Beijing. "
        + "Boris Johnson and other Western leaders are boycotting the event over human rights abuses in China. "
        + "Putin made the promise during a video call with the Chinese leader Xi Jinping.");

    Result r = run("summarize", "--store", store().toString(), english.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1).first().asString().startsWith("error: " + english + ": article is in English (en)");
    assertThat(storedFiles()).isZero();
  }

  private Path english() throws Exception {
    return Files.writeString(dir.resolve("en.txt"), "Putin to attend Beijing Olympics | Putin\n\n"
        + "Vladimir Putin has confirmed that he will attend the opening of the Winter Olympics in Beijing. "
        + "Boris Johnson and other Western leaders are boycotting the event over human rights abuses in China. "
        + "Putin made the promise during a video call with the Chinese leader Xi Jinping.");
  }

  @Test
  void should_refuse_an_english_article_among_german_ones_before_printing_or_storing_any() throws Exception {
    Path english = english();

    Result r = run("summarize", "--store", store().toString(), SAMPLE, english.toString(), SAMPLE);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1).first().asString()
        .startsWith("error: " + english + ": article is in English (en)");
    assertThat(storedFiles()).isZero();
  }

  @Test
  void should_leave_a_non_german_article_to_a_language_model_instead_of_refusing_it_up_front() throws Exception {
    Path english = english();
    var article = new io.kurzfassung.article.ArticleParser(200_000).parse(Files.readAllBytes(english));
    var openai = io.kurzfassung.config.Config.from(java.util.Map.of("LLM_PROVIDER", "openai"));
    var extractive = io.kurzfassung.config.Config.from(java.util.Map.of());

    assertThat(SummarizeCommand.summarisable(article, openai)).isSameAs(article);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SummarizeCommand.summarisable(article, extractive))
        .isInstanceOf(io.kurzfassung.article.UnsupportedLanguageException.class);
  }

  @Test
  void should_name_the_file_each_document_came_from_as_given() throws Exception {
    Path second = Files.writeString(dir.resolve("b.txt"), "Neues Gesetz | Politik\n\n" + BODY);

    Result r = run("summarize", "--store", store().toString(), SAMPLE, second.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(Json.mapper().readTree(lines.get(0)).get("article").get("ref").asText()).isEqualTo(SAMPLE);
    assertThat(Json.mapper().readTree(lines.get(1)).get("article").get("ref").asText()).isEqualTo(second.toString());
    String id = Json.mapper().readTree(lines.get(0)).get("id").asText();
    assertThat(Json.mapper().readTree(store().resolve("articles/" + id + ".json").toFile()).get("article").get("ref").asText())
        .isEqualTo(SAMPLE);
  }

  @Test
  void should_name_stdin_as_dash_in_the_document() throws Exception {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(("Neues Gesetz | Politik\n\n" + BODY).getBytes(StandardCharsets.UTF_8)));
    try {
      Result r = run("summarize", "--store", "none", "-");

      assertThat(Json.mapper().readTree(r.out()).get("article").get("ref").asText()).isEqualTo("-");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void should_carry_each_batch_lines_id_into_its_document() throws Exception {
    String byString = Json.write(java.util.Map.of("id", "art-7", "title", "Erstes Gesetz", "text", BODY));
    String byNumber = Json.write(java.util.Map.of("id", 42, "title", "Zweites Gesetz", "text", BODY + " Noch ein Satz."));
    String without = Json.write(java.util.Map.of("title", "Drittes Gesetz", "text", BODY + " Und ein anderer Satz."));
    Path batch = Files.writeString(dir.resolve("ids.jsonl"), byString + "\n" + byNumber + "\n" + without + "\n");

    Result r = run("summarize", "--store", "none", "--jsonl", batch.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(Json.mapper().readTree(lines.get(0)).get("article").get("ref").asText()).isEqualTo("art-7");
    assertThat(Json.mapper().readTree(lines.get(1)).get("article").get("ref").asText()).isEqualTo("42");
    assertThat(Json.mapper().readTree(lines.get(2)).get("article").get("ref").isNull()).isTrue();
  }

  @Test
  void should_report_a_numeric_text_in_a_batch_line_as_the_api_does() throws Exception {
    Path batch = Files.writeString(dir.resolve("num.jsonl"), "{\"id\":\"n-1\",\"title\":\"Zahl\",\"text\":12345}\n");

    Result r = run("summarize", "--store", "none", "--jsonl", batch.toString());

    assertThat(r.code()).isEqualTo(2);
    JsonNode error = Json.mapper().readTree(r.out()).get("error");
    assertThat(error.get("message").asText()).isEqualTo("field \"text\" must be a string, was a number");
    // The same words as a JSON article over HTTP (or a file) gets from the parser.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new io.kurzfassung.article.ArticleParser(200_000)
            .parse("{\"title\":\"Zahl\",\"text\":12345}", io.kurzfassung.article.ArticleParser.Format.JSON))
        .hasMessage(error.get("message").asText());
  }

  @Test
  void should_refuse_an_object_id_in_a_batch_line_and_echo_it_as_given() throws Exception {
    String line = "{\"id\":{\"source\":\"feed\",\"n\":3},\"title\":\"Gesetz\",\"text\":\"" + BODY + "\"}";
    Path batch = Files.writeString(dir.resolve("objid.jsonl"), line + "\n");

    Result r = run("summarize", "--store", store().toString(), "--jsonl", batch.toString());

    assertThat(r.code()).isEqualTo(2);
    JsonNode out = Json.mapper().readTree(r.out());
    assertThat(out.get("id")).isEqualTo(Json.mapper().readTree("{\"source\":\"feed\",\"n\":3}"));
    assertThat(out.get("error").get("message").asText())
        .isEqualTo("line 1: field \"id\" must be a string or a number, was an object");
    assertThat(storedFiles()).isZero();
  }

  @Test
  void should_refuse_format_text_with_a_batch_as_a_usage_error() throws Exception {
    Path batch = Files.writeString(dir.resolve("one.jsonl"),
        Json.write(java.util.Map.of("id", "a", "title", "Gesetz", "text", BODY)) + "\n");

    Result r = run("summarize", "--store", store().toString(), "--format", "text", "--jsonl", batch.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly(
        "error: --format text cannot be used with --jsonl: a batch writes one JSON document or error object per line");
    assertThat(storedFiles()).isZero();
  }
}
