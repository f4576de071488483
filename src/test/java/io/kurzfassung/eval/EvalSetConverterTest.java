package io.kurzfassung.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.document.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converts tiny releases written for the test (invented German lines, in each release's format). */
public class EvalSetConverterTest {

  @TempDir
  Path dir;

  /**
   * Tiny releases in each source's format, invented for this test (never texts of the research sets), written into the
   * test's folder: an MLSUM export, a 20 Minuten folder of one JSON file per article, a 10kGNAD CSV.
   */
  private static final Map<String, String> FIXTURES = Map.of(
      "release.jsonl", """
{"text": "Der Gemeinderat von Lindenau hat am Montag einen neuen Radweg beschlossen. Er soll 3,5 Kilometer lang werden und die beiden Ortsteile verbinden. Die Kosten liegen bei 1,2 Millionen Euro.", "summary": "Lindenau baut einen Radweg zwischen zwei Ortsteilen.", "topic": "bayern", "url": "https://example.org/lindenau-radweg", "title": "Neuer Radweg für Lindenau", "date": "01/07/2019"}

{"text": "   ", "summary": "Leer.", "topic": "politik", "url": "https://example.org/leer", "title": "", "date": "01/07/2019"}
{"text": "Die Bäckerei am Marktplatz schließt nach 80 Jahren. Der Inhaber findet keinen Nachfolger.", "summary": "Eine traditionsreiche Bäckerei macht zu.", "topic": "muenchen", "url": "https://example.org/baeckerei", "title": "Abschied vom Marktplatz", "date": "02/07/2019"}
""",
      "articles/a.json", """
{
  "id": "100000000001",
  "date": "2022-05-12",
  "category": [
    "Schweiz",
    "Verkehr"
  ],
  "url": "https://example.org/20min/1",
  "titleHeader": "Neue Linie",
  "title": "Bus fährt ab Juni bis zum See",
  "lead": "Ab Juni gibt es eine direkte Busverbindung zum See.",
  "content": {
    "0": "Die Verkehrsbetriebe eröffnen im Juni eine neue Buslinie zum Seeufer.",
    "1": [
      "Sie fährt alle 15 Minuten.",
      "Am Wochenende gibt es zusätzliche Kurse."
    ]
  },
  "summary": {
    "0": "Eine neue Buslinie führt ab Juni zum See.",
    "1": "Die Busse fahren alle 15 Minuten."
  }
}\
""",
      "articles/b.json", """
{
  "id": "100000000002",
  "title": "Nur ein Titel",
  "lead": "Ohne Inhalt.",
  "content": {},
  "summary": {}
}\
""",
      "articles/c.json", """
{
  "id": 100000000003,
  "title": "Tierpark mit neuem Gehege",
  "content": {
    "0": "Der Tierpark hat ein Gehege für Erdmännchen gebaut. Es ist doppelt so gross wie das alte."
  }
}\
""",
      "labelled.csv", """
Sport;'Der Verein gewann am Samstag 3:1. Trainer Huber sprach von einem ''verdienten'' Sieg; die Fans feierten lange.'
Wirtschaft;'Die Preise für Strom sind im März gesunken.
Das meldet das Statistikamt.'
Kultur;''
Web;'Ein neues Handy kommt im Herbst auf den Markt.'
""");

  /** A fixture file, or a folder of them, written into the test's folder. */
  Path fixture(String name) throws IOException {
    return fixture(dir, name);
  }

  /** A fixture file ({@code release.jsonl}, {@code labelled.csv}) or folder ({@code articles}), written into {@code dir}. */
  public static Path fixture(Path dir, String name) throws IOException {
    for (Map.Entry<String, String> f : FIXTURES.entrySet()) {
      if (f.getKey().equals(name) || f.getKey().startsWith(name + "/")) {
        Path file = dir.resolve("in").resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue());
      }
    }
    return dir.resolve("in").resolve(name);
  }

  @Test
  void should_convert_mlsum_lines_and_skip_articles_without_text() throws Exception {
    Path out = dir.resolve("mlsum.jsonl");

    EvalSetConverter.Result result = EvalSetConverter.convert(EvalSetSource.MLSUM, fixture("release.jsonl"), out);

    assertThat(result).isEqualTo(new EvalSetConverter.Result(2, 1));
    List<EvalItem> items = EvalItem.read(out);
    assertThat(items).extracting(EvalItem::id).containsExactly("mlsum-de:1", "mlsum-de:4");
    assertThat(items.get(0).title()).isEqualTo("Neuer Radweg für Lindenau");
    assertThat(items.get(0).text()).startsWith("Der Gemeinderat von Lindenau").endsWith("1,2 Millionen Euro.");
    assertThat(items.get(0).summary()).isEqualTo("Lindenau baut einen Radweg zwischen zwei Ortsteilen.");
    assertThat(items.get(1).keyPoints()).isEmpty();
  }

  @Test
  void should_convert_a_20_minuten_folder_with_summary_bullets_as_key_points() throws Exception {
    Path out = dir.resolve("20min.jsonl");

    EvalSetConverter.Result result = EvalSetConverter.convert(EvalSetSource.TWENTY_MINUTEN, fixture("articles"), out);

    assertThat(result).isEqualTo(new EvalSetConverter.Result(2, 1)); // b.json has no content
    List<EvalItem> items = EvalItem.read(out);
    EvalItem a = items.get(0);
    assertThat(a.id()).isEqualTo("20min:100000000001");
    assertThat(a.title()).isEqualTo("Bus fährt ab Juni bis zum See");
    assertThat(a.text()).isEqualTo("Die Verkehrsbetriebe eröffnen im Juni eine neue Buslinie zum Seeufer.\n\n"
        + "Sie fährt alle 15 Minuten.\n\nAm Wochenende gibt es zusätzliche Kurse.");
    assertThat(a.text()).doesNotContain("direkte Busverbindung"); // the lead is a summary of its own
    assertThat(a.keyPoints()).containsExactly("Eine neue Buslinie führt ab Juni zum See.",
        "Die Busse fahren alle 15 Minuten.");
    assertThat(a.summary()).isEqualTo("Eine neue Buslinie führt ab Juni zum See. Die Busse fahren alle 15 Minuten.");
    EvalItem c = items.get(1);
    assertThat(c.id()).isEqualTo("20min:100000000003");
    assertThat(c.hasReference()).isFalse();
  }

  @Test
  void should_convert_20_minuten_json_lines_too() throws Exception {
    Path in = dir.resolve("articles.jsonl");
    Files.writeString(in, Files.readString(fixture("articles/a.json")).replace("\n", "") + "\n");
    Path out = dir.resolve("out.jsonl");

    EvalSetConverter.convert(EvalSetSource.TWENTY_MINUTEN, in, out);

    assertThat(EvalItem.read(out)).singleElement().extracting(EvalItem::keyPoints).asList().hasSize(2);
  }

  @Test
  void should_convert_10kgnad_csv_without_summaries() throws Exception {
    Path out = dir.resolve("gnad.jsonl");

    EvalSetConverter.Result result = EvalSetConverter.convert(EvalSetSource.GNAD10K, fixture("labelled.csv"), out);

    assertThat(result).isEqualTo(new EvalSetConverter.Result(3, 1)); // the Kultur record is empty
    List<EvalItem> items = EvalItem.read(out);
    assertThat(items).extracting(EvalItem::id).containsExactly("10kgnad:1", "10kgnad:2", "10kgnad:4");
    assertThat(items.get(0).text()).isEqualTo("Der Verein gewann am Samstag 3:1. Trainer Huber sprach von einem "
        + "'verdienten' Sieg; die Fans feierten lange.");
    assertThat(items.get(1).text()).isEqualTo("Die Preise für Strom sind im März gesunken.\nDas meldet das Statistikamt.");
    assertThat(items).noneMatch(EvalItem::hasReference);
    JsonNode line = Json.mapper().readTree(Files.readAllLines(out).get(0));
    assertThat(line.has("summary")).isFalse();
    assertThat(line.has("key_points")).isFalse();
  }

  @Test
  void should_name_the_line_and_write_nothing_when_a_line_is_broken() throws Exception {
    Path in = dir.resolve("broken.jsonl");
    Files.writeString(in, Files.readAllLines(fixture("release.jsonl")).get(0) + "\n{\"text\": \"nur Text\"}\n");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "previous\n");

    assertThatThrownBy(() -> EvalSetConverter.convert(EvalSetSource.MLSUM, in, out))
        .isInstanceOf(EvalSetException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("\"summary\"");
    assertThat(Files.readString(out)).isEqualTo("previous\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("broken.jsonl", "out.jsonl", "in");
    }
  }

  @Test
  void should_fail_on_a_quoted_csv_field_that_never_ends() throws Exception {
    Path in = dir.resolve("open.csv");
    Files.writeString(in, "Sport;'Ein Satz.'\nInland;'Noch ein Satz, ohne Ende.\n");

    assertThatThrownBy(() -> EvalSetConverter.convert(EvalSetSource.GNAD10K, in, dir.resolve("out.jsonl")))
        .isInstanceOf(EvalSetException.class)
        .hasMessageContaining("record 2")
        .hasMessageContaining("never ends");
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void should_fail_when_a_csv_record_has_no_label() throws Exception {
    Path in = dir.resolve("one-field.csv");
    Files.writeString(in, "'Nur ein Feld ohne Kategorie.'\n");

    assertThatThrownBy(() -> EvalSetConverter.convert(EvalSetSource.GNAD10K, in, dir.resolve("out.jsonl")))
        .isInstanceOf(EvalSetException.class)
        .hasMessageContaining("record 1: expected label;text");
  }

  @Test
  void should_fail_when_the_input_is_missing() {
    assertThatThrownBy(() -> EvalSetConverter.convert(EvalSetSource.MLSUM, dir.resolve("none.jsonl"),
        dir.resolve("out.jsonl")))
        .isInstanceOf(EvalSetException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void should_know_the_sources_by_their_command_line_names() {
    assertThat(EvalSetSource.of("mlsum")).isEqualTo(EvalSetSource.MLSUM);
    assertThat(EvalSetSource.of("20min")).isEqualTo(EvalSetSource.TWENTY_MINUTEN);
    assertThat(EvalSetSource.of("10kGNAD")).isEqualTo(EvalSetSource.GNAD10K);
    assertThatThrownBy(() -> EvalSetSource.of("cnn")).hasMessageContaining("use mlsum, 20min or 10kgnad");
  }
}
