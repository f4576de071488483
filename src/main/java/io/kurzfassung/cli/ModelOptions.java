package io.kurzfassung.cli;

import io.kurzfassung.config.Config;
import picocli.CommandLine.Option;

/** The options that pick the summariser, shared by {@code summarize}, {@code backfill} and {@code eval}. */
final class ModelOptions {

  @Option(names = "--provider", description = "Overrides LLM_PROVIDER.")
  String provider;

  @Option(names = "--model", description = "Overrides LLM_MODEL.")
  String model;

  /** The configuration with the summariser these options name, where they name one. */
  Config applyTo(Config config) {
    return config.withModel(provider, model);
  }
}
