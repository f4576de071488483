package io.kurzfassung.eval;

import io.kurzfassung.article.ArticleException;

/** An evaluation set or a public release cannot be read; the message names the file and the line or record (exit 2). */
public class EvalSetException extends ArticleException {

  public EvalSetException(String message) {
    super(message);
  }

  public EvalSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
