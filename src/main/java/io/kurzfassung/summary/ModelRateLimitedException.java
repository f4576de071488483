package io.kurzfassung.summary;

import java.time.Duration;

/** The provider throttled the request (HTTP 429, with Retry-After). */
public class ModelRateLimitedException extends ModelException {

  private final Duration retryAfter;

  public ModelRateLimitedException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked us to wait; null when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean retriable() {
    return true;
  }
}
