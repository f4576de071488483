package io.kurzfassung.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadBaselineTest {

  @Test
  void should_take_the_first_three_sentences() {
    assertThat(LeadBaseline.lead3("Eins ist da. Zwei am 4. Mai. Drei kommt. Vier nicht."))
        .isEqualTo("Eins ist da. Zwei am 4. Mai. Drei kommt.");
  }

  @Test
  void should_cut_to_the_given_number_of_words_not_counting_punctuation_tokens() {
    assertThat(LeadBaseline.firstWords("Eins zwei – drei vier fünf", 3)).isEqualTo("Eins zwei – drei");
  }

  @Test
  void should_take_whole_sentences_then_the_main_clause_of_the_next_within_the_budget() {
    String text = "Der Rat hat am Montag das Budget beschlossen. Die Opposition im Rat stimmte geschlossen dagegen, "
        + "weil sie die Schulden für zu hoch hält. Das Wetter war schön.";

    assertThat(LeadBaseline.wholeSentences(text, 15))
        .isEqualTo("Der Rat hat am Montag das Budget beschlossen. Die Opposition im Rat stimmte geschlossen dagegen.");
    assertThat(LeadBaseline.wholeSentences(text, 7)).isEmpty(); // the first sentence has no main clause to cut to
    assertThat(LeadBaseline.wholeSentences(text, 100)).isEqualTo(text);
  }
}
