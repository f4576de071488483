package io.kurzfassung.summary.llm;

import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/**
 * The model's structured answer: a German summary and key facts that cite the numbers of the article's sentences.
 * Its JSON schema is what providers with native structured output are sent.
 */
record SummaryDraft(
    @Description("Zusammenfassung des Artikels auf Deutsch") String summary,
    @Description("Kernfakten des Artikels auf Deutsch") List<Fact> keyFacts) {

  SummaryDraft {
    summary = summary == null ? "" : summary;
    keyFacts = keyFacts == null ? List.of() : keyFacts.stream().filter(f -> f != null).toList();
  }

  /** One key fact and the numbers of the sentences that support it. */
  record Fact(
      @Description("Der Kernfakt als kurzer deutscher Satz") String text,
      @Description("Nummern der Artikelsätze, die den Kernfakt belegen") List<Integer> sentences) {

    Fact {
      text = text == null ? "" : text;
      sentences = sentences == null ? List.of() : sentences.stream().filter(n -> n != null).toList();
    }
  }
}
