package io.kurzfassung.local;

import java.util.regex.Pattern;

/**
 * A failure's message as one line a person reads in a terminal: the first line only (a log message with a stack
 * trace under it loses the trace), the AWS SDK's account of every place it looked for credentials said in one
 * sentence, and at most {@value #MAX} characters. {@code --debug} shows the messages as they are.
 */
public final class ErrorLine {

  static final int MAX = 500;

  /** What the AWS SDK's credential chain, and each of its providers, says when it finds nothing (to the end). */
  private static final Pattern NO_CREDENTIALS = Pattern.compile("Unable to load credentials\\b.*", Pattern.DOTALL);
  static final String NO_AWS_CREDENTIALS = "no AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and"
      + " AWS_SECRET_ACCESS_KEY (any values for a local S3 at AWS_ENDPOINT_URL_S3)";

  private ErrorLine() {}

  /** The message as one line; an empty string for null. */
  public static String of(String message) {
    if (message == null) {
      return "";
    }
    String first = message.strip().lines().findFirst().orElse("");
    String line = NO_CREDENTIALS.matcher(first).replaceFirst(NO_AWS_CREDENTIALS).replaceAll("\\s+", " ").strip();
    return line.length() > MAX ? line.substring(0, MAX) + "…" : line;
  }
}
