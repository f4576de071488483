package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void should_report_a_stack_overflow_as_one_error_line_and_bad_input() {
    StringWriter err = new StringWriter();
    int code = Main.fatal(new StackOverflowError(), new PrintWriter(err));
    assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(err.toString().lines().toList())
        .containsExactly("error: the input is nested too deeply to process (StackOverflowError)");
  }

  @Test
  void should_report_running_out_of_memory_as_one_error_line_and_exit_1() {
    StringWriter err = new StringWriter();
    int code = Main.fatal(new OutOfMemoryError("Java heap space"), new PrintWriter(err));
    assertThat(code).isEqualTo(Main.EXIT_UNEXPECTED);
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .startsWith("error: out of memory while processing the input");
  }

  @Test
  void should_report_failed_uploads_by_the_first_failure_not_as_unexpected() {
    var missing = new io.kurzfassung.storage.StorageException(
        "cannot read s3://kurzfassung-local/incoming/a.txt: The specified key does not exist.", null);
    var one = new io.kurzfassung.local.FunctionFailedException("UploadFunction",
        new io.kurzfassung.lambda.UploadsFailedException(java.util.List.of("incoming/a.txt"), 1, missing));
    var two = new io.kurzfassung.lambda.UploadsFailedException(java.util.List.of("incoming/a.txt", "incoming/b.txt"),
        3, new io.kurzfassung.article.ArticleException("article is empty"));

    assertThat(Main.message(one)).isEqualTo("UploadFunction failed: incoming/a.txt: cannot read"
        + " s3://kurzfassung-local/incoming/a.txt: The specified key does not exist.");
    assertThat(Main.exitCode(one)).isEqualTo(Main.EXIT_STORAGE);
    assertThat(Main.message(two)).isEqualTo("2 uploads (incoming/a.txt, incoming/b.txt), the first: article is empty");
    assertThat(Main.exitCode(two)).isEqualTo(Main.EXIT_BAD_INPUT);
  }

  @Test
  void should_report_a_rejected_backfill_item_as_bad_input_not_as_unexpected() {
    var rejected = new io.kurzfassung.local.FunctionFailedException("BackfillFunction",
        new io.kurzfassung.lambda.ArticleRejectedException("archive/a.txt", "article is empty",
            "summaries/failures/objects/archive/a.txt.json"));

    assertThat(Main.exitCode(rejected)).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(Main.message(rejected)).isEqualTo("BackfillFunction failed: archive/a.txt: article is empty"
        + " (recorded in summaries/failures/objects/archive/a.txt.json)");
  }

  @Test
  void should_print_the_projects_version_from_the_pom() {
    String expected = System.getProperty("kurzfassung.expectedVersion");
    assertThat(expected).as("the build passes the pom's version to the tests").isNotBlank();
    StringWriter out = new StringWriter();

    int code = Main.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(out.toString().strip()).isEqualTo("kurzfassung " + expected);
  }
}
