package io.kurzfassung.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

  private final Rouge rouge = new Rouge(false);

  @Test
  void should_score_unigrams_bigrams_and_lcs_as_computed_by_hand() {
    // candidate: der kleine hund bellt laut (5 tokens); reference: der hund bellt (3 tokens)
    Rouge.Scores s = rouge.score("Der kleine Hund bellt laut.", "Der Hund bellt.");

    // R1: 3 common tokens, P = 3/5, R = 3/3, F1 = 2 * 0.6 * 1 / 1.6 = 0.75
    assertThat(s.rouge1().precision()).isCloseTo(0.6, within(1e-9));
    assertThat(s.rouge1().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(s.rouge1().f1()).isCloseTo(0.75, within(1e-9));
    // R2: candidate bigrams 4, reference bigrams 2, common "hund bellt": P = 1/4, R = 1/2, F1 = 1/3
    assertThat(s.rouge2().f1()).isCloseTo(1.0 / 3, within(1e-9));
    // RL: LCS "der hund bellt" = 3, as R1
    assertThat(s.rougeL().f1()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void should_reward_order_only_in_rouge_l() {
    Rouge.Scores s = rouge.score("Hund Katze Maus Vogel", "Katze Hund Vogel Maus");

    assertThat(s.rouge1().f1()).isCloseTo(1.0, within(1e-9));
    assertThat(s.rouge2().f1()).isZero();
    // LCS is 2 of 4 on both sides
    assertThat(s.rougeL().f1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void should_clip_repeated_tokens_to_their_count_in_the_reference() {
    // overlap min(3, 1) = 1: P = 1/3, R = 1/2, F1 = 0.4
    assertThat(rouge.score("die die die", "die Katze").rouge1().f1()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void should_lower_case_and_keep_umlauts_inside_tokens() {
    assertThat(rouge.tokens("Außenminister Müller-Lüdenscheidt: 3,5 %!"))
        .containsExactly("außenminister", "müller", "lüdenscheidt", "3", "5");
  }

  @Test
  void should_match_inflected_forms_only_with_stemming() {
    assertThat(rouge.score("Häuser", "Haus").rouge1().f1()).isZero();
    assertThat(new Rouge(true).score("Häuser", "Haus").rouge1().f1()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void should_score_zero_for_an_empty_candidate() {
    assertThat(rouge.score("", "Der Hund bellt.").rouge1()).isEqualTo(Rouge.Score.ZERO);
  }
}
