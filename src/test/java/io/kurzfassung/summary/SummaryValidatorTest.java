package io.kurzfassung.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.article.Article;
import io.kurzfassung.text.GroundingTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummaryValidatorTest {

  static final ModelInfo MODEL = new ModelInfo("openai", "gpt-test", "de-v1");
  static final String SUMMARY = "Wladimir Putin will an der Eröffnung der Olympischen Winterspiele in Peking "
      + "teilnehmen, die westliche Führer wegen Menschenrechtsverletzungen in China boykottieren.";
  static final String EVIDENCE = "Xi hat China seit 2019 nicht mehr öffentlich verlassen.";

  static Article sample;
  final SummaryValidator validator = new SummaryValidator();

  @BeforeAll
  static void load() throws Exception {
    sample = GroundingTest.SampleArticle.load();
  }

  private List<String> problems(String summary, List<KeyFact> facts) {
    return validator.problems(new Summary(summary, facts, MODEL, null), new SummaryRequest(sample, 40, 3, null));
  }

  private static KeyFact fact(String text) {
    return new KeyFact(text, List.of(EVIDENCE));
  }

  @Test
  void should_accept_a_grounded_german_summary() {
    assertThat(problems(SUMMARY, List.of(fact("Xi hat China seit 2019 nicht verlassen."),
        fact("Putin reist zur Eröffnung nach Peking."), fact("Putin sprach per Video mit Xi Jinping.")))).isEmpty();
  }

  @Test
  void should_require_three_facts_when_the_budget_and_the_article_allow_them() {
    assertThat(problems(SUMMARY, List.of(fact("Xi hat China seit 2019 nicht verlassen."))))
        .containsExactly("Es sind 1 Kernfakten, erlaubt sind 3 bis 3.");
  }

  @Test
  void should_reject_a_summary_over_the_word_budget() {
    assertThat(problems(SUMMARY + " " + SUMMARY + " " + SUMMARY, List.of(fact("Xi hat China seit 2019 nicht verlassen."))))
        .anyMatch(p -> p.contains("erlaubt sind höchstens 40"));
  }

  @Test
  void should_reject_too_many_or_no_facts() {
    List<KeyFact> four = List.of(fact("Xi hat China seit 2019 nicht verlassen."), fact("Putin reist selten."),
        fact("Die USA boykottieren die Spiele."), fact("Australien boykottiert die Spiele."));
    assertThat(problems(SUMMARY, four)).anyMatch(p -> p.contains("4 Kernfakten"));
    assertThat(problems(SUMMARY, List.of())).anyMatch(p -> p.contains("0 Kernfakten"));
  }

  @Test
  void should_reject_empty_and_duplicate_facts() {
    assertThat(problems(SUMMARY, List.of(fact("Putin reist selten."), fact("Putin reist selten!"))))
        .anyMatch(p -> p.contains("wiederholt"));
    assertThat(problems(SUMMARY, List.of(fact(" ")))).anyMatch(p -> p.contains("ist leer"));
  }

  @Test
  void should_reject_a_hallucinated_number_or_name() {
    assertThat(problems(SUMMARY, List.of(fact("Russland hat 5.000 Soldaten verlegt."))))
        .anyMatch(p -> p.contains("5.000"));
    assertThat(problems(SUMMARY + " Auch Emmanuel Macron bleibt fern.", List.of(fact("Putin reist selten."))))
        .anyMatch(p -> p.contains("Emmanuel Macron"));
  }

  @Test
  void should_reject_evidence_that_is_not_in_the_article() {
    assertThat(problems(SUMMARY, List.of(new KeyFact("Putin reist selten.", List.of("Putin reist gern.")))))
        .anyMatch(p -> p.contains("kein Satz des Artikels"));
    assertThat(problems(SUMMARY, List.of(new KeyFact("Putin reist selten.", List.of()))))
        .anyMatch(p -> p.contains("keinen Beleg"));
  }

  @Test
  void should_reject_an_english_answer() {
    assertThat(problems("Vladimir Putin will attend the opening ceremony of the Winter Olympics in Beijing, "
        + "which Western leaders boycott.", List.of(fact("Xi has not left China since 2019."))))
        .anyMatch(p -> p.contains("nicht auf Deutsch"));
  }
}
