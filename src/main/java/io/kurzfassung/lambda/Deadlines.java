package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.time.Instant;

/** The model's deadline inside a Lambda invocation: the time Lambda leaves us, minus a margin to store the result. */
final class Deadlines {

  /** Time kept back for writing the summary to S3 and answering. */
  static final Duration STORE_MARGIN = Duration.ofSeconds(2);

  private Deadlines() {}

  static Instant forModel(Context context) {
    long remaining = context.getRemainingTimeInMillis() - STORE_MARGIN.toMillis();
    return Instant.now().plusMillis(Math.max(0, remaining));
  }
}
