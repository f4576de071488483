package io.kurzfassung.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the {@code serve} command. */
@Command(name = "serve", description = "Not available yet.")
final class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("serve is not available yet");
  }
}
