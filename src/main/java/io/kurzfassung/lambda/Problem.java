package io.kurzfassung.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.article.ArticleTooLongException;
import io.kurzfassung.article.UnsupportedFormatException;
import io.kurzfassung.storage.StorageException;
import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelTimeoutException;
import java.time.Duration;

/**
 * An RFC 9457 problem detail as the API answers it ({@code application/problem+json}). Input problems carry the
 * parser's message, which says what was wrong with the article; model, storage and unexpected failures carry a
 * fixed text, so that no provider answer, bucket name or stack trace reaches the caller. Every problem names the
 * request id, which finds the full error in the function's log.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

  /** Seconds a throttled caller is asked to wait when the provider did not say. */
  static final long DEFAULT_RETRY_AFTER_SECONDS = 10;

  public static Problem of(int status, String detail, String instance, String requestId) {
    return new Problem("about:blank", title(status), status, detail, instance, requestId);
  }

  /** The problem for an exception from the service, with the status of the API's error table. */
  public static Problem from(Throwable e, String instance, String requestId) {
    return of(status(e), detail(e), instance, requestId);
  }

  /** The HTTP status for an exception from the service. */
  public static int status(Throwable e) {
    if (e instanceof ArticleTooLongException) {
      return 413;
    }
    if (e instanceof UnsupportedFormatException) {
      return 415;
    }
    if (e instanceof ArticleException) {
      return 400;
    }
    if (e instanceof ModelRateLimitedException) {
      return 429;
    }
    if (e instanceof InvalidModelOutputException) {
      return 502;
    }
    if (e instanceof ModelTimeoutException) {
      return 504;
    }
    if (e instanceof ModelException || e instanceof OutOfMemoryError) {
      return 503; // unavailable, authentication, configuration or out of memory: the service cannot answer now
    }
    return 500; // StorageException and anything unexpected
  }

  /** The value of {@code Retry-After} in seconds for a 429, or null for other failures. */
  static Long retryAfterSeconds(Throwable e) {
    if (e instanceof ModelRateLimitedException limited) {
      Duration d = limited.retryAfter();
      return d == null || d.isNegative() || d.isZero() ? DEFAULT_RETRY_AFTER_SECONDS : (d.toMillis() + 999) / 1000;
    }
    return null;
  }

  private static String detail(Throwable e) {
    return switch (status(e)) {
      case 400, 413, 415 -> e.getMessage();
      case 429 -> "The language model is throttling requests; try again after the time in Retry-After.";
      case 502 -> "The language model's answer could not be used.";
      case 503 -> e instanceof OutOfMemoryError
          ? "The service ran out of memory for this request; try again later."
          : "The language model is not available.";
      case 504 -> "The language model did not answer in time.";
      default -> e instanceof StorageException
          ? "The summary could not be stored or read."
          : "An unexpected error occurred.";
    };
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Internal Server Error";
    };
  }
}
