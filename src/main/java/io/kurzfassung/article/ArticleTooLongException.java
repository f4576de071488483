package io.kurzfassung.article;

/** The article exceeds {@code MAX_ARTICLE_CHARS} (HTTP 413, exit code 2). */
public class ArticleTooLongException extends ArticleException {

  private final int limit;

  public ArticleTooLongException(int characters, int limit) {
    super("article has " + characters + " characters, more than the limit of " + limit + " (MAX_ARTICLE_CHARS)");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
