package io.kurzfassung.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPointCoverageTest {

  private final KeyPointCoverage coverage = new KeyPointCoverage(new Rouge(false));

  @Test
  void should_average_the_best_matching_fact_per_key_point() {
    KeyPointCoverage.Coverage c = coverage.score(
        List.of("Der Hund bellt laut.", "Es regnet."), List.of("Der Hund bellt.", "Die Katze schläft."));

    // key point 1: best fact 1, P = 3/4, R = 1, F1 = 6/7; key point 2: no match, 0
    assertThat(c.bestF1()).isCloseTo((6.0 / 7) / 2, within(1e-9));
    assertThat(c.covered()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void should_give_no_score_without_key_points() {
    assertThat(coverage.score(List.of("Der Hund bellt."), List.of())).isNull();
  }
}
