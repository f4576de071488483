package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.storage.UploadQueue;
import io.kurzfassung.telemetry.LogContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarises the uploads that S3 notifies to the upload queue (the template's default): each SQS message body is an
 * S3 event notification, every record of every message is handled as {@link S3ObjectCreatedHandler} handles it (loop
 * guard, URL-encoded keys, size cap, no second model call for a re-delivered upload), and the {@code s3:TestEvent}
 * that S3 sends when the notification is configured is ignored.
 *
 * <p>The answer lists as batch item failures exactly the messages that failed for a passing reason (the model
 * throttled, unavailable or slow; S3 errors), so that SQS redelivers only those; each of them is first hidden for a
 * back-off ({@link Backoff}) so that a throttling provider does not use up its receives in seconds. An upload that can
 * never succeed is recorded under {@code failures/} (storage.OutputLayout) and its message is deleted with the batch.
 *
 * <pre>{@code
 * ./kurzfassung invoke UploadFunction -e events/sqs-s3-notifications.json
 * }</pre>
 */
public final class SqsUploadHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private static final Logger LOG = LoggerFactory.getLogger(SqsUploadHandler.class);

  /**
   * A message is started only with this much time left in the invocation: the model's timeout of one attempt is
   * longer, but a message cut short is retried like any transient failure, while an invocation that times out
   * returns its whole batch (the done ones are then skipped, at the cost of a read each).
   */
  static final Duration MIN_TIME_PER_MESSAGE = Duration.ofSeconds(15);

  private final UploadSummaries uploads;
  private final UploadQueue queue;

  /** For Lambda: the collaborators of this execution environment. */
  public SqsUploadHandler() {
    this(ExecutionEnvironment.get());
  }

  /**
   * With a queue client in the configuration's region (built once, with the handler, at init); an SQS-compatible
   * server is taken from {@code AWS_ENDPOINT_URL_SQS} by the SDK itself.
   */
  public SqsUploadHandler(Kurzfassung kurzfassung) {
    this(kurzfassung, UploadQueue.create(kurzfassung.config().awsRegion(), null));
  }

  public SqsUploadHandler(Kurzfassung kurzfassung, UploadQueue queue) {
    this.uploads = UploadSummaries.of(kurzfassung);
    this.queue = Objects.requireNonNull(queue, "queue == null");
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    LogContext.request(context.getAwsRequestId());
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    List<SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
    for (SQSMessage message : messages) {
      if (context.getRemainingTimeInMillis() < MIN_TIME_PER_MESSAGE.toMillis()) {
        // Too little time left to summarise: hand the message back at once rather than let a timeout fail the batch.
        LOG.info("message " + message.getMessageId() + " not started ("
            + context.getRemainingTimeInMillis() + " ms left); returned to the queue");
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        hide(message, Duration.ZERO, context);
        continue;
      }
      Duration retryAfter = handle(message, context);
      if (retryAfter != null) {
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        hide(message, Backoff.delay(receiveCount(message), retryAfter), context);
      }
    }
    return new SQSBatchResponse(failures);
  }

  /** Handles every record of the message; null when done, else the wait the failure asks for (may be zero). */
  private Duration handle(SQSMessage message, Context context) {
    S3Notifications.Parsed parsed = S3Notifications.parse(message.getBody());
    if (parsed.testEvent()) {
      LOG.info("ignored message " + message.getMessageId() + " (s3:TestEvent)");
      return null;
    }
    if (parsed.problem() != null) {
      // Not an S3 notification: no retry can change that; the message is dropped with a log line.
      LOG.info("ignored message " + message.getMessageId() + " (" + parsed.problem() + ")");
      return null;
    }
    Duration retryAfter = null;
    for (S3Notifications.Notified record : parsed.records()) {
      try {
        UploadSummaries.Outcome outcome = uploads.uploaded(record.eventName(), record.bucket(), record.key(),
            record.size(), context.getAwsRequestId(), Deadlines.forModel(context));
        UploadLog.log(LOG, record.bucket(), outcome);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // One line: an error of the JVM is logged like any other failure, without its stack trace.
        LOG.error("failed s3://" + record.bucket() + "/" + record.key() + " (retried): "
            + e.getClass().getName() + ": " + e.getMessage());
        Duration asked = Backoff.askedFor(e);
        retryAfter = retryAfter == null || asked.compareTo(retryAfter) > 0 ? asked : retryAfter;
      }
    }
    return retryAfter;
  }

  /** Hides the failed message for the delay; when SQS refuses, the queue's visibility timeout applies instead. */
  private void hide(SQSMessage message, Duration delay, Context context) {
    try {
      queue.delay(message.getEventSourceArn(), message.getReceiptHandle(), delay);
      LOG.info("message " + message.getMessageId() + " visible again in " + delay.toSeconds() + " s");
    } catch (RuntimeException e) {
      LOG.warn("cannot back off message " + message.getMessageId() + " (the queue's visibility "
          + "timeout applies): " + e.getMessage());
    }
  }

  private static int receiveCount(SQSMessage message) {
    String count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
    try {
      return count == null ? 1 : Math.max(1, Integer.parseInt(count));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
