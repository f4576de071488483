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
}
