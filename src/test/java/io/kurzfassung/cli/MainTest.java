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
  void should_print_the_projects_version_from_the_pom() {
    String expected = System.getProperty("kurzfassung.expectedVersion");
    assertThat(expected).as("the build passes the pom's version to the tests").isNotBlank();
    StringWriter out = new StringWriter();

    int code = Main.run(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(out.toString().strip()).isEqualTo("kurzfassung " + expected);
  }
}
