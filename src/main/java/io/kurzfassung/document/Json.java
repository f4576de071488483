package io.kurzfassung.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kurzfassung.summary.KeyFact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one Jackson configuration: UTF-8, umlauts unescaped, ISO-8601 instants, unknown fields ignored.
 *
 * <p>Summary documents are written with Jackson's streaming generator rather than data binding: binding is ready
 * only after loading and introspecting some 600 classes (about 150 ms of a Lambda cold start), and the request
 * path needs nothing else from it. {@code JsonTest} checks that both write the same text.
 */
public final class Json {

  /** Jackson's streaming layer, which the request path uses to read articles and write documents. */
  public static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** The data-binding mapper, built on first use. */
  public static ObjectMapper mapper() {
    return Mapper.INSTANCE;
  }

  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public static String write(Object value) {
    try {
      return mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static String writePretty(Object value) {
    try {
      return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static byte[] bytes(Object value) {
    return writePretty(value).getBytes(StandardCharsets.UTF_8);
  }

  /** A document on one line. */
  public static String write(SummaryDocument document) {
    return generate(document, false);
  }

  /** A document, indented as Jackson's default pretty printer does it. */
  public static String writePretty(SummaryDocument document) {
    return generate(document, true);
  }

  /** A document, pretty, in UTF-8: what the stores keep. */
  public static byte[] bytes(SummaryDocument document) {
    return writePretty(document).getBytes(StandardCharsets.UTF_8);
  }

  public static SummaryDocument readDocument(byte[] json) {
    try {
      return mapper().readValue(json, SummaryDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException("stored summary is not a valid document", e);
    }
  }

  /** The fields in the order of {@link SummaryDocument}'s {@code @JsonPropertyOrder}; nulls written as null. */
  private static String generate(SummaryDocument d, boolean pretty) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("schemaVersion", d.schemaVersion());
      g.writeStringField("id", d.id());
      g.writeStringField("language", d.language());
      g.writeStringField("summary", d.summary());
      g.writeArrayFieldStart("keyFacts");
      for (KeyFact fact : d.keyFacts()) {
        g.writeStartObject();
        g.writeStringField("text", fact.text());
        g.writeArrayFieldStart("evidence");
        for (String evidence : fact.evidence()) {
          g.writeString(evidence);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      var a = d.article();
      g.writeObjectFieldStart("article");
      g.writeStringField("title", a.title());
      g.writeStringField("topic", a.topic());
      g.writeStringField("source", a.source());
      g.writeStringField("url", a.url());
      g.writeStringField("ref", a.ref());
      g.writeNumberField("characters", a.characters());
      g.writeNumberField("words", a.words());
      g.writeEndObject();
      var m = d.model();
      g.writeObjectFieldStart("model");
      g.writeStringField("provider", m.provider());
      g.writeStringField("name", m.name());
      g.writeStringField("promptVersion", m.promptVersion());
      if (m.fallbackReason() != null) { // @JsonInclude(NON_NULL) on ModelInfo
        g.writeStringField("fallbackReason", m.fallbackReason());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("usage");
      writeNullableInt(g, "inputTokens", d.usage().inputTokens());
      writeNullableInt(g, "outputTokens", d.usage().outputTokens());
      g.writeEndObject();
      g.writeStringField("createdAt", d.createdAt() == null ? null : d.createdAt().toString());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the summary document", e);
    }
    return out.toString();
  }

  private static void writeNullableInt(JsonGenerator g, String name, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }
}
