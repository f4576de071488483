package io.kurzfassung.summary;

/** The model did not answer before the deadline (HTTP 504). */
public class ModelTimeoutException extends ModelException {

  public ModelTimeoutException(String message) {
    super(message);
  }

  public ModelTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retriable() {
    return true;
  }
}
