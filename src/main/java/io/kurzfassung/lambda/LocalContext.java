package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A Lambda {@link Context} for calls that Lambda does not make: {@code invoke}, {@code serve}, tests, and SnapStart
 * {@link Priming}. A fresh request id, and a remaining time counted down from the function's timeout. Logs go to
 * stderr unless a sink is given.
 */
public final class LocalContext implements Context {

  private final String functionName;
  private final String requestId;
  private final Instant deadline;
  private final int memoryMb;
  private final LambdaLogger logger;

  public LocalContext(String functionName, Duration timeout, int memoryMb) {
    this(functionName, UUID.randomUUID().toString(), timeout, memoryMb, System.err);
  }

  public LocalContext(String functionName, String requestId, Duration timeout, int memoryMb, PrintStream log) {
    this(functionName, requestId, timeout, memoryMb, log::println);
  }

  /** A context whose log lines go to {@code log}, one call per message. */
  public LocalContext(String functionName, String requestId, Duration timeout, int memoryMb, Consumer<String> log) {
    this.functionName = functionName;
    this.requestId = requestId;
    this.deadline = Instant.now().plus(timeout);
    this.memoryMb = memoryMb;
    this.logger = new LambdaLogger() {
      @Override
      public void log(String message) {
        log.accept(message);
      }

      @Override
      public void log(byte[] message) {
        log.accept(new String(message, StandardCharsets.UTF_8));
      }
    };
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:local:000000000000:function:" + functionName;
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Duration.between(Instant.now(), deadline).toMillis()));
  }

  @Override
  public int getMemoryLimitInMB() {
    return memoryMb;
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }
}
