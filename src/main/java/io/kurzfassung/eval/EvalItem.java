package io.kurzfassung.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.document.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of an evaluation set: {@code {"id","title","text","summary"?,"key_points"?}}, where {@code summary} is the
 * human reference (null for sets without one, such as 10kGNAD: ROUGE is then not computed for the article) and
 * {@code key_points} (optional, may be empty) the human key points.
 */
public record EvalItem(String id, String title, String text, String summary, List<String> keyPoints) {

  public EvalItem {
    Objects.requireNonNull(text, "text == null");
    title = title == null ? "" : title;
    keyPoints = List.copyOf(keyPoints);
  }

  /** Reads a JSON Lines file; blank lines are skipped, a broken line fails with its line number. */
  public static List<EvalItem> read(Path file) {
    List<EvalItem> items = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          items.add(parse(line, lineNo));
        }
      }
    } catch (NoSuchFileException e) {
      throw new ArticleException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new ArticleException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return List.copyOf(items);
  }

  /** Whether the item has a human reference summary to score ROUGE against. */
  public boolean hasReference() {
    return summary != null && !summary.isBlank();
  }

  /** The item as one JSON Lines line (without the line break): {@code summary} and empty key points left out. */
  public String toJsonLine() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("id", id).put("title", title).put("text", text);
    if (summary != null) {
      node.put("summary", summary);
    }
    if (!keyPoints.isEmpty()) {
      ArrayNode points = node.putArray("key_points");
      keyPoints.forEach(points::add);
    }
    return Json.write(node);
  }

  static EvalItem parse(String line, int lineNo) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new ArticleException("line " + lineNo + " is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new ArticleException("line " + lineNo + " is not a JSON object");
    }
    String text = string(node, "text");
    String summary = string(node, "summary");
    if (text == null) {
      throw new ArticleException("line " + lineNo + " needs the field \"text\"");
    }
    List<String> keyPoints = new ArrayList<>();
    JsonNode points = node.get("key_points");
    if (points != null && points.isArray()) {
      points.forEach(p -> keyPoints.add(p.asText()));
    }
    String id = string(node, "id");
    return new EvalItem(id == null ? "line-" + lineNo : id, string(node, "title"), text, summary, keyPoints);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
