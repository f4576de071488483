package io.kurzfassung.summary;

/** The model's answer failed parsing or validation, also after repair (HTTP 502). */
public class InvalidModelOutputException extends ModelException {

  public InvalidModelOutputException(String message) {
    super(message);
  }

  public InvalidModelOutputException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retriable() {
    return false;
  }
}
