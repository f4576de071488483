package io.kurzfassung.summary;

/** The provider rejected the credentials, or the provider configuration is wrong; never falls back silently (HTTP 503 on the API, exit code 3). */
public class ModelAuthenticationException extends ModelException {

  public ModelAuthenticationException(String message) {
    super(message);
  }

  public ModelAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retriable() {
    return false;
  }
}
