package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.config.Config;
import io.kurzfassung.storage.OutputLayout;
import java.util.Locale;

/** Which uploads the upload function summarises, and the store name and format of each. */
record UploadKeys(String inputPrefix, String outputPrefix, String outputBucket) {

  static UploadKeys of(Config config) {
    return new UploadKeys(config.inputPrefix(), config.outputPrefix(), config.outputBucket());
  }

  /** Only created objects under the input prefix and never under the output prefix (our own writes). */
  boolean accepts(S3EventNotificationRecord record, String key) {
    return record.getS3() != null && record.getS3().getBucket() != null
        && accepts(record.getEventName(), record.getS3().getBucket().getName(), key);
  }

  /** As {@link #accepts(S3EventNotificationRecord, String)}, for a record read from an SQS message body. */
  boolean accepts(String eventName, String bucket, String key) {
    if (eventName != null && !eventName.startsWith("ObjectCreated")) {
      return false;
    }
    return acceptsListed(bucket, key) && key.startsWith(inputPrefix);
  }

  /**
   * Objects of a listing (a backfill of any prefix): every object but a folder marker and never under the output
   * prefix (our own writes, the backfill's results).
   */
  boolean acceptsListed(String bucket, String key) {
    if (key == null || key.isEmpty() || key.endsWith("/") || bucket == null) {
      return false;
    }
    if (!outputPrefix.isEmpty() && key.startsWith(outputPrefix)) {
      return false;
    }
    // Summaries go to the root of this very bucket: every key could be one of ours.
    return !(outputPrefix.isEmpty() && bucket.equals(outputBucket));
  }

  /**
   * {@code incoming/a/b.txt} is stored as {@code uploads/a/b.txt.json} ({@link OutputLayout#upload}); a key outside
   * the input prefix (a backfilled archive) as {@code objects/<whole key>.json} ({@link OutputLayout#object}), so that
   * it never takes the name of an upload's summary. A backfill of the input prefix finds the uploads' summaries and
   * skips them.
   *
   * @throws io.kurzfassung.storage.UnsafeUploadKeyException for a key with an empty, . or .. segment (bad input)
   */
  String nameOf(String key) {
    return key.startsWith(inputPrefix)
        ? OutputLayout.upload(key.substring(inputPrefix.length()))
        : OutputLayout.object(key);
  }

  /** The format a key's extension names; null detects it from the content. */
  static ArticleParser.Format formatOf(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.endsWith(".json")) {
      return ArticleParser.Format.JSON;
    }
    if (k.endsWith(".html") || k.endsWith(".htm")) {
      return ArticleParser.Format.HTML;
    }
    if (k.endsWith(".txt") || k.endsWith(".md")) {
      return ArticleParser.Format.TEXT;
    }
    return null; // detected from the content
  }
}
