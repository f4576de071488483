package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.document.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  private static final Path SHARED_MLSUM = Path.of("../shared/eval/mlsum_de_public.jsonl");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String line(String id, String title, String text, String summary, List<String> keyPoints) {
    var node = Json.mapper().createObjectNode();
    node.put("id", id).put("title", title).put("text", text).put("summary", summary);
    if (keyPoints != null) {
      keyPoints.forEach(node.putArray("key_points")::add);
    }
    return Json.write(node);
  }

  private Path synthetic() throws Exception {
    String a = "Der Stadtrat von Kassel hat am Dienstag den Bau einer neuen Brücke über die Fulda beschlossen. "
        + "Die Brücke soll 45 Millionen Euro kosten und im Jahr 2028 fertig sein. "
        + "Bürgermeister Sven Schoeller sprach von einem wichtigen Tag für die Stadt. "
        + "Die Opposition kritisierte die Kosten und forderte eine Bürgerbefragung. "
        + "Der Bau beginnt nach Angaben der Verwaltung im kommenden Frühjahr.";
    String b = "In Hamburg ist am Wochenende ein neues Museum für Schifffahrt eröffnet worden. "
        + "Mehr als 5000 Menschen besuchten die Ausstellung schon am ersten Tag. "
        + "Das Museum zeigt Modelle, Karten und Fundstücke aus drei Jahrhunderten. "
        + "Die Direktorin Maria Jansen zeigte sich sehr zufrieden mit dem Start. "
        + "Der Eintritt kostet zwölf Euro, für Kinder ist er frei.";
    Path file = dir.resolve("set.jsonl");
    Files.writeString(file, line("a", "Kassel baut neue Brücke", a, "Kassel baut für 45 Millionen Euro eine neue Brücke über die Fulda.",
        List.of("Kassel baut eine neue Brücke.", "Die Brücke kostet 45 Millionen Euro."))
        + "\n\n" + line("b", "", b, "In Hamburg hat ein Schifffahrtsmuseum eröffnet.", null) + "\n");
    return file;
  }

  @Test
  void should_print_a_table_with_system_baselines_key_points_and_throughput() throws Exception {
    int code = run("eval", synthetic().toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("eval set.jsonl: 2 articles")
        .contains("extractive textrank-de")
        .contains("lead, same length")
        .contains("lead-3")
        .contains("facts per article")
        .contains("share German")
        .contains("share grounded")
        .contains("key facts vs human key points (1 articles)")
        .contains("throughput:")
        .contains("no stemming");
  }

  @Test
  void should_print_json_with_stemming_when_asked() throws Exception {
    int code = run("eval", synthetic().toString(), "--json", "--stem");

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = Json.mapper().readTree(out.toString());
    assertThat(report.get("articles").asInt()).isEqualTo(2);
    assertThat(report.get("failed").asInt()).isZero();
    assertThat(report.get("stemmed").asBoolean()).isTrue();
    assertThat(report.get("system").get("rouge1").asDouble()).isPositive();
    assertThat(report.get("leadSameLength").get("rougeL").asDouble()).isPositive();
    assertThat(report.get("keyPointF1").asDouble()).isPositive();
    assertThat(report.get("keyPointArticles").asInt()).isEqualTo(1);
    assertThat(report.get("factsPerArticle").asDouble()).isGreaterThanOrEqualTo(3);
    assertThat(report.get("articlesPerSecond").asDouble()).isPositive();
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
  void should_evaluate_the_shared_public_set_when_present() throws Exception {
    assumeTrue(Files.exists(SHARED_MLSUM), "../shared/eval is not available");

    int code = run("eval", SHARED_MLSUM.toString(), "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = Json.mapper().readTree(out.toString());
    assertThat(report.get("articles").asInt()).isEqualTo(100);
    assertThat(report.get("failed").asInt()).isZero();
    assertThat(report.get("lead3").get("rouge1").asDouble()).isPositive();
    assertThat(report.get("summaryWords").asDouble()).isLessThanOrEqualTo(80);
  }
}
