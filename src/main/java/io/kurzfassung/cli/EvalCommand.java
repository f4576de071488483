package io.kurzfassung.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code eval} command. */
@Command(name = "eval", description = "Not available yet.")
final class EvalCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("eval is not available yet");
  }
}
