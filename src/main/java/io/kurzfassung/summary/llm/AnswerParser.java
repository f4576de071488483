package io.kurzfassung.summary.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kurzfassung.summary.InvalidModelOutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@link SummaryDraft} out of whatever the model wrote: JSON wrapped in markdown fences, after leading prose
 * or {@code <thinking>} blocks, with trailing commas or German key names. Anything else is invalid output.
 */
final class AnswerParser {

  private static final Pattern THINKING =
      Pattern.compile("<(thinking|think|reasoning)>.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private AnswerParser() {}

  static SummaryDraft parse(String answer) {
    if (answer == null || answer.isBlank()) {
      throw new InvalidModelOutputException("Die Antwort ist leer.");
    }
    String text = THINKING.matcher(answer).replaceAll("");
    String json = firstObject(text);
    if (json == null) {
      throw new InvalidModelOutputException("Die Antwort enthält kein JSON-Objekt.");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (Exception e) {
      throw new InvalidModelOutputException("Die Antwort ist kein gültiges JSON: " + firstLine(e.getMessage()), e);
    }
    JsonNode summary = field(root, "summary", "zusammenfassung");
    JsonNode facts = field(root, "keyFacts", "key_facts", "kernfakten", "facts", "fakten");
    if (summary == null || !summary.isTextual()) {
      throw new InvalidModelOutputException("Im JSON fehlt das Feld \"summary\" mit einem Text.");
    }
    List<SummaryDraft.Fact> out = new ArrayList<>();
    if (facts != null && facts.isArray()) {
      for (JsonNode f : facts) {
        if (f.isTextual()) {
          out.add(new SummaryDraft.Fact(f.asText(), List.of()));
          continue;
        }
        JsonNode t = field(f, "text", "fact", "fakt");
        JsonNode s = field(f, "sentences", "saetze", "sätze", "belege", "evidence");
        List<Integer> numbers = new ArrayList<>();
        if (s != null && s.isArray()) {
          s.forEach(n -> {
            if (n.canConvertToInt() || n.isTextual() && n.asText().strip().matches("\\[?\\d+]?")) {
              numbers.add(n.isNumber() ? n.asInt() : Integer.parseInt(n.asText().replaceAll("\\D", "")));
            }
          });
        } else if (s != null && s.canConvertToInt()) {
          numbers.add(s.asInt());
        }
        out.add(new SummaryDraft.Fact(t == null ? "" : t.asText(), numbers));
      }
    } else if (facts != null && !facts.isNull()) {
      throw new InvalidModelOutputException("Das Feld \"keyFacts\" ist keine Liste.");
    }
    return new SummaryDraft(summary.asText(), out);
  }

  private static JsonNode field(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The first balanced JSON object in the text, ignoring braces inside strings; fences and prose fall away. */
  static String firstObject(String text) {
    int start = text.indexOf('{');
    while (start >= 0) {
      int depth = 0;
      boolean inString = false;
      char quote = 0;
      for (int i = start; i < text.length(); i++) {
        char c = text.charAt(i);
        if (inString) {
          if (c == '\\') {
            i++;
          } else if (c == quote) {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
          quote = c;
        } else if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
          if (depth == 0) {
            return text.substring(start, i + 1);
          }
        }
      }
      // Unbalanced (a truncated answer): hand the rest to the JSON parser, which reports it.
      return text.substring(start);
    }
    return null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
