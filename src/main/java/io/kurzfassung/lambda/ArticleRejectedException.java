package io.kurzfassung.lambda;

/**
 * A backfilled object can never be summarised (empty, too short, not German, too long, deleted); its failure document
 * is stored under {@code failures/} (storage.OutputLayout). The backfill state machine counts the item as failed and does not
 * retry this error type.
 */
public class ArticleRejectedException extends RuntimeException {

  public ArticleRejectedException(String key, String detail, String recordedAt) {
    super(key + ": " + detail + (recordedAt == null ? "" : " (recorded in " + recordedAt + ")"), null, false, false);
  }
}
