package io.kurzfassung.summary;

import java.util.List;
import java.util.Objects;

/** One claim from the article, with the article sentence or sentences it rests on. */
public record KeyFact(String text, List<String> evidence) {

  public KeyFact {
    Objects.requireNonNull(text, "text == null");
    evidence = List.copyOf(evidence);
  }
}
