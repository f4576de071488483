package io.kurzfassung.summary.llm;

import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one layer that owns retries and time for model calls (LangChain4j's and the AWS SDK's own retries are off):
 * each attempt is bounded by {@code LLM_TIMEOUT_SECONDS} and by the deadline; throttling, provider failures and
 * timeouts are retried up to {@code LLM_MAX_RETRIES} times with exponential backoff and jitter, waiting at
 * least what {@code Retry-After} asks for, and never past the deadline.
 *
 * @param maxRetries retries after the first attempt
 * @param attemptTimeout bound of one attempt
 * @param baseDelay backoff before the first retry (doubled each time, then jittered)
 * @param maxDelay cap of one backoff
 */
record Retries(int maxRetries, Duration attemptTimeout, Duration baseDelay, Duration maxDelay) {

  private static final ExecutorService ATTEMPTS = Executors.newVirtualThreadPerTaskExecutor();

  static Retries of(int maxRetries, Duration attemptTimeout) {
    return new Retries(maxRetries, attemptTimeout, Duration.ofMillis(500), Duration.ofSeconds(8));
  }

  /** Runs the attempt until it succeeds, fails for good, or the deadline (null: none) leaves no room to retry. */
  <T> T run(Supplier<T> attempt, Instant deadline, String provider, String secret) {
    return run(attempt, deadline, provider, secret, failure -> {});
  }

  /** As above, telling {@code failed} of every failed attempt, also of one that is retried. */
  <T> T run(Supplier<T> attempt, Instant deadline, String provider, String secret, Consumer<ModelException> failed) {
    for (int n = 0; ; n++) {
      Duration timeout = attemptTimeout;
      if (deadline != null) {
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
          throw new ModelTimeoutException(provider + ": no time left before the deadline");
        }
        timeout = remaining.compareTo(timeout) < 0 ? remaining : timeout;
      }
      try {
        return once(attempt, timeout, provider, secret);
      } catch (ModelException e) {
        failed.accept(e);
        if (!e.retriable() || n >= maxRetries) {
          throw e;
        }
        Duration delay = backoff(n, e);
        if (deadline != null && Instant.now().plus(delay).isAfter(deadline)) {
          throw e;
        }
        sleep(delay);
      }
    }
  }

  private <T> T once(Supplier<T> attempt, Duration timeout, String provider, String secret) {
    Future<T> future = ATTEMPTS.submit(attempt::get);
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ModelTimeoutException(provider + " did not answer within " + timeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      throw ModelErrors.map(e.getCause(), provider, secret);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ModelTimeoutException(provider + " call interrupted", e);
    }
  }

  /**
   * Exponential backoff with equal jitter (half fixed, half random); after a {@code Retry-After}, what it asks plus up
   * to a tenth more, so that clients told the same time do not all come back at once.
   */
  Duration backoff(int retry, ModelException failure) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (failure instanceof ModelRateLimitedException limited && limited.retryAfter() != null) {
      long asked = limited.retryAfter().toMillis();
      return Duration.ofMillis(asked + random.nextLong(Math.max(1, asked / 10) + 1));
    }
    long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry, 20));
    return Duration.ofMillis(cap / 2 + random.nextLong(cap / 2 + 1));
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelTimeoutException("interrupted while waiting to retry", e);
    }
  }
}
