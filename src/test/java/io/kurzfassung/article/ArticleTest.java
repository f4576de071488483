package io.kurzfassung.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.SummaryValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final String TEXT = "Der TSV spielt im Pokal gegen 1860. Detailansicht öffnen Philipp Steinhart (Mitte) "
      + "garantiert hohe Einnahmen. (Foto: Sebastian Widmann/Getty) Der alte Hafen von Lindau (Foto: Eva Lang) soll "
      + "bis 2026 für 12 Millionen Euro erneuert werden.";

  @Test
  void should_build_its_text_and_sentences_without_image_viewers_labels_and_photo_credits() {
    Article a = Article.of("Pokal", TEXT, null, null, null, "de");

    assertThat(a.text()).doesNotContain("Detailansicht öffnen").doesNotContain("Foto:");
    assertThat(a.analysis().sentences()).containsExactly("Der TSV spielt im Pokal gegen 1860.",
        "Philipp Steinhart (Mitte) garantiert hohe Einnahmen.",
        "Der alte Hafen von Lindau soll bis 2026 für 12 Millionen Euro erneuert werden.");
    assertThat(a.id()).isEqualTo(Article.of("Pokal", a.text(), null, null, null, "de").id());
  }

  @Test
  void should_accept_a_models_fact_whose_evidence_is_a_sentence_without_its_photo_credit() {
    // The evidence a model quotes is a sentence of the text it was given, which has no photo credit.
    Article a = Article.of("Pokal", TEXT, null, null, null, "de");
    KeyFact fact = new KeyFact("Der Hafen von Lindau wird bis 2026 für 12 Millionen Euro erneuert.",
        List.of("Der alte Hafen von Lindau soll bis 2026 für 12 Millionen Euro erneuert werden."));
    Summary summary = new Summary("Der TSV spielt im Pokal gegen 1860, und der Hafen von Lindau soll bis 2026 für "
        + "12 Millionen Euro erneuert werden.", List.of(fact), new ModelInfo("openai", "gpt-test", "de-v1"), null);

    assertThat(new SummaryValidator().problems(summary, new SummaryRequest(a, 40, 3, null)))
        .noneMatch(p -> p.contains("Beleg"));
  }
}
