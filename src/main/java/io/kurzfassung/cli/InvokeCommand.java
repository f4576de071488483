package io.kurzfassung.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code invoke} command. */
@Command(name = "invoke", description = "Not available yet.")
final class InvokeCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("invoke is not available yet");
  }
}
