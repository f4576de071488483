package io.kurzfassung.summary;

/** The provider is down or unreachable (HTTP 503). */
public class ModelUnavailableException extends ModelException {

  public ModelUnavailableException(String message) {
    super(message);
  }

  public ModelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retriable() {
    return true;
  }
}
