package io.kurzfassung.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;

class ErrorLineTest {

  @Test
  void should_say_in_one_sentence_that_the_sdk_found_no_credentials() {
    // The SDK's own chain with nothing to find (surefire points the profile files at /nonexistent).
    String sdk = catchThrowable(AwsCredentialsProviderChain.of(SystemPropertyCredentialsProvider.create(),
        ProfileCredentialsProvider.builder().profileName("kurzfassung-test").build())::resolveCredentials).getMessage();
    assertThat(sdk).startsWith("Unable to load credentials").contains("AwsCredentialsProviderChain");

    String line = ErrorLine.of("cannot read s3://b/incoming/a.txt: " + sdk);

    assertThat(line).isEqualTo("cannot read s3://b/incoming/a.txt: " + ErrorLine.NO_AWS_CREDENTIALS)
        .doesNotContain("AwsCredentialsProviderChain", "\n");
  }

  @Test
  void should_keep_the_first_line_of_a_message_with_a_stack_trace_under_it() {
    String log = "request r-1 failed with 500: java.lang.IllegalStateException: boom\n"
        + "java.lang.IllegalStateException: boom\n\tat io.kurzfassung.X.y(X.java:1)\n";

    assertThat(ErrorLine.of(log)).isEqualTo("request r-1 failed with 500: java.lang.IllegalStateException: boom");
  }

  @Test
  void should_cut_a_very_long_line() {
    String line = ErrorLine.of("x".repeat(2_000));

    assertThat(line).hasSize(ErrorLine.MAX + 1).endsWith("…");
    assertThat(ErrorLine.of(null)).isEmpty();
  }
}
