package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void should_double_the_delay_per_receive_up_to_the_cap() {
    assertThat(Backoff.delay(1, Duration.ZERO)).hasSeconds(30);
    assertThat(Backoff.delay(2, Duration.ZERO)).hasSeconds(60);
    assertThat(Backoff.delay(5, Duration.ZERO)).hasSeconds(480);
    assertThat(Backoff.delay(6, Duration.ZERO)).hasSeconds(900);
    assertThat(Backoff.delay(60, Duration.ZERO)).hasSeconds(900);
  }

  @Test
  void should_wait_at_least_as_long_as_the_provider_asks_within_the_cap() {
    assertThat(Backoff.delay(1, Duration.ofSeconds(90))).hasSeconds(90);
    assertThat(Backoff.delay(1, Duration.ofHours(2))).hasSeconds(900);
  }

  @Test
  void should_take_the_wait_from_a_throttled_model_only() {
    assertThat(Backoff.askedFor(new ModelRateLimitedException("429", Duration.ofSeconds(20), null))).hasSeconds(20);
    assertThat(Backoff.askedFor(new ModelUnavailableException("503"))).isZero();
  }

  @Test
  void should_keep_ten_receives_of_a_throttled_message_spread_over_about_an_hour() {
    long total = 0;
    for (int receive = 1; receive < 10; receive++) {
      total += Backoff.delay(receive, Duration.ZERO).toSeconds();
    }
    assertThat(Duration.ofSeconds(total)).isBetween(Duration.ofMinutes(45), Duration.ofMinutes(90));
  }
}
