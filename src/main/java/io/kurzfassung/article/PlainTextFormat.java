package io.kurzfassung.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text format: a first line {@code Headline | Topic}, paragraphs separated by blank lines, and an optional
 * trailing {@code source site-30} line that becomes metadata and never part of the text.
 */
final class PlainTextFormat {

  private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^source\\s+(\\S{1,100})$");

  private PlainTextFormat() {}

  record Body(String text, String source) {}

  static Article parse(String content) {
    String normalized = TextNormalizer.block(content);
    int nl = normalized.indexOf('\n');
    String headline = nl < 0 ? normalized : normalized.substring(0, nl);
    String rest = nl < 0 ? "" : normalized.substring(nl + 1);
    String title = headline;
    String topic = null;
    int bar = headline.lastIndexOf(" | ");
    if (bar >= 0) {
      title = headline.substring(0, bar).strip();
      topic = headline.substring(bar + 3).strip();
    }
    Body body = body(rest);
    return Article.of(title, body.text(), topic == null || topic.isEmpty() ? null : topic, body.source(), null, null);
  }

  /** Normalises body text into paragraphs and takes off a trailing source line. */
  static Body body(String raw) {
    String normalized = TextNormalizer.block(raw);
    List<String> lines = new ArrayList<>(List.of(normalized.split("\n", -1)));
    String source = null;
    while (!lines.isEmpty() && lines.getLast().isBlank()) {
      lines.removeLast();
    }
    if (!lines.isEmpty()) {
      Matcher m = SOURCE_LINE.matcher(lines.getLast());
      if (m.matches()) {
        source = m.group(1);
        lines.removeLast();
      }
    }
    boolean hasBlankLines = lines.stream().anyMatch(String::isBlank);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank() || !hasBlankLines) {
        flush(current, paragraphs);
        if (!line.isBlank()) {
          current.append(line);
        }
      } else {
        if (!current.isEmpty()) {
          current.append(' ');
        }
        current.append(line);
      }
    }
    flush(current, paragraphs);
    return new Body(String.join("\n\n", paragraphs), source);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
