package io.kurzfassung.article;

/** The content type is not one kurzfassung reads (HTTP 415, exit code 2). */
public class UnsupportedFormatException extends ArticleException {

  public UnsupportedFormatException(String contentType) {
    super("unsupported content type " + contentType + "; send application/json, text/plain or text/html");
  }
}
