package io.kurzfassung.summary;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one summarisation asked of the model: calls answered, the time they took, tokens, repair rounds, the fallback
 * and the failed calls by type. The model client fills it in as it works; the service reads it once, for the
 * summarisation's metrics. Thread-safe: map-reduce asks for the parts of a long article concurrently.
 */
public final class ModelUse {

  /** The figures at one moment. {@code fallbackReason} is null when the model's answer was used. */
  public record Figures(int calls, long latencyMillis, long inputTokens, long outputTokens, int repairs,
      String fallbackReason, Map<String, Integer> errors) {
    public Figures {
      errors = Map.copyOf(errors);
    }
  }

  private int calls;
  private long latencyMillis;
  private long inputTokens;
  private long outputTokens;
  private int repairs;
  private String fallbackReason;
  private final Map<String, Integer> errors = new TreeMap<>();

  /** An answered call: how long the provider took and the tokens it reported (unknown counts as none). */
  public synchronized void answered(long millis, Usage usage) {
    calls++;
    latencyMillis += millis;
    if (usage != null) {
      inputTokens += usage.inputTokens() == null ? 0 : usage.inputTokens();
      outputTokens += usage.outputTokens() == null ? 0 : usage.outputTokens();
    }
  }

  /** A failed call (also one that was retried), by the type of its failure. */
  public synchronized void failed(String type) {
    errors.merge(type, 1, Integer::sum);
  }

  /** A rejected answer was sent back for repair. */
  public synchronized void repairing() {
    repairs++;
  }

  /** The model's answer was replaced, for the given short reason (a type, never the answer's text). */
  public synchronized void fellBack(String reason) {
    fallbackReason = reason;
  }

  public synchronized Figures figures() {
    return new Figures(calls, latencyMillis, inputTokens, outputTokens, repairs, fallbackReason, errors);
  }
}
