package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import org.slf4j.LoggerFactory;

/**
 * An error of the JVM (out of memory, a stack overflow) during an invocation, logged as one line and thrown in its
 * place without a stack trace: Lambda answers the invocation with the error type and this fixed message only.
 */
public final class FunctionFailedException extends RuntimeException {

  private FunctionFailedException(String message) {
    super(message, null, false, false);
  }

  /** Logs the error as one line under the request id and returns the exception to throw instead. */
  static FunctionFailedException logged(Error e, Context context) {
    LoggerFactory.getLogger(FunctionFailedException.class).error("request " + context.getAwsRequestId()
        + " failed: " + e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    return of(e);
  }

  /** The stand-in for the error, with its type in the message. */
  static FunctionFailedException of(Error e) {
    return new FunctionFailedException("the function failed: " + e.getClass().getSimpleName());
  }
}
