package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.eval.EvalItem;
import io.kurzfassung.eval.EvalSetConverterTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDataCommandTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void should_convert_a_release_that_eval_then_reads() throws Exception {
    Path set = dir.resolve("mlsum.jsonl");

    int code = run("eval-data", "convert", "--from", "mlsum", EvalSetConverterTest.fixture(dir, "release.jsonl").toString(),
        set.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("wrote 2 items to " + set).contains("1 articles without text skipped");
    assertThat(EvalItem.read(set)).hasSize(2).allMatch(EvalItem::hasReference);
  }

  @Test
  void should_say_that_10kgnad_has_no_summaries() throws Exception {
    Path set = dir.resolve("gnad.jsonl");

    int code = run("eval-data", "convert", "--from", "10kgnad", EvalSetConverterTest.fixture(dir, "labelled.csv").toString(),
        set.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("wrote 3 items").contains("10kGNAD has no summaries");
  }

  @Test
  void should_exit_2_for_an_unknown_source() {
    assertThat(run("eval-data", "convert", "--from", "cnn", "in.jsonl", dir.resolve("out.jsonl").toString()))
        .isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("error: unknown source \"cnn\": use mlsum, 20min or 10kgnad");
  }

  @Test
  void should_exit_2_and_write_nothing_when_the_release_is_missing() {
    Path set = dir.resolve("out.jsonl");

    assertThat(run("eval-data", "convert", "--from", "20min", dir.resolve("none.json").toString(), set.toString()))
        .isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString()).startsWith("error: cannot read").contains("no such file");
    assertThat(Files.exists(set)).isFalse();
  }

  @Test
  void should_exit_2_without_a_subcommand() {
    assertThat(run("eval-data")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString()).contains("missing command: convert");
  }

  @Test
  void should_show_help_naming_the_sources() {
    assertThat(run("eval-data", "convert", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: kurzfassung eval-data convert").contains("--from=mlsum|20min|10kgnad");
  }
}
