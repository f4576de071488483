package io.kurzfassung.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Parses an article from JSON, plain text (the {@code Headline | Topic} format) or HTML, normalises it and checks
 * that it can be summarised. Thread-safe.
 */
public final class ArticleParser {

  /** Articles shorter than this many words are rejected as too short to summarise. */
  public static final int MIN_WORDS = 30;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxChars;

  public ArticleParser(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The formats an article can arrive in. */
  public enum Format {
    JSON,
    TEXT,
    HTML;

    /** The format for a Content-Type header value; null when the header is absent. */
    public static Format forContentType(String contentType) {
      if (contentType == null || contentType.isBlank()) {
        return null;
      }
      String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      return switch (mime) {
        case "application/json", "text/json" -> JSON;
        case "text/plain", "text/markdown" -> TEXT;
        case "text/html", "application/xhtml+xml" -> HTML;
        default -> {
          if (mime.endsWith("+json")) {
            yield JSON;
          }
          throw new UnsupportedFormatException(mime);
        }
      };
    }
  }

  /** Parses bytes whose format is detected from the content. */
  public Article parse(byte[] bytes) {
    return parse(bytes, null);
  }

  /** Parses bytes in the given format; a null format is detected from the content. */
  public Article parse(byte[] bytes, Format format) {
    return parse(decode(bytes), format);
  }

  /** Parses text in the given format; a null format is detected from the content. */
  public Article parse(String content, Format format) {
    String text = TextNormalizer.stripBom(content);
    if (text.isBlank()) {
      throw new ArticleException("article is empty");
    }
    rejectBinary(text);
    Format f = format == null ? detect(text) : format;
    Article article = switch (f) {
      case JSON -> fromJson(text);
      case TEXT -> PlainTextFormat.parse(text);
      case HTML -> HtmlFormat.parse(text);
    };
    return check(article);
  }

  /** Builds an article from already separated fields, as the JSON format and batch lines do, and checks it. */
  public Article fromFields(String title, String text, String topic, String source, String url, String language) {
    if (text == null || text.isBlank()) {
      throw new ArticleException("article has no text: the field \"text\" is missing or empty");
    }
    PlainTextFormat.Body body = PlainTextFormat.body(text);
    Article article = Article.of(
        title == null ? "" : TextNormalizer.line(title),
        body.text(),
        blankToNull(topic),
        source != null && !source.isBlank() ? source.strip() : body.source(),
        blankToNull(url),
        blankToNull(language));
    return check(article);
  }

  private Article fromJson(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ArticleException("malformed JSON: " + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    }
    if (node == null || !node.isObject()) {
      throw new ArticleException("JSON article must be an object with \"title\" and \"text\"");
    }
    return fromFields(
        textField(node, "title"), textField(node, "text"), textField(node, "topic"),
        textField(node, "source"), textField(node, "url"), textField(node, "language"));
  }

  private static String textField(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ArticleException("field \"" + name + "\" must be a string");
    }
    return v.asText();
  }

  private Article check(Article article) {
    if (article.text().isBlank()) {
      int words = Article.countWords(article.title());
      throw new ArticleException(words < MIN_WORDS
          ? "article has " + words + " words, too short to summarise (at least " + MIN_WORDS + " needed)"
          : "article has a headline but no body text");
    }
    if (article.characters() > maxChars) {
      throw new ArticleTooLongException(article.characters(), maxChars);
    }
    int words = article.words();
    if (words < MIN_WORDS) {
      throw new ArticleException(
          "article has " + words + " words, too short to summarise (at least " + MIN_WORDS + " needed)");
    }
    return article;
  }

  static Format detect(String text) {
    String head = text.stripLeading();
    if (head.startsWith("{") || head.startsWith("[")) {
      return Format.JSON;
    }
    String lower = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
        || (lower.startsWith("<") && (lower.contains("<p>") || lower.contains("<p ") || lower.contains("<article")))) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  /** UTF-8 (BOM removed); falls back to windows-1252 when the bytes are not valid UTF-8. */
  static String decode(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        throw new ArticleException("input is binary data, not text");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static void rejectBinary(String text) {
    int control = 0;
    int sample = Math.min(text.length(), 8192);
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
        control++;
      }
    }
    if (control > 0 && control * 100 >= sample) {
      throw new ArticleException("input is binary data, not text");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
