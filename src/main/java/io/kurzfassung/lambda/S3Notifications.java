package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.document.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an S3 event notification from an SQS message body. Keys are URL-decoded exactly as in a direct S3 event
 * ({@link S3ObjectEntity#getUrlDecodedKey()}: {@code +} is a space, {@code %2B} a plus).
 */
final class S3Notifications {

  private S3Notifications() {}

  /** One record: {@code ObjectCreated:Put}, the bucket, the decoded key and the size (null when not given). */
  record Notified(String eventName, String bucket, String key, Long size) {}

  /**
   * @param testEvent the {@code s3:TestEvent} S3 sends when a notification is configured
   * @param problem why the body is not an S3 event notification; null when it is one
   */
  record Parsed(List<Notified> records, boolean testEvent, String problem) {}

  static Parsed parse(String body) {
    JsonNode root;
    try {
      root = body == null ? null : Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      return new Parsed(List.of(), false, "the body is not JSON");
    }
    if (root == null || !root.isObject()) {
      return new Parsed(List.of(), false, "the body is not a JSON object");
    }
    if ("s3:TestEvent".equals(root.path("Event").asText(null))) {
      return new Parsed(List.of(), true, null);
    }
    JsonNode records = root.path("Records");
    if (!records.isArray()) {
      return new Parsed(List.of(), false, "the body has no Records: not an S3 event notification");
    }
    List<Notified> notified = new ArrayList<>();
    for (JsonNode record : records) {
      JsonNode s3 = record.path("s3");
      String rawKey = s3.path("object").path("key").asText(null);
      JsonNode size = s3.path("object").path("size");
      String key = rawKey == null ? null
          : new S3ObjectEntity(rawKey, (Long) null, null, null, null).getUrlDecodedKey();
      notified.add(new Notified(record.path("eventName").asText(null), s3.path("bucket").path("name").asText(null),
          key, size.isNumber() ? size.asLong() : null));
    }
    return new Parsed(notified, false, null);
  }
}
