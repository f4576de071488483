package io.kurzfassung.article;

import io.kurzfassung.text.ArticleAnalysis;
import io.kurzfassung.text.WebRemnants;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A normalised news article: headline, body text (paragraphs separated by a blank line, without image viewers'
 * labels and photo credits) and optional metadata.
 * The id is a stable hash of the normalised title and text, see {@link ArticleIds}.
 *
 * <p>An article carries its {@link ArticleAnalysis} (sentences, terms, language, the facts that claims are grounded
 * against), worked out once when the article is built, so that ranking, prompting and validation of one request
 * share it instead of splitting and stemming the text again. Build articles with {@link #of} or the seven-argument
 * constructor, which analyse the text; the canonical constructor is for an analysis already made of this text.
 */
public record Article(String id, String title, String text, String topic, String source, String url, String language,
    ArticleAnalysis analysis) {

  public Article {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(analysis, "analysis == null");
  }

  /** An article whose text, as given, is analysed here. */
  public Article(String id, String title, String text, String topic, String source, String url, String language) {
    this(id, title, text, topic, source, url, language,
        ArticleAnalysis.of(Objects.requireNonNull(title, "title == null"), Objects.requireNonNull(text, "text == null"),
            language));
  }

  /**
   * Creates an article from a title and a text without what a copy of its web page carries besides the text: image
   * viewers' labels and photo credits ({@link WebRemnants}). Its id is derived from the title and that text, and a
   * summary, its evidence and its validation all read it. Every format builds its articles here.
   */
  public static Article of(String title, String text, String topic, String source, String url, String language) {
    String body = WebRemnants.without(Objects.requireNonNull(text, "text == null"));
    return new Article(ArticleIds.idFor(title, body), title, body, topic, source, url, language);
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

  /** Whitespace-separated tokens that contain at least one letter or digit; one pass, no allocation. */
  public static int countWords(String s) {
    int n = 0;
    boolean inWord = false;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        inWord = false; // the whitespace of the regular expression \s
      } else if (!inWord && Character.isLetterOrDigit(c)) {
        inWord = true;
        n++;
      }
    }
    return n;
  }
}
