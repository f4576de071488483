package io.kurzfassung.cli;

import java.io.PrintWriter;

/**
 * Lines on stderr, and a one-line progress bar below them, redrawn in place, only when stderr is a terminal.
 */
class Progress {

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean bar;
  private long lastDrawn;

  private Progress(PrintWriter err, boolean bar) {
    this.err = err;
    this.bar = bar;
  }

  /** With a bar when {@code wanted} and the process has a terminal. */
  static Progress on(PrintWriter err, boolean wanted) {
    return new Progress(err, wanted && isTerminal());
  }

  /** A line (above the bar). */
  synchronized void message(String line) {
    if (bar) {
      err.print("\r\033[K");
    }
    err.println(line);
    err.flush();
  }

  /** Redraws at most ten times a second. */
  synchronized void show(BackfillCounts counts) {
    long now = System.nanoTime();
    if (!bar || now - lastDrawn < 100_000_000L) {
      return;
    }
    lastDrawn = now;
    draw(counts);
  }

  synchronized void done(BackfillCounts counts) {
    if (bar) {
      draw(counts);
      err.print("\r\033[K");
      err.flush();
    }
  }

  private void draw(BackfillCounts counts) {
    int done = counts.done();
    int listed = Math.max(counts.listedSoFar(), 1);
    int filled = (int) ((long) WIDTH * done / listed);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + counts.listedSoFar()
        + " listed, " + counts.failedTotal() + " failed");
    err.flush();
  }

  /** JDK 22+ always has a Console and says whether it is a terminal; on 21 a Console means one. */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
