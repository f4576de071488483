package io.kurzfassung.storage;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * Why an upload can never be summarised (an empty, too short, non-German or oversized article, or an object deleted
 * before it was read), kept under {@code failures/}, mirroring where its summary would be, so that an operator finds it, as an RFC 9457-like
 * problem: a type to match on, a title, the detail that says exactly what was wrong.
 *
 * @param sourceKey the S3 key (or path) of the upload
 * @param requestId the Lambda request id (or another run id) that finds the failure in the log
 */
@JsonPropertyOrder({"sourceKey", "type", "title", "detail", "time", "requestId"})
public record UploadFailure(String sourceKey, String type, String title, String detail, Instant time,
    String requestId) {

  public UploadFailure {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(time, "time == null");
  }
}
