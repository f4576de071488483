package io.kurzfassung.lambda;

import io.kurzfassung.summary.ModelRateLimitedException;
import java.time.Duration;

/**
 * How long a transiently failed upload message stays hidden before SQS delivers it again: exponential in its
 * receive count ({@value #BASE_SECONDS} s, doubled per receive, at most {@value #CAP_SECONDS} s), and never shorter
 * than the provider's {@code Retry-After}. With the queue's {@code maxReceiveCount} of 10 a message is tried for
 * about an hour before it goes to the failure queue, instead of ten times within seconds while a provider throttles.
 */
final class Backoff {

  static final long BASE_SECONDS = 30;
  static final long CAP_SECONDS = 900;

  private Backoff() {}

  /** The delay before the next receive of a message received {@code receiveCount} times so far. */
  static Duration delay(int receiveCount, Duration retryAfter) {
    int doublings = Math.min(Math.max(receiveCount, 1) - 1, 20);
    long seconds = Math.min(CAP_SECONDS, BASE_SECONDS << doublings);
    if (retryAfter != null && retryAfter.toSeconds() > seconds) {
      seconds = Math.min(CAP_SECONDS, retryAfter.toSeconds());
    }
    return Duration.ofSeconds(seconds);
  }

  /** The wait a failure asks for: the provider's Retry-After when it throttled, else none. */
  static Duration askedFor(Throwable failure) {
    if (failure instanceof ModelRateLimitedException limited && limited.retryAfter() != null) {
      return limited.retryAfter();
    }
    return Duration.ZERO;
  }
}
