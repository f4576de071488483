package io.kurzfassung.storage;

import io.kurzfassung.article.ArticleException;

/**
 * An upload key that cannot be given an output key of its own (an empty, {@code .} or {@code ..} segment): bad
 * input, a permanent failure that a retry cannot fix.
 */
public class UnsafeUploadKeyException extends ArticleException {

  public UnsafeUploadKeyException(String message) {
    super(message);
  }
}
