package io.kurzfassung.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

  /**
   * Jackson's streaming layer with its default limits: nesting deeper than {@code MAX_JSON_DEPTH} levels, even in
   * a skipped field, is refused before it costs anything.
   */
  static final int MAX_JSON_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
      .build();

  /** The article fields of a JSON object; other fields, of any shape, are skipped. */
  private static final Set<String> FIELDS = Set.of("title", "text", "topic", "source", "url", "language");

  /** Reads the JSON object with Jackson's streaming parser (no data binding on the request path). */
  private Article fromJson(String json) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new ArticleException("JSON article must be an object with \"title\" and \"text\"");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!FIELDS.contains(name)) {
          parser.skipChildren();
        } else if (value == JsonToken.VALUE_STRING) {
          fields.put(name, parser.getText());
        } else if (value != JsonToken.VALUE_NULL) {
          throw new ArticleException("field \"" + name + "\" must be a string, was " + kind(value));
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new ArticleException("JSON article must be one object with \"title\" and \"text\"");
      }
    } catch (StreamConstraintsException e) {
      throw new ArticleException("JSON article is nested more than " + MAX_JSON_DEPTH + " levels deep");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ArticleException("malformed JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fromFields(fields.get("title"), fields.get("text"), fields.get("topic"), fields.get("source"),
        fields.get("url"), fields.get("language"));
  }

  /** What a JSON value is, for a message: "a number", "an object", .... */
  public static String kind(JsonToken value) {
    return switch (value) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_STRING -> "a string";
      case VALUE_NULL -> "null";
      default -> value.name();
    };
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
