package io.kurzfassung.lambda;

/** The one log line per object that the upload and backfill handlers write (through the Lambda context's logger). */
final class UploadLog {

  private UploadLog() {}

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
