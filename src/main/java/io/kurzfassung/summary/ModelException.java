package io.kurzfassung.summary;

/**
 * The model failed. Subclasses name the failure so that adapters can map it: exit code 3 on the command line,
 * an HTTP status on the API (see each subclass).
 */
public class ModelException extends RuntimeException {

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether trying again later may succeed. */
  public boolean retriable() {
    return false;
  }
}
