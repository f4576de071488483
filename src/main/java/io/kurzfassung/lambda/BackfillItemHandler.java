package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.document.Json;
import io.kurzfassung.telemetry.LogContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One object of a backfill: the backfill state machine's Distributed Map lists a prefix with S3 ListObjectsV2 and
 * invokes this function once per object with the item as the reader produces it, plus the bucket its
 * {@code ItemSelector} adds: {@code {"Bucket", "Key", "Size", "Etag", "LastModified", "StorageClass"}}. The object
 * goes the uploads' way ({@link UploadSummaries#listed}): one already summarised by the same model and prompt version
 * is skipped without a model call.
 *
 * <p>Answers {@code {"key","status","name","location"}} with status {@code SUMMARISED}, {@code SKIPPED} or
 * {@code IGNORED}. An object that can never be summarised is recorded under {@code failures/} (storage.OutputLayout) and fails
 * the item with {@link ArticleRejectedException}, which the state machine does not retry; transient failures fail it
 * with their own type ({@code io.kurzfassung.summary.ModelRateLimitedException}, ...), which it retries with backoff.
 *
 * <pre>{@code
 * ./kurzfassung invoke BackfillFunction -e events/backfill-item.json
 * }</pre>
 */
public final class BackfillItemHandler implements RequestStreamHandler {

  private static final Logger LOG = LoggerFactory.getLogger(BackfillItemHandler.class);

  /** An item is a few hundred bytes; more is not an item. */
  private static final int MAX_ITEM_BYTES = 64 * 1024;

  private final UploadSummaries uploads;

  /** For Lambda: the collaborators of this execution environment. */
  public BackfillItemHandler() {
    this(ExecutionEnvironment.get());
  }

  public BackfillItemHandler(Kurzfassung kurzfassung) {
    this.uploads = UploadSummaries.of(kurzfassung);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    LogContext.request(context.getAwsRequestId());
    JsonNode item;
    try {
      item = Json.mapper().readTree(input.readNBytes(MAX_ITEM_BYTES));
    } catch (JsonProcessingException e) {
      throw new ArticleException("a backfill item must be JSON: " + e.getOriginalMessage());
    }
    String bucket = text(item, "Bucket");
    String key = text(item, "Key");
    if (bucket == null || key == null) {
      // A bad event, not a passing failure: the state machine does not retry it, `invoke` ends with exit code 2.
      throw new ArticleException("a backfill item needs Bucket and Key (the ListObjectsV2 item with the "
          + "bucket added by the ItemSelector), was " + (item == null ? "empty" : item.toString()));
    }
    Long size = item.path("Size").isNumber() ? item.path("Size").asLong() : null;
    UploadSummaries.Outcome outcome;
    try {
      outcome = uploads.listed(bucket, key, size, context.getAwsRequestId(), Deadlines.forModel(context));
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw FunctionFailedException.logged(e, context);
    }
    // INFO also when rejected: the ArticleRejectedException thrown then is the item's error record (the function's
    // error, FAILED_*.json), where the upload handlers, whose batch answers success, log a rejection at WARN.
    LOG.info(UploadLog.line(bucket, outcome));
    if (outcome.status() == UploadSummaries.Status.REJECTED) {
      throw new ArticleRejectedException(key, outcome.detail(), outcome.location());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("key", key);
    answer.put("status", outcome.status().name());
    answer.put("name", outcome.name());
    answer.put("location", outcome.location());
    output.write(Json.mapper().writeValueAsBytes(answer));
  }

  private static String text(JsonNode item, String field) {
    JsonNode value = item == null ? null : item.get(field);
    return value == null || !value.isTextual() || value.asText().isEmpty() ? null : value.asText();
  }
}
