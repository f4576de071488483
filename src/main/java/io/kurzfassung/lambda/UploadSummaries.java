package io.kurzfassung.lambda;

import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.config.Config;
import io.kurzfassung.storage.UploadMissingException;
import java.time.Instant;
import java.util.Objects;

/**
 * The per-object code path that every way of feeding objects shares: the S3 event, the SQS upload queue, the
 * backfill state machine's items and the local {@code kurzfassung backfill}. Checks the key (loop guard), the size
 * cap before reading, reads at most the cap, and hands the article to {@link SummarizeService}, which skips an object
 * already summarised by the same model and prompt version without a model call.
 *
 * <p>Failures come in two kinds. A <em>permanent</em> one ({@link #isPermanent}: the article is empty, too short, not
 * German, too long, of an unsupported format; the object was deleted before it was read) can never succeed: it is
 * recorded as a failure document beside where the summary would be and returned as {@link Status#REJECTED}, not
 * thrown, so that no one retries it. Every other failure (the model throttled, unavailable or slow; S3 errors;
 * anything unexpected) is thrown, for the caller's retry.
 */
public final class UploadSummaries {

  /** Reads at most {@code maxBytes + 1} bytes of an object ({@link io.kurzfassung.storage.S3Uploads#read}). */
  @FunctionalInterface
  public interface ObjectReader {
    /**
     * @throws UploadMissingException when there is no such object
     */
    byte[] read(String bucket, String key, int maxBytes);
  }

  /** What became of one object. */
  public enum Status {
    /** Summarised and stored. */
    SUMMARISED,
    /** Its summary by the same model and prompt version is already stored: no model call. */
    SKIPPED,
    /** Not ours: outside the input prefix, under the output prefix, a folder marker, not a created object. */
    IGNORED,
    /** Can never be summarised: recorded under {@code failures/}, not retried. */
    REJECTED
  }

  /**
   * @param name the store name of its summary; null when ignored
   * @param location where the summary (or, when rejected, the failure document) is stored
   * @param detail why it was rejected or ignored; null otherwise
   */
  public record Outcome(Status status, String key, String name, String location, String detail) {}

  private final UploadKeys keys;
  private final ObjectReader reader;
  private final SummarizeService service;

  UploadSummaries(UploadKeys keys, ObjectReader reader, SummarizeService service) {
    this.keys = Objects.requireNonNull(keys, "keys == null");
    this.reader = Objects.requireNonNull(reader, "reader == null");
    this.service = Objects.requireNonNull(service, "service == null");
  }

  /** The uploads of a Lambda execution environment: its S3 reader and service. */
  public static UploadSummaries of(Kurzfassung kurzfassung) {
    return of(kurzfassung.config(), kurzfassung.uploads()::read, kurzfassung.service());
  }

  /** Objects read by any reader (S3, a directory), with the prefixes of the configuration. */
  public static UploadSummaries of(Config config, ObjectReader reader, SummarizeService service) {
    return new UploadSummaries(UploadKeys.of(config), reader, service);
  }

  /**
   * An object an S3 event notification names ({@code ObjectCreated:*} under the input prefix).
   *
   * @param size the size the event reports; null when unknown
   * @throws RuntimeException a transient failure, for the caller to retry
   */
  public Outcome uploaded(String eventName, String bucket, String key, Long size, String requestId,
      Instant deadline) {
    if (!keys.accepts(eventName, bucket, key)) {
      return new Outcome(Status.IGNORED, key, null, null, "not a created object under INPUT_PREFIX "
          + keys.inputPrefix() + " or under OUTPUT_PREFIX " + keys.outputPrefix());
    }
    return summarize(bucket, key, size, requestId, deadline);
  }

  /**
   * An object of a listing (the backfill of any prefix): every object but folder markers and our own output.
   *
   * @throws RuntimeException a transient failure, for the caller to retry
   */
  public Outcome listed(String bucket, String key, Long size, String requestId, Instant deadline) {
    if (!keys.acceptsListed(bucket, key)) {
      return new Outcome(Status.IGNORED, key, null, null, "a folder marker or under OUTPUT_PREFIX "
          + keys.outputPrefix());
    }
    return summarize(bucket, key, size, requestId, deadline);
  }

  private Outcome summarize(String bucket, String key, Long size, String requestId, Instant deadline) {
    String name = null;
    SummarizeService.Input input = null;
    try {
      name = keys.nameOf(key); // refuses a key with an empty, . or .. segment before anything is read
      if (size != null) {
        service.requireWithinCap(size);
      }
      byte[] content = reader.read(bucket, key, service.maxInputBytes());
      input = new SummarizeService.Input(content, UploadKeys.formatOf(key), name, key, deadline);
      SummarizeService.Result result = service.summarize(input);
      return new Outcome(result.summarised() ? Status.SUMMARISED : Status.SKIPPED, key, result.name(),
          result.location(), null);
    } catch (RuntimeException e) {
      if (!isPermanent(e)) {
        throw e;
      }
      if (name == null) {
        return new Outcome(Status.REJECTED, key, null, null, e.getMessage()); // an unsafe key names no output
      }
      SummarizeService.Input failed =
          input != null ? input : new SummarizeService.Input(new byte[0], null, name, key, deadline);
      String location = service.recordFailure(failed, e, requestId);
      return new Outcome(Status.REJECTED, key, name, location, e.getMessage());
    }
  }

  /**
   * Whether trying again can never succeed: the article itself is unusable (empty, too short, not German, too long,
   * unsupported format) or the object is gone. Everything else - the model throttled, unavailable, slow or
   * misconfigured, S3 errors, anything unexpected - may pass and is retried.
   */
  public static boolean isPermanent(Throwable e) {
    return e instanceof ArticleException || e instanceof UploadMissingException;
  }
}
