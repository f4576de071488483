package io.kurzfassung.local;

/**
 * A function run by {@code invoke} threw: the command has printed Lambda's error object, and the command line turns
 * the cause into its one {@code error:} line and exit code.
 */
public final class FunctionFailedException extends RuntimeException {

  private final String function;

  public FunctionFailedException(String function, RuntimeException cause) {
    super(function + " failed: " + cause.getMessage(), cause);
    this.function = function;
  }

  /** The logical id of the function that failed. */
  public String function() {
    return function;
  }
}
