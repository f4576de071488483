package io.kurzfassung.storage;

import io.kurzfassung.config.ConfigException;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.summary.ModelInfo;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Keeps documents as JSON objects in an S3 bucket under a key prefix, laid out by {@link OutputLayout}. Writes are
 * conditional: a new object is created with {@code If-None-Match: *}, so concurrent duplicates never overwrite each
 * other; an existing object is replaced only as {@link StoredSummary#replacedBy} allows, with {@code If-Match}.
 */
public final class S3SummaryStore implements SummaryStore {

  /** User metadata on every summary object (S3 prefixes them with {@code x-amz-meta-}). */
  public static final String META_SOURCE_KEY = "source-key";
  public static final String META_ARTICLE_ID = "article-id";
  public static final String META_MODEL = "model";
  public static final String META_PROMPT_VERSION = "prompt-version";
  /** {@code true} when the extractive fallback stood in for the model; absent otherwise. */
  public static final String META_FALLBACK = "fallback";

  private static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  public S3SummaryStore(S3Client s3, String bucket, String prefix) {
    this.s3 = Objects.requireNonNull(s3, "s3 == null");
    if (bucket == null || bucket.isBlank()) {
      throw new ConfigException("bucket must be set (OUTPUT_BUCKET), was " + bucket);
    }
    this.bucket = bucket;
    this.prefix = prefix == null ? "" : prefix;
  }

  /**
   * The store in a bucket under a prefix, with its own {@link #client}.
   *
   * @param endpoint an S3-compatible server; null for AWS itself
   */
  public static S3SummaryStore create(String region, URI endpoint, String bucket, String prefix) {
    return new S3SummaryStore(client(region, endpoint), bucket, prefix);
  }

  /** A reader of uploaded articles over this store's client. */
  public S3Uploads uploads() {
    return new S3Uploads(s3);
  }

  /**
   * An S3 client with the JDK's URL connection, an explicit region and the default credential chain. With an
   * endpoint (MinIO, S3Proxy, LocalStack) requests are path-style, checksums are sent only where S3 requires them, and
   * bodies go plain (signed {@code Content-Length} bytes) instead of {@code aws-chunked}, which S3-compatible servers
   * all consume fully.
   *
   * <p>Why not aws-chunked: over plain HTTP the SDK signs a PutObject body in chunks, so even an empty object is sent
   * as 86 bytes of chunk framing ({@code x-amz-decoded-content-length: 0}). S3Proxy answers such a request without
   * reading that framing; Jetty then closes the connection rather than keep unread bytes, and a client still writing
   * them, or reusing the connection, fails with "Error writing request body to server" or "Unexpected end of file
   * from server" (raw HttpURLConnection PUTs of that request: 14 of 3,000 failed; with a plain empty body, none). With
   * a plain body an empty object is {@code Content-Length: 0} and nothing is left unread.
   */
  public static S3Client client(String region, URI endpoint) {
    if (region == null || region.isBlank()) {
      throw new ConfigException("AWS_REGION must be set for S3, was " + region);
    }
    S3ClientBuilder builder = S3Client.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .region(Region.of(region))
        .credentialsProvider(DefaultCredentialsProvider.builder().build());
    if (endpoint != null) {
      builder.endpointOverride(endpoint)
          .forcePathStyle(true)
          .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  /** What the metadata of a stored summary says about it. */
  public record StoredObject(String key, StoredSummary summary, String sourceKey, String eTag) {

    /**
     * Whether this is the current summary of that article by that model and prompt version (not a fallback),
     * compared as stored.
     */
    public boolean holds(String articleId, ModelInfo model) {
      return summary.isCurrent(articleId, model);
    }
  }

  public String bucket() {
    return bucket;
  }

  /** The object key for a store name. */
  public String key(String name) {
    return prefix + name;
  }

  /**
   * Stores the document, recording in its metadata the S3 key of the article it summarises (may be null). Writes are
   * conditional: {@code If-None-Match: *} creates; when an object exists, its metadata decides
   * ({@link StoredSummary#replacedBy}) and a replacement carries {@code If-Match} with the ETag that was read. A
   * writer that loses a race reads again and decides again, a bounded number of times.
   *
   * @throws StorageException when S3 fails, or when the object keeps changing under concurrent writers
   */
  @Override
  public Saved save(String name, SummaryDocument document, String sourceKey, boolean replaceCurrent) {
    SummaryStore.requireOwnAddress(name, document);
    String key = key(name);
    byte[] json = Json.bytes(document);
    StoredSummary ours = StoredSummary.of(document);
    PutObjectRequest.Builder put = PutObjectRequest.builder()
        .bucket(bucket)
        .key(key)
        .contentType(CONTENT_TYPE)
        .serverSideEncryption(ServerSideEncryption.AES256)
        .metadata(metadata(document, sourceKey));
    try {
      if (write(put.copy().ifNoneMatch("*"), json)) {
        return new Saved(uri(key), document, Outcome.WRITTEN);
      }
      // The object exists: another delivery of the same article, an older summary, or a new upload of the key.
      for (int attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
        Optional<StoredObject> existing = describe(name);
        if (existing.isEmpty()) {
          if (write(put.copy().ifNoneMatch("*"), json)) { // deleted in between
            return new Saved(uri(key), document, Outcome.WRITTEN);
          }
          continue;
        }
        if (!existing.get().summary().replacedBy(ours, replaceCurrent)) {
          return new Saved(uri(key), kept(name, existing.get(), document), Outcome.KEPT);
        }
        if (write(put.copy().ifMatch(existing.get().eTag()), json)) {
          return new Saved(uri(key), document, Outcome.REPLACED);
        }
      }
      throw new StorageException("cannot write " + uri(key) + ": it changed under " + MAX_CONFLICTS
          + " concurrent writes", null);
    } catch (SdkException e) {
      throw new StorageException("cannot write " + uri(key) + ": " + e.getMessage(), e);
    }
  }

  /** Stores the failure document unconditionally: a newer failure of the same upload replaces an older one. */
  @Override
  public String saveFailure(String name, UploadFailure failure) {
    String key = key(SummaryStore.failureName(name));
    try {
      s3.putObject(b -> b.bucket(bucket).key(key).contentType(CONTENT_TYPE)
          .serverSideEncryption(ServerSideEncryption.AES256), RequestBody.fromBytes(Json.bytes(failure)));
      return uri(key);
    } catch (SdkException e) {
      throw new StorageException("cannot write " + uri(key) + ": " + e.getMessage(), e);
    }
  }

  /** How often a save reads and decides again after losing a conditional write to another writer. */
  private static final int MAX_CONFLICTS = 3;

  /** One conditional put: false when its precondition failed (412) or a concurrent conditional write won (409). */
  private boolean write(PutObjectRequest.Builder put, byte[] json) {
    try {
      s3.putObject(put.build(), RequestBody.fromBytes(json));
      return true;
    } catch (S3Exception e) {
      if (preconditionFailed(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The stored document that was kept: ours when it is the same summary again (a concurrent duplicate), else the
   * stored one, read.
   */
  private SummaryDocument kept(String name, StoredObject stored, SummaryDocument ours) {
    if (stored.summary().equals(StoredSummary.of(ours))) {
      return ours;
    }
    return find(name).orElse(ours);
  }

  @Override
  public Optional<SummaryDocument> find(String name) {
    String key = key(name);
    return read(key, () -> Json.readDocument(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray()));
  }

  /** One HEAD request: the metadata says which article, model and prompt version the stored summary is of. */
  @Override
  public boolean holds(String name, String articleId, ModelInfo model) {
    return describe(name).filter(stored -> stored.holds(articleId, model)).isPresent();
  }

  /**
   * The metadata first (one HEAD, whose 404 has no XML body to parse: most requests are new articles), the document
   * (one GET) only when the metadata says it is current.
   */
  @Override
  public Optional<SummaryDocument> findCurrent(String name, String articleId, ModelInfo model) {
    if (!holds(name, articleId, model)) {
      return Optional.empty();
    }
    return find(name).filter(d -> StoredSummary.of(d).isCurrent(articleId, model));
  }

  @Override
  public String location(String name) {
    return uri(key(name));
  }

  /** The metadata of a stored summary (one HEAD request), or empty when there is none under that name. */
  public Optional<StoredObject> describe(String name) {
    String key = key(name);
    return read(key, () -> {
      HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
      Map<String, String> meta = head.metadata();
      String source = meta.get(META_SOURCE_KEY);
      var summary = new StoredSummary(String.valueOf(meta.get(META_ARTICLE_ID)), String.valueOf(meta.get(META_MODEL)),
          String.valueOf(meta.get(META_PROMPT_VERSION)), "true".equals(meta.get(META_FALLBACK)));
      return new StoredObject(key, summary,
          source == null ? null : URLDecoder.decode(source, StandardCharsets.UTF_8), head.eTag());
    });
  }

  /** One read of a key: empty when S3 answers 404 (NoSuchKey included), a StorageException for anything else. */
  private <T> Optional<T> read(String key, java.util.function.Supplier<T> request) {
    try {
      return Optional.of(request.get());
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw new StorageException("cannot read " + uri(key) + ": " + e.getMessage(), e);
    } catch (SdkException | UncheckedIOException e) {
      throw new StorageException("cannot read " + uri(key) + ": " + e.getMessage(), e);
    }
  }


  private static Map<String, String> metadata(SummaryDocument document, String sourceKey) {
    // Metadata travels as HTTP headers, so the source key (umlauts, spaces) is URL-encoded as in S3 events.
    var meta = new java.util.LinkedHashMap<String, String>();
    StoredSummary summary = StoredSummary.of(document);
    meta.put(META_ARTICLE_ID, summary.articleId());
    meta.put(META_MODEL, summary.model());
    meta.put(META_PROMPT_VERSION, summary.promptVersion());
    if (summary.fallback()) {
      meta.put(META_FALLBACK, "true");
    }
    if (sourceKey != null) {
      meta.put(META_SOURCE_KEY, URLEncoder.encode(sourceKey, StandardCharsets.UTF_8));
    }
    return meta;
  }

  private static boolean preconditionFailed(S3Exception e) {
    // 412: the object exists (or changed); 409: a concurrent conditional write to the same key won the race.
    return e.statusCode() == 412 || e.statusCode() == 409;
  }

  private String uri(String key) {
    return "s3://" + bucket + "/" + key;
  }
}
