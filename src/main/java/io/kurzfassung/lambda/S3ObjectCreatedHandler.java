package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.config.Config;
import io.kurzfassung.telemetry.LogContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarises articles uploaded under {@code INPUT_PREFIX}, invoked by S3 directly (the template's default is the
 * SQS queue, {@link SqsUploadHandler}): {@code incoming/a/b.txt} becomes {@code OUTPUT_PREFIX + uploads/a/b.txt.json} in
 * {@code OUTPUT_BUCKET}. Every record is handled; keys outside the input prefix or under the output prefix are
 * ignored (no recursion, even when both prefixes share a bucket); an upload whose summary already exists for the same
 * article and model is skipped without calling the model. An upload that can never succeed (empty, too short, not
 * German, too long, deleted before it was read) is recorded under {@code failures/} (storage.OutputLayout)
 * ({@code failures/uploads/a/b.txt.json}, see {@code storage.OutputLayout}) and not retried. Records that failed for a passing reason are thrown together after
 * the others are done, so that Lambda retries them and then sends them to the DLQ.
 *
 * <pre>{@code
 * aws s3 cp events/putin-olympia.de.txt s3://<bucket>/incoming/
 * ./kurzfassung invoke UploadFunction -e events/s3-object-created.json   # with the S3 handler configured
 * }</pre>
 */
public final class S3ObjectCreatedHandler implements RequestHandler<S3Event, S3ObjectCreatedHandler.Outcome> {

  /**
   * What happened to the records of one event, by S3 key (output keys for written and skipped ones; input keys for
   * ignored and rejected ones).
   */
  public record Outcome(List<String> written, List<String> skipped, List<String> ignored, List<String> rejected) {
    public Outcome {
      written = List.copyOf(written);
      skipped = List.copyOf(skipped);
      ignored = List.copyOf(ignored);
      rejected = List.copyOf(rejected);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(S3ObjectCreatedHandler.class);

  private final Config config;
  private final UploadSummaries uploads;

  /** For Lambda: the collaborators of this execution environment. */
  public S3ObjectCreatedHandler() {
    this(ExecutionEnvironment.get());
  }

  public S3ObjectCreatedHandler(Kurzfassung kurzfassung) {
    this.config = kurzfassung.config();
    this.uploads = UploadSummaries.of(kurzfassung);
  }

  @Override
  public Outcome handleRequest(S3Event event, Context context) {
    LogContext.request(context.getAwsRequestId());
    List<String> written = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    List<String> failedKeys = new ArrayList<>();
    List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
    for (S3EventNotificationRecord record : records) {
      String key = record.getS3() == null || record.getS3().getObject() == null
          ? null : record.getS3().getObject().getUrlDecodedKey();
      String bucket = record.getS3() == null || record.getS3().getBucket() == null
          ? null : record.getS3().getBucket().getName();
      try {
        UploadSummaries.Outcome outcome = uploads.uploaded(record.getEventName(), bucket, key,
            key == null ? null : record.getS3().getObject().getSizeAsLong(), context.getAwsRequestId(),
            Deadlines.forModel(context));
        switch (outcome.status()) {
          case SUMMARISED -> written.add(config.outputPrefix() + outcome.name());
          case SKIPPED -> skipped.add(config.outputPrefix() + outcome.name());
          case IGNORED -> ignored.add(key);
          case REJECTED -> rejected.add(key);
        }
        UploadLog.log(LOG, bucket, outcome);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // One line: an error of the JVM is logged like any other failure, without its stack trace.
        LOG.error("failed s3://" + bucket + "/" + key + ": " + e.getClass().getName() + ": " + e.getMessage());
        failures.add(e instanceof Error error ? FunctionFailedException.of(error) : e);
        failedKeys.add(key);
      }
    }
    if (!failures.isEmpty()) {
      UploadsFailedException e = new UploadsFailedException(failedKeys, records.size(), failures.get(0));
      failures.subList(1, failures.size()).forEach(e::addSuppressed);
      throw e;
    }
    return new Outcome(written, skipped, ignored, rejected);
  }
}
