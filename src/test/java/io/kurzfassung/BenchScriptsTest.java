package io.kurzfassung;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bench script finds its JDK the way {@code ./kurzfassung} and {@code .ci/run} do, through {@code bench/jdk.sh}
 * (issue 12, section 1): it sources that file before it runs Java or Maven, names no JDK path of its own and runs
 * no bare {@code java}, which may be an older one first on the PATH.
 */
class BenchScriptsTest {

  /** A command line that starts (after variable assignments) with a bare java or javac. */
  private static final Pattern BARE_JAVA = Pattern.compile("^\\s*(\\w+=\\S*\\s+)*(java|javac)\\s");

  static Stream<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bench"))) {
      List<Path> scripts = files.filter(f -> f.toString().endsWith(".sh"))
          .filter(f -> !f.getFileName().toString().equals("jdk.sh")).sorted().toList();
      assertThat(scripts).isNotEmpty();
      return scripts.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void should_find_the_jdk_through_bench_jdk_sh(Path script) throws IOException {
    List<String> lines = Files.readAllLines(script);
    int sourced = indexOf(lines, Pattern.compile("^\\s*\\.\\s+(\"?\\$\\w+\"?/)?bench/jdk\\.sh(\\s|$)"));
    int firstUse = indexOf(lines, Pattern.compile("\\$JAVA\\b|\\$\\{JAVA\\}|\\$JAVA_HOME|\\./mvnw"));

    assertThat(sourced).as("%s sources bench/jdk.sh", script).isNotNegative();
    assertThat(firstUse).as("%s runs Java or Maven", script).isGreaterThan(sourced);
    assertThat(lines).as("%s names no JDK path of its own", script)
        .noneMatch(line -> line.contains("/usr/lib/jvm") || line.matches("^\\s*(export\\s+)?JAVA_HOME=.*"));
    assertThat(lines).as("%s runs no bare java", script).noneMatch(line -> BARE_JAVA.matcher(line).find());
  }

  private static int indexOf(List<String> lines, Pattern pattern) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().startsWith("#") && pattern.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }
}
