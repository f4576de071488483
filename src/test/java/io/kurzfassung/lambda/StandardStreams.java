package io.kurzfassung.lambda;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code writes to standard output and standard error, where the functions' log lines go. */
public record StandardStreams(String out, String err) {

  /** Runs the code with both streams captured, and puts them back. */
  public static synchronized StandardStreams capture(Runnable code) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    var capturedOut = new ByteArrayOutputStream();
    var capturedErr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
      code.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new StandardStreams(capturedOut.toString(StandardCharsets.UTF_8),
        capturedErr.toString(StandardCharsets.UTF_8));
  }
}
