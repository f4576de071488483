package io.kurzfassung.lambda;

import java.util.List;

/**
 * Some records of an S3 event could not be summarised; thrown after the others were handled, so that Lambda's
 * asynchronous retries and the failure destination keep the event. The first failure is the cause, the others are
 * suppressed.
 */
public class UploadsFailedException extends RuntimeException {

  private final List<String> keys;

  public UploadsFailedException(List<String> keys, int records, Throwable first) {
    super(keys.size() + " of " + records + " uploads failed: " + String.join(", ", keys) + "; first: "
        + first.getClass().getSimpleName() + ": " + first.getMessage(), first);
    this.keys = List.copyOf(keys);
  }

  /** The S3 keys whose records failed. */
  public List<String> keys() {
    return keys;
  }
}
