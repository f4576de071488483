package io.kurzfassung.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place, and only when stderr is a terminal. */
class Progress {

  static final Progress NONE = new Progress(null);

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private long lastDrawn;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  /** A bar when the process has a terminal, else nothing. */
  static Progress onTerminal(PrintWriter err) {
    return isTerminal() ? new Progress(err) : NONE;
  }

  /** A message line above the bar. */
  synchronized void message(String line) {
    if (err == null) {
      return;
    }
    err.print("\r\033[K");
    err.println(line);
    err.flush();
  }

  /** Redraws at most ten times a second. */
  synchronized void show(BackfillCounts counts) {
    long now = System.nanoTime();
    if (err == null || now - lastDrawn < 100_000_000L) {
      return;
    }
    lastDrawn = now;
    draw(counts);
  }

  synchronized void done(BackfillCounts counts) {
    if (err != null) {
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
