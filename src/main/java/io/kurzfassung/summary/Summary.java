package io.kurzfassung.summary;

import java.util.List;
import java.util.Objects;

/** What a {@link Summarizer} produces: a German summary, key facts with evidence, and who made them. */
public record Summary(String text, List<KeyFact> keyFacts, ModelInfo model, Usage usage) {

  public Summary {
    Objects.requireNonNull(text, "text == null");
    keyFacts = List.copyOf(keyFacts);
    Objects.requireNonNull(model, "model == null");
    usage = usage == null ? Usage.UNKNOWN : usage;
  }
}
