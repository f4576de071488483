package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.document.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code eval} on {@code src/test/resources/eval/set.jsonl}, three invented articles written for the test: one
 * with a reference and key points, one with a reference only, one without a reference. One optional test reads the
 * public set in {@code ../shared/eval} and skips when it is absent.
 */
class EvalCommandTest {

  private static final Path SHARED_MLSUM = Path.of("../shared/eval/mlsum_de_public.jsonl");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  static String fixture(String name) {
    try {
      return Path.of(Objects.requireNonNull(EvalCommandTest.class.getResource("/eval/" + name), name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode json() throws Exception {
    return Json.mapper().readTree(out.toString());
  }

  @Test
  void should_print_a_table_with_system_baselines_key_fact_checks_key_points_and_throughput() {
    int code = run("eval", fixture("set.jsonl"));

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("eval set.jsonl: 3 articles")
        .contains("extractive textrank-de")
        .contains("budget 80 words")
        .contains("ROUGE F1 in % (over the 2 articles with a reference)")
        .contains("lead, same length")
        .contains("lead-3")
        .contains("facts per article")
        .contains("share German")
        .contains("share grounded")
        .containsPattern("key facts: contained in the summary \\d+\\.\\d %, "
            + "opening with an unresolved reference \\d+\\.\\d %, trimmed \\d+\\.\\d %")
        .containsPattern("summary sentences opening with an unresolved reference \\d+\\.\\d %")
        .contains("key facts vs human key points (1 articles)")
        .contains("throughput:")
        .contains("no stemming");
  }

  @Test
  void should_print_json_with_stemming_and_the_key_fact_shares() throws Exception {
    int code = run("eval", fixture("set.jsonl"), "--json", "--stem");

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = json();
    assertThat(report.get("articles").asInt()).isEqualTo(3);
    assertThat(report.get("failed").asInt()).isZero();
    assertThat(report.get("referenceArticles").asInt()).isEqualTo(2);
    assertThat(report.get("maxWords").asInt()).isEqualTo(80);
    assertThat(report.get("stemmed").asBoolean()).isTrue();
    assertThat(report.get("system").get("rouge1").asDouble()).isPositive();
    assertThat(report.get("leadSameLength").get("rougeL").asDouble()).isPositive();
    assertThat(report.get("leadSentences").get("rouge1").asDouble()).isPositive();
    assertThat(report.get("leadSentencesWords").asDouble()).isBetween(1.0, 80.0);
    assertThat(report.get("keyPointF1").asDouble()).isPositive();
    assertThat(report.get("keyPointArticles").asInt()).isEqualTo(1);
    assertThat(report.get("factsPerArticle").asDouble()).isGreaterThanOrEqualTo(1);
    assertThat(report.get("articlesPerSecond").asDouble()).isPositive();
    for (String share : List.of("shareFactsContained", "shareFactsUnresolved", "shareSummarySentencesUnresolved",
        "shareFactsTrimmed")) {
      assertThat(report.get(share)).as(share).isNotNull();
      assertThat(report.get(share).asDouble()).as(share).isBetween(0.0, 100.0);
    }
  }

  @Test
  void should_summarise_at_the_budget_given_by_max_words_and_cut_the_lead_to_the_same_length() throws Exception {
    int code = run("eval", fixture("set.jsonl"), "--json", "--max-words", "25");

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = json();
    assertThat(report.get("maxWords").asInt()).isEqualTo(25);
    assertThat(report.get("summaryWords").asDouble()).isPositive().isLessThanOrEqualTo(25);

    out.getBuffer().setLength(0);
    run("eval", fixture("set.jsonl"), "--json");
    assertThat(json().get("summaryWords").asDouble()).isGreaterThan(report.get("summaryWords").asDouble());
  }

  @Test
  void should_exit_2_when_max_words_is_out_of_range() {
    assertThat(run("eval", fixture("set.jsonl"), "--max-words", "5")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("--max-words must be between 20 and 400, was 5");
  }

  @Test
  void should_report_no_rouge_for_a_set_without_references() throws Exception {
    Path file = dir.resolve("no-reference.jsonl");
    Files.writeString(file, Files.readAllLines(Path.of(fixture("set.jsonl"))).getLast() + "\n");

    assertThat(run("eval", file.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("no reference summaries in the set: ROUGE not computed")
        .contains("key facts: contained in the summary").doesNotContain("lead-3");

    out.getBuffer().setLength(0);
    assertThat(run("eval", file.toString(), "--json")).isZero();
    JsonNode report = json();
    assertThat(report.get("referenceArticles").asInt()).isZero();
    assertThat(report.get("system").isNull()).isTrue();
    assertThat(report.get("factsPerArticle").asDouble()).isPositive();
  }

  @Test
  void should_exit_2_when_the_file_is_missing() {
    assertThat(run("eval", dir.resolve("missing.jsonl").toString())).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void should_exit_2_and_name_the_line_when_a_line_is_broken() throws Exception {
    Path file = dir.resolve("broken.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"text\":\"a\",\"summary\":\"b\"}\n{not json\n");
    assertThat(run("eval", file.toString())).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("line 2");
  }

  @Test
  void should_exit_2_and_name_the_line_when_a_line_has_no_text() throws Exception {
    Path file = dir.resolve("no-text.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"summary\":\"b\"}\n");
    assertThat(run("eval", file.toString())).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("line 1 needs the field \"text\"");
  }

  /** Optional: the public MLSUM sample, read from ../shared at run time and never copied into the repository. */
  @Test
  void should_evaluate_the_shared_public_set_when_present() throws Exception {
    assumeTrue(Files.exists(SHARED_MLSUM), "../shared/eval is not available");

    int code = run("eval", SHARED_MLSUM.toString(), "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = json();
    assertThat(report.get("articles").asInt()).isEqualTo(100);
    assertThat(report.get("failed").asInt()).isZero();
    assertThat(report.get("referenceArticles").asInt()).isEqualTo(100);
    assertThat(report.get("lead3").get("rouge1").asDouble()).isPositive();
    assertThat(report.get("summaryWords").asDouble()).isLessThanOrEqualTo(80);
    assertThat(report.get("shareFactsContained").asDouble()).isBetween(0.0, 100.0);
  }
}
