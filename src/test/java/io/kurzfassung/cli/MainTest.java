package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

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
