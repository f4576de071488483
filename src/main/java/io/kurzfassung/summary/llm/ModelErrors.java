package io.kurzfassung.summary.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.ModelUnavailableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns whatever a provider, LangChain4j or the AWS SDK throws into one of kurzfassung's typed model errors. */
final class ModelErrors {

  private static final int MAX_DETAIL = 300;

  private ModelErrors() {}

  /** The typed error for a failure of the given provider; the secret, if any, never appears in the message. */
  static ModelException map(Throwable failure, String provider, String secret) {
    if (failure instanceof ModelException e) {
      return e;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ModelException e) {
        return e;
      }
      if (t instanceof AwsServiceException aws) {
        Duration retryAfter = aws.awsErrorDetails() == null || aws.awsErrorDetails().sdkHttpResponse() == null ? null
            : ModelHttpClient.retryAfter(aws.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After"),
                java.util.Optional.empty());
        String detail = aws.awsErrorDetails() == null ? aws.getMessage()
            : aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
        if (aws.isThrottlingException() || aws.statusCode() == 429) {
          return rateLimited(provider, aws.statusCode(), detail, retryAfter, failure, secret);
        }
        return byStatus(aws.statusCode(), provider, detail, failure, secret);
      }
      if (t instanceof ModelHttpClient.StatusException status) {
        if (status.statusCode() == 429) {
          return rateLimited(provider, 429, status.getMessage(), status.retryAfter(), failure, secret);
        }
        return byStatus(status.statusCode(), provider, status.getMessage(), failure, secret);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
          || t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
          || t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
        return new ModelTimeoutException(provider + " did not answer in time", failure);
      }
      if (t instanceof InterruptedIOException) {
        return new ModelTimeoutException(provider + " call was interrupted at the deadline", failure);
      }
      if (t instanceof AuthenticationException) {
        return new ModelAuthenticationException(provider + " rejected the credentials: " + detail(t, secret), failure);
      }
      if (t instanceof ModelNotFoundException) {
        return new ModelAuthenticationException(provider + " does not know the model (check LLM_MODEL): "
            + detail(t, secret), failure);
      }
      if (t instanceof RateLimitException) {
        return new ModelRateLimitedException(provider + " is throttling requests", null, failure);
      }
      if (t instanceof InternalServerException) {
        return new ModelUnavailableException(provider + " failed: " + detail(t, secret), failure);
      }
      if (t instanceof HttpException http) {
        return byStatus(http.statusCode(), provider, http.getMessage(), failure, secret);
      }
      if (t instanceof UnresolvedModelServerException || t instanceof ConnectException) {
        return new ModelUnavailableException(provider + " is unreachable (check LLM_BASE_URL): " + detail(t, secret),
            failure);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException || t instanceof SdkClientException) {
        return new ModelUnavailableException(provider + " could not be reached: " + detail(t, secret), failure);
      }
    }
    return new ModelException(provider + " failed: " + detail(failure, secret), failure);
  }

  private static ModelException rateLimited(String provider, int status, String detail, Duration retryAfter,
      Throwable failure, String secret) {
    return new ModelRateLimitedException(provider + " is throttling requests (" + status + ")"
        + (retryAfter == null ? "" : ", retry after " + retryAfter.toMillis() + " ms") + ": " + clip(detail, secret),
        retryAfter, failure);
  }

  private static ModelException byStatus(int status, String provider, String detail, Throwable failure, String secret) {
    String message = provider + " answered HTTP " + status + ": " + clip(detail, secret);
    if (status == 401 || status == 403) {
      return new ModelAuthenticationException(message + " (check LLM_API_KEY or the IAM role)", failure);
    }
    if (status == 404) {
      return new ModelAuthenticationException(message + " (check LLM_MODEL and LLM_BASE_URL)", failure);
    }
    if (status == 408 || status == 504) {
      return new ModelTimeoutException(message, failure);
    }
    if (status == 429) {
      return new ModelRateLimitedException(message, null, failure);
    }
    if (status >= 500) {
      return new ModelUnavailableException(message, failure);
    }
    return new ModelException(message, failure);
  }

  private static String detail(Throwable t, String secret) {
    String m = t.getMessage();
    return clip(m == null ? t.getClass().getSimpleName() : m, secret);
  }

  static String clip(String s, String secret) {
    if (s == null) {
      return "";
    }
    String out = s.replaceAll("\\s+", " ").strip();
    if (secret != null && secret.length() >= 4) {
      out = out.replace(secret, "****");
    }
    return out.length() > MAX_DETAIL ? out.substring(0, MAX_DETAIL) + "…" : out;
  }
}
