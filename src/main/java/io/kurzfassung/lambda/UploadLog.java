package io.kurzfassung.lambda;

import org.slf4j.Logger;

/** The one log line per object that the upload and backfill handlers write (through the Lambda context's logger). */
final class UploadLog {

  private UploadLog() {}

  /**
   * Logs the line of an upload: a rejected one at WARN (an input that can never be summarised, recorded under
   * {@code failures/}, and the only trace of it, since the batch answers success), the others at INFO. No stack
   * trace: the detail says what was wrong with the input.
   */
  static void log(Logger log, String bucket, UploadSummaries.Outcome outcome) {
    if (outcome.status() == UploadSummaries.Status.REJECTED) {
      log.warn(line(bucket, outcome));
    } else {
      log.info(line(bucket, outcome));
    }
  }

  static String line(String bucket, UploadSummaries.Outcome outcome) {
    String object = "s3://" + bucket + "/" + outcome.key();
    return switch (outcome.status()) {
      case SUMMARISED -> "summarised " + object + " -> " + outcome.location();
      case SKIPPED -> "skipped (summary exists) " + object + " -> " + outcome.location();
      case IGNORED -> "ignored " + outcome.key() + " (" + outcome.detail() + ")";
      case REJECTED -> "rejected " + object + " (not retried): " + outcome.detail() + " -> " + outcome.location();
    };
  }
}
