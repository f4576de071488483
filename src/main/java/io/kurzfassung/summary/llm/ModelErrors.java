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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns whatever a provider, LangChain4j or the AWS SDK throws into one of kurzfassung's typed model errors. The API
 * key never survives: it is masked in the message, and a cause whose message holds it is replaced by a masked copy.
 */
final class ModelErrors {

  private static final int MAX_DETAIL = 300;
  private static final String MASK = "****";
  /** Where the AWS SDK looks for credentials, in the words a user acts on. */
  static final String NO_AWS_CREDENTIALS = "set AWS_PROFILE (a profile from `aws configure` or `aws sso login`) or"
      + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; in Lambda the function's role provides them";

  private ModelErrors() {}

  /** The typed error for a failure of the given provider; the secret, if any, appears in no message of it. */
  static ModelException map(Throwable failure, String provider, String secret) {
    List<Throwable> chain = chain(failure);
    Throwable cause = redacted(failure, secret);
    // An HTTP status anywhere in the chain says most: LangChain4j wraps it in its own exception types.
    for (Throwable t : chain) {
      if (t instanceof ModelException e) {
        return e;
      }
      if (BedrockModels.isMissingCredentials(t)) {
        return new ModelAuthenticationException(provider + " found no AWS credentials: " + NO_AWS_CREDENTIALS, cause);
      }
      if (t instanceof ModelHttpClient.UnreachableException unreachable) {
        return new ModelUnavailableException(provider + " is unreachable at " + unreachable.endpoint() + " ("
            + unreachable.reason() + "): check the network, or LLM_BASE_URL, which sets the endpoint", cause);
      }
      Optional<BedrockModels.ServiceError> aws = BedrockModels.serviceError(t);
      if (aws.isPresent()) {
        return byStatus(aws.get().status(), provider, aws.get().detail(), aws.get().retryAfter(), cause, secret);
      }
      if (t instanceof ModelHttpClient.StatusException http) {
        return byStatus(http.statusCode(), provider, http.getMessage(), http.retryAfter(), cause, secret);
      }
    }
    for (Throwable t : chain) {
      if (BedrockModels.isTimeout(t) || t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
          || t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
        return new ModelTimeoutException(provider + " did not answer in time", cause);
      }
      if (t instanceof InterruptedIOException) {
        return new ModelTimeoutException(provider + " call was interrupted at the deadline", cause);
      }
      if (t instanceof AuthenticationException) {
        return new ModelAuthenticationException(provider + " rejected the credentials: " + detail(t, secret), cause);
      }
      if (t instanceof ModelNotFoundException) {
        return new ModelAuthenticationException(provider + " does not know the model (check LLM_MODEL): "
            + detail(t, secret), cause);
      }
      if (t instanceof RateLimitException) {
        return new ModelRateLimitedException(provider + " is throttling requests", null, cause);
      }
      if (t instanceof InternalServerException) {
        return new ModelUnavailableException(provider + " failed: " + detail(t, secret), cause);
      }
      if (t instanceof HttpException http) {
        return byStatus(http.statusCode(), provider, http.getMessage(), null, cause, secret);
      }
      if (t instanceof UnresolvedModelServerException || t instanceof ConnectException) {
        return new ModelUnavailableException(provider + " is unreachable (check LLM_BASE_URL): " + detail(t, secret),
            cause);
      }
    }
    for (Throwable t : chain) {
      if (t instanceof IOException || BedrockModels.isClientFailure(t)) {
        return new ModelUnavailableException(provider + " could not be reached: " + detail(t, secret), cause);
      }
    }
    return new ModelException(provider + " failed: " + detail(failure, secret), cause);
  }

  private static ModelException byStatus(int status, String provider, String detail, Duration retryAfter,
      Throwable cause, String secret) {
    String message = provider + " answered HTTP " + status
        + (retryAfter == null ? "" : ", retry after " + retryAfter.toMillis() + " ms") + ": " + clip(detail, secret);
    if (status == 401 || status == 403) {
      return new ModelAuthenticationException(message + " (check LLM_API_KEY or the IAM role)", cause);
    }
    if (status == 404) {
      return new ModelAuthenticationException(message + " (check LLM_MODEL and LLM_BASE_URL)", cause);
    }
    if (status == 429) {
      return new ModelRateLimitedException(message, retryAfter, cause);
    }
    if (status == 408 || status == 504) {
      return new ModelTimeoutException(message, cause);
    }
    if (status >= 500) {
      return new ModelUnavailableException(message, cause);
    }
    return new ModelException(message, cause);
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static String detail(Throwable t, String secret) {
    String m = t.getMessage();
    return clip(m == null ? t.getClass().getSimpleName() : m, secret);
  }

  /** One line of at most {@value #MAX_DETAIL} characters, the secret masked. */
  static String clip(String s, String secret) {
    if (s == null) {
      return "";
    }
    String out = mask(s.replaceAll("\\s+", " ").strip(), secret);
    return out.length() > MAX_DETAIL ? out.substring(0, MAX_DETAIL) + "…" : out;
  }

  private static String mask(String s, String secret) {
    return s == null || !maskable(secret) ? s : s.replace(secret, MASK);
  }

  private static boolean maskable(String secret) {
    return secret != null && secret.length() >= 4;
  }

  /**
   * The failure itself when no message in its chain holds the secret; otherwise a copy of the chain with each
   * message masked, keeping the original class names and stack traces for whoever logs it.
   */
  static Throwable redacted(Throwable failure, String secret) {
    if (!maskable(secret) || chain(failure).stream().noneMatch(t -> String.valueOf(t.getMessage()).contains(secret))) {
      return failure;
    }
    return copy(failure, secret);
  }

  private static Throwable copy(Throwable t, String secret) {
    Throwable cause = t.getCause() == null || t.getCause() == t ? null : copy(t.getCause(), secret);
    Throwable masked = new RedactedException(t.getClass().getName() + ": " + mask(t.getMessage(), secret), cause);
    masked.setStackTrace(t.getStackTrace());
    return masked;
  }

  /** Stands in for a provider's exception whose message held the API key. */
  static final class RedactedException extends RuntimeException {
    RedactedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
