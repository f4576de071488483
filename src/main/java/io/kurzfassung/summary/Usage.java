package io.kurzfassung.summary;

/** Token usage reported by the model; null where unknown (always null for the extractive model). */
public record Usage(Integer inputTokens, Integer outputTokens) {

  public static final Usage UNKNOWN = new Usage(null, null);

  /** Adds two usages; unknown stays unknown only if both are. */
  public Usage plus(Usage other) {
    return new Usage(sum(inputTokens, other.inputTokens), sum(outputTokens, other.outputTokens));
  }

  private static Integer sum(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }
}
