package io.kurzfassung.telemetry;

/** Where the service reports each summarisation: {@link EmfMetrics} in Lambda, nowhere on the command line. */
@FunctionalInterface
public interface SummaryMetrics {

  /** Reports nothing. */
  SummaryMetrics NONE = summarisation -> {};

  void record(Summarisation summarisation);
}
