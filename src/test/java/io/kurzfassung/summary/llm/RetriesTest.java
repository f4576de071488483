package io.kurzfassung.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelUnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetriesTest {

  final Retries retries = new Retries(3, Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(8));

  @RepeatedTest(20)
  void should_wait_at_least_what_retry_after_asks() {
    var limited = new ModelRateLimitedException("slow down", Duration.ofSeconds(3), null);
    assertThat(retries.backoff(0, limited)).isBetween(Duration.ofSeconds(3), Duration.ofMillis(3_301));
  }

  @RepeatedTest(20)
  void should_back_off_exponentially_with_jitter_up_to_the_cap() {
    var down = new ModelUnavailableException("down");
    assertThat(retries.backoff(0, down)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(retries.backoff(2, down)).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(2_000));
    assertThat(retries.backoff(10, down)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void should_parse_retry_after_seconds_milliseconds_and_dates() {
    assertThat(ModelHttpClient.retryAfter(Optional.of("7"), Optional.empty())).isEqualTo(Duration.ofSeconds(7));
    assertThat(ModelHttpClient.retryAfter(Optional.of("7"), Optional.of("1500"))).isEqualTo(Duration.ofMillis(1500));
    assertThat(ModelHttpClient.retryAfter(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"), Optional.empty()))
        .isEqualTo(Duration.ZERO);
    assertThat(ModelHttpClient.retryAfter(Optional.of("soon"), Optional.empty())).isNull();
    assertThat(ModelHttpClient.retryAfter(Optional.empty(), Optional.empty())).isNull();
  }
}
