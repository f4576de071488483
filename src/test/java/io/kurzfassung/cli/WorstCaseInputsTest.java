package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.text.SentenceSplitter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs of {@code bench/worst-case.sh}, at the default limit of 200,000 characters, through
 * {@code summarize --store none}: each gives a valid document without a repeated sentence, or the documented error.
 * The time they take is measured by the script, not here.
 */
class WorstCaseInputsTest {

  private static final int LIMIT = 200_000;
  private static final String TITLE = "Worst case\n\n";
  private static final String NEWS = "Die Regierung in Berlin hat am Montag ein neues Gesetz beschlossen.";
  private static final String BODY = "<h1>Worst case</h1><p>" + String.join(" ", Collections.nCopies(5, NEWS)) + "</p>";

  @TempDir
  Path dir;

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("sentences.txt", TITLE + String.join("\n", Collections.nCopies(16_000, "Er ist da.")), null),
        Arguments.of("paragraphs.txt", TITLE + String.join("\n\n", Collections.nCopies(8_000, "Die Regierung sagt ja.")),
            null),
        Arguments.of("no-sentence-end.txt", TITLE + repeat("die Regierung sagt ja und ", ""), null),
        Arguments.of("one-word.txt", TITLE + repeat("Regierung", " "), null),
        Arguments.of("empty-clauses.txt", TITLE + "Die Regierung in Berlin hat am Montag" + ", ".repeat(80_000)
            + String.join(" ", Collections.nCopies(25, "ein neues Gesetz beschlossen und alle sind froh")) + ".", null),
        // A run of dots or dashes inside a sentence: trimming trailing punctuation with a regular expression
        // backtracked over it quadratically (minutes).
        Arguments.of("dots.txt", TITLE + "Der Rat hat heute etwas beschlossen, " + ".".repeat(150_000) + "x "
            + String.join(" ", Collections.nCopies(30, "und die Stadt wartet auf")) + ".", null),
        Arguments.of("dashes.txt", TITLE + "Der Rat hat heute etwas Wichtiges " + "-".repeat(150_000)
            + "x beschlossen, " + String.join(" ", Collections.nCopies(30, "und die Stadt wartet auf")) + ".", null),
        // Every clause after a subordinate one is looked at for a main clause's verb.
        Arguments.of("subordinate-clauses.txt", TITLE + "Weil die Regierung in Berlin gewartet hat"
            + ", die Stadt".repeat(16_000) + ".", null),
        // Every clause after a relative clause is looked at for the rest of the main clause.
        Arguments.of("relative-clauses.txt", TITLE + "Aus diesem Grund stehen Neuer und ter Stegen"
            + ", die Köpke stets nennt, obenan auf der Liste".repeat(4_000)
            + " – einem der Ereignisse des Jahres: Sie stehen dort.", null),
        Arguments.of("credits.txt", TITLE + repeat("Der Rat tagt. Detailansicht öffnen Das Rathaus. (Foto: dpa) (Foto: ",
            ""), null),
        Arguments.of("nested-article.html",
            "<!doctype html><html><body>" + "<article>".repeat(30_000) + BODY + "</article>".repeat(30_000)
                + "</body></html>", null),
        Arguments.of("nested-div.html",
            "<!doctype html><html><body>" + "<div>".repeat(50_000) + BODY + "</div>".repeat(50_000) + "</body></html>",
            null),
        Arguments.of("deep.json", "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000)
            + ",\"title\":\"Worst case\",\"text\":\"" + String.join(" ", Collections.nCopies(5, NEWS)) + "\"}",
            "JSON article is nested more than 1000 levels deep"));
  }

  /** The unit repeated to fill the limit. */
  private static String repeat(String unit, String separator) {
    int n = (LIMIT - TITLE.length()) / (unit.length() + separator.length());
    return String.join(separator, Collections.nCopies(n, unit));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void should_give_a_valid_document_or_the_documented_error(String name, String content, String error)
      throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);

    SummarizeCommandTest.Result result = SummarizeCommandTest.run("summarize", "--store", "none", file.toString());

    if (error != null) {
      assertThat(result.code()).isEqualTo(Main.EXIT_BAD_INPUT);
      assertThat(result.errLines()).containsExactly("error: " + file + ": " + error);
      assertThat(result.out()).isEmpty();
      return;
    }
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode document = Json.mapper().readTree(result.out());
    assertThat(schema().validate(document)).isEmpty();
    List<String> sentences = SentenceSplitter.split(document.get("summary").asText());
    assertThat(sentences).isNotEmpty().doesNotHaveDuplicates();
    List<String> facts = new ArrayList<>();
    document.get("keyFacts").forEach(f -> facts.add(f.get("text").asText()));
    assertThat(facts).doesNotHaveDuplicates();
    if (name.endsWith(".html")) {
      assertThat(document.get("summary").asText()).startsWith(NEWS);
    }
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = SummaryDocument.class.getResourceAsStream("summary-document.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}
