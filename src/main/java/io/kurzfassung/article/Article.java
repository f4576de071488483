package io.kurzfassung.article;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A normalised news article: headline, body text (paragraphs separated by a blank line) and optional metadata.
 * The id is a stable hash of the normalised title and text, see {@link ArticleIds}.
 */
public record Article(String id, String title, String text, String topic, String source, String url, String language) {

  public Article {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(text, "text == null");
  }

  /** Creates an article whose id is derived from its title and text. */
  public static Article of(String title, String text, String topic, String source, String url, String language) {
    return new Article(ArticleIds.idFor(title, text), title, text, topic, source, url, language);
  }

  /** The body's paragraphs, in order. */
  public List<String> paragraphs() {
    return Arrays.stream(text.split("\n\n+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  public int characters() {
    return text.length();
  }

  public int words() {
    return countWords(text);
  }

  /** Whitespace-separated tokens that contain at least one letter or digit. */
  public static int countWords(String s) {
    int n = 0;
    for (String token : s.strip().split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
