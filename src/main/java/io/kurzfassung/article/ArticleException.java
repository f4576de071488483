package io.kurzfassung.article;

/** The input is not an article kurzfassung can summarise; the message says exactly why (HTTP 400, exit code 2). */
public class ArticleException extends RuntimeException {

  public ArticleException(String message) {
    super(message);
  }

  public ArticleException(String message, Throwable cause) {
    super(message, cause);
  }
}
