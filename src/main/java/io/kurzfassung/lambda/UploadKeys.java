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
    if (key == null || key.endsWith("/") || record.getS3().getBucket() == null) {
      return false;
    }
    if (record.getEventName() != null && !record.getEventName().startsWith("ObjectCreated")) {
      return false;
    }
    if (!outputPrefix.isEmpty() && key.startsWith(outputPrefix)) {
      return false;
    }
    if (outputPrefix.isEmpty() && record.getS3().getBucket().getName().equals(outputBucket)) {
      return false; // summaries go to the root of this very bucket: every key could be one of ours
    }
    return key.startsWith(inputPrefix);
  }

  /**
   * {@code incoming/a/b.txt} is stored as {@code uploads/a/b.txt.json} ({@link OutputLayout#upload}).
   *
   * @throws io.kurzfassung.storage.UnsafeUploadKeyException for a key with an empty, . or .. segment (bad input)
   */
  String nameOf(String key) {
    return OutputLayout.upload(key.substring(inputPrefix.length()));
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
