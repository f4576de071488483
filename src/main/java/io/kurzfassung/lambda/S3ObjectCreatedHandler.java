package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.config.Config;
import io.kurzfassung.storage.S3Uploads;
import io.kurzfassung.telemetry.LogContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarises articles uploaded under {@code INPUT_PREFIX}: {@code incoming/a/b.txt} becomes
 * {@code OUTPUT_PREFIX + a/b.txt.json} in {@code OUTPUT_BUCKET}. Every record is handled; keys outside the input
 * prefix or under the output prefix are ignored (no recursion, even when both prefixes share a bucket); an upload
 * whose summary already exists for the same article and model is skipped without calling the model. Failed records
 * are thrown together after the others are done, so that Lambda retries them and then sends them to the DLQ.
 *
 * <pre>{@code
 * aws s3 cp events/putin-olympia.de.txt s3://<bucket>/incoming/
 * sam local invoke UploadFunction -e events/s3-object-created.json
 * }</pre>
 */
public final class S3ObjectCreatedHandler implements RequestHandler<S3Event, S3ObjectCreatedHandler.Outcome> {

  /** What happened to the records of one event, by S3 key (output keys for written and skipped ones). */
  public record Outcome(List<String> written, List<String> skipped, List<String> ignored) {
    public Outcome {
      written = List.copyOf(written);
      skipped = List.copyOf(skipped);
      ignored = List.copyOf(ignored);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(S3ObjectCreatedHandler.class);

  private final Config config;
  private final UploadKeys keys;
  private final S3Uploads uploads;
  private final SummarizeService service;

  /** For Lambda: the collaborators of this execution environment. */
  public S3ObjectCreatedHandler() {
    this(ExecutionEnvironment.get());
  }

  public S3ObjectCreatedHandler(Kurzfassung kurzfassung) {
    this.config = kurzfassung.config();
    this.keys = UploadKeys.of(config);
    this.uploads = kurzfassung.uploads();
    this.service = kurzfassung.service();
  }

  @Override
  public Outcome handleRequest(S3Event event, Context context) {
    LogContext.request(context.getAwsRequestId());
    List<String> written = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    List<String> failedKeys = new ArrayList<>();
    List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
    for (S3EventNotificationRecord record : records) {
      String key = record.getS3() == null || record.getS3().getObject() == null
          ? null : record.getS3().getObject().getUrlDecodedKey();
      if (!keys.accepts(record, key)) {
        ignored.add(key);
        LOG.info("ignored " + key + " (not a created object under INPUT_PREFIX " + config.inputPrefix()
            + " or under OUTPUT_PREFIX " + config.outputPrefix() + ")");
        continue;
      }
      String bucket = record.getS3().getBucket().getName();
      try {
        SummarizeService.Result result = summarize(bucket, key, record.getS3().getObject().getSizeAsLong(), context);
        (result.summarised() ? written : skipped).add(config.outputPrefix() + result.name());
        LOG.info((result.summarised() ? "summarised " : "skipped (summary exists) ")
            + "s3://" + bucket + "/" + key + " -> " + result.location());
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
    return new Outcome(written, skipped, ignored);
  }

  /** {@code incoming/a/b.txt} is stored as {@code a/b.txt.json}, with its key as the source. */
  private SummarizeService.Result summarize(String bucket, String key, Long size, Context context) {
    if (size != null) {
      service.requireWithinCap(size);
    }
    byte[] content = uploads.read(bucket, key, service.maxInputBytes());
    return service.summarize(new SummarizeService.Input(content, UploadKeys.formatOf(key), keys.nameOf(key), key,
        Deadlines.forModel(context)));
  }
}
