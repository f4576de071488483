package io.kurzfassung.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Usage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

  static List<SummaryDocument> documents() {
    var facts = List.of(new KeyFact("Xi hat China seit 2019 nicht verlassen.", List.of("Satz „eins“.", "Satz zwei.")),
        new KeyFact("Straßen für 3.000 € gebaut.", List.of("Ein \"zitierter\" Satz\\mit Zeichen.")));
    var instant = Instant.parse("2026-11-28T02:38:24.569702560Z");
    return List.of(
        new SummaryDocument(SummaryDocument.SCHEMA_VERSION, "6ecb7e9e41cd9c38", "de", "Eine Zusammenfassung über Straßen.", facts,
            new SummaryDocument.ArticleInfo("Titel", null, null, null, 2964, 403),
            new ModelInfo("extractive", "textrank-de", "extractive-1"), Usage.UNKNOWN, instant),
        new SummaryDocument(SummaryDocument.SCHEMA_VERSION, "0123456789abcdef", "de", "Putin reist nach Peking.", List.of(),
            new SummaryDocument.ArticleInfo("Über Ä", "Politik", "site-30", "https://example.org/a", "incoming/ä \"b\".txt",
                10, 2),
            new ModelInfo("openai", "gpt-4o-mini", "de-v1").withFallbackReason("answer was in English"),
            new Usage(812, 95), Instant.parse("2026-01-01T00:00:00Z")));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void should_write_documents_exactly_as_jackson_data_binding_does(SummaryDocument document) {
    assertThat(Json.writePretty(document)).isEqualTo(Json.writePretty((Object) document));
    assertThat(Json.write(document)).isEqualTo(Json.write((Object) document));
    assertThat(Json.readDocument(Json.bytes(document))).isEqualTo(document);
  }
}
