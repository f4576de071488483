package io.kurzfassung.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.Usage;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryDocumentSchemaTest {

  private static final JsonSchema SCHEMA = loadSchema();

  private static JsonSchema loadSchema() {
    try (InputStream in = SummaryDocument.class.getResourceAsStream("summary-document.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Article sample() throws Exception {
    return new ArticleParser(200_000).parse(Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));
  }

  @Test
  void should_match_the_schema_for_the_extractive_summary_of_the_sample() throws Exception {
    Article article = sample();
    Summary summary = new ExtractiveSummarizer().summarize(new SummaryRequest(article, 80, 5, null));
    JsonNode json = Json.mapper().readTree(Json.write(SummaryDocument.of(article, summary, Instant.now())));

    Set<ValidationMessage> errors = SCHEMA.validate(json);

    assertThat(errors).isEmpty();
  }

  @Test
  void should_match_the_schema_for_a_model_document_with_usage_and_fallback_reason() throws Exception {
    Summary summary = new Summary("Putin reist nach Peking.", List.of(new KeyFact("Putin reist nach Peking.", List.of("Satz."))),
        new ModelInfo("openai", "gpt-4o-mini", "de-3").withFallbackReason("answer was in English"), new Usage(812, 95));
    JsonNode json = Json.mapper().readTree(Json.write(SummaryDocument.of(sample(), summary, Instant.now())));

    assertThat(SCHEMA.validate(json)).isEmpty();
  }

  @Test
  void should_reject_a_document_without_summary_or_with_unknown_provider() throws Exception {
    Article article = sample();
    Summary summary = new ExtractiveSummarizer().summarize(new SummaryRequest(article, 80, 5, null));
    ObjectNode json = (ObjectNode) Json.mapper().readTree(Json.write(SummaryDocument.of(article, summary, Instant.now())));
    json.remove("summary");
    ((ObjectNode) json.get("model")).put("provider", "skynet");

    assertThat(SCHEMA.validate(json)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("summary"))
        .anySatisfy(m -> assertThat(m).contains("provider"));
  }

  @Test
  void should_carry_the_callers_reference_in_schema_version_1_1() throws Exception {
    Article article = sample();
    Summary summary = new ExtractiveSummarizer().summarize(new SummaryRequest(article, 80, 5, null));
    ObjectNode json = (ObjectNode) Json.mapper().readTree(
        Json.write(SummaryDocument.of(article, "incoming/putin.txt", summary, Instant.now())));

    assertThat(json.get("schemaVersion").asText()).isEqualTo("1.1");
    assertThat(json.get("article").get("ref").asText()).isEqualTo("incoming/putin.txt");
    assertThat(SCHEMA.validate(json)).isEmpty();
    ((ObjectNode) json.get("article")).putNull("ref");
    assertThat(SCHEMA.validate(json)).as("no reference given").isEmpty();
    ((ObjectNode) json.get("article")).remove("ref");
    assertThat(SCHEMA.validate(json)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("ref"));
    json.put("schemaVersion", "1.0");
    ((ObjectNode) json.get("article")).put("ref", "x");
    assertThat(SCHEMA.validate(json)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("schemaVersion"));
  }

  @Test
  void should_read_a_1_0_document_without_a_reference() throws Exception {
    Article article = sample();
    Summary summary = new ExtractiveSummarizer().summarize(new SummaryRequest(article, 80, 5, null));
    ObjectNode json = (ObjectNode) Json.mapper().readTree(Json.write(SummaryDocument.of(article, summary, Instant.now())));
    json.put("schemaVersion", "1.0");
    ((ObjectNode) json.get("article")).remove("ref");

    SummaryDocument read = Json.readDocument(Json.mapper().writeValueAsBytes(json));

    assertThat(read.schemaVersion()).isEqualTo("1.0");
    assertThat(read.article().ref()).isNull();
    assertThat(read.article().words()).isEqualTo(article.words());
  }

  @Test
  void should_write_umlauts_unescaped_in_utf8() throws Exception {
    Article article = sample();
    Summary summary = new ExtractiveSummarizer().summarize(new SummaryRequest(article, 80, 5, null));

    String json = new String(Json.bytes(SummaryDocument.of(article, summary, Instant.now())), "UTF-8");

    assertThat(json).contains("Eröffnung").doesNotContain("\\u00f6");
  }

  @Test
  void should_read_back_what_it_writes() throws Exception {
    Article article = sample();
    Summary summary = new ExtractiveSummarizer().summarize(new SummaryRequest(article, 80, 5, null));
    SummaryDocument doc = SummaryDocument.of(article, summary, Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(Json.readDocument(Json.bytes(doc))).isEqualTo(doc);
  }
}
