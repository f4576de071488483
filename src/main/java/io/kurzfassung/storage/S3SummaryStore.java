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
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Keeps documents as JSON objects in an S3 bucket under a key prefix. Writes are conditional: a new object is
 * created with {@code If-None-Match: *}, so concurrent duplicates never overwrite each other; an existing object for
 * the same article and prompt version counts as already written, an outdated one is replaced with {@code If-Match}.
 */
public final class S3SummaryStore implements SummaryStore {

  /** User metadata on every summary object (S3 prefixes them with {@code x-amz-meta-}). */
  public static final String META_SOURCE_KEY = "source-key";
  public static final String META_ARTICLE_ID = "article-id";
  public static final String META_MODEL = "model";
  public static final String META_PROMPT_VERSION = "prompt-version";

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
   * endpoint (MinIO, S3Proxy, LocalStack) requests are path-style and checksums are sent only where S3 requires them,
   * which S3-compatible servers understand.
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
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  /** What the metadata of a stored summary says about it. */
  public record StoredObject(String key, String articleId, String model, String promptVersion, String sourceKey,
      String eTag) {

    /** Whether this is the summary of that article by that model and prompt version, compared as stored. */
    public boolean holds(String articleId, ModelInfo model) {
      return articleId.equals(this.articleId)
          && ascii(modelOf(model)).equals(this.model)
          && ascii(model.promptVersion()).equals(this.promptVersion);
    }
  }

  public String bucket() {
    return bucket;
  }

  /** The object key for a store name. */
  public String key(String name) {
    return prefix + name;
  }

  /** Stores the document, recording in its metadata the S3 key of the article it summarises (may be null). */
  @Override
  public String save(String name, SummaryDocument document, String sourceKey) {
    return write(name, document, sourceKey).location();
  }

  @Override
  public Saved write(String name, SummaryDocument document, String sourceKey) {
    String key = key(name);
    byte[] json = Json.bytes(document);
    PutObjectRequest.Builder put = PutObjectRequest.builder()
        .bucket(bucket)
        .key(key)
        .contentType(CONTENT_TYPE)
        .serverSideEncryption(ServerSideEncryption.AES256)
        .metadata(metadata(document, sourceKey));
    boolean conflict = false;
    try {
      try {
        s3.putObject(put.copy().ifNoneMatch("*").build(), RequestBody.fromBytes(json));
      } catch (S3Exception e) {
        if (!preconditionFailed(e)) {
          throw e;
        }
        // The object exists: another delivery of the same article, or an older summary.
        conflict = true;
        Optional<StoredObject> existing = describe(name);
        if (existing.isPresent() && !existing.get().holds(document.id(), document.model())) {
          replace(put, existing.get().eTag(), json);
        }
      }
      return new Saved(uri(key), conflict);
    } catch (SdkException e) {
      throw new StorageException("cannot write " + uri(key) + ": " + e.getMessage(), e);
    }
  }

  private void replace(PutObjectRequest.Builder put, String eTag, byte[] json) {
    try {
      s3.putObject(put.copy().ifMatch(eTag).build(), RequestBody.fromBytes(json));
    } catch (S3Exception e) {
      if (!preconditionFailed(e)) {
        throw e;
      }
      // A concurrent writer replaced it first; its summary is as new as ours.
    }
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
      return new StoredObject(key, meta.get(META_ARTICLE_ID), meta.get(META_MODEL), meta.get(META_PROMPT_VERSION),
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


  /** The {@code model} metadata value: provider and model name. */
  private static String modelOf(ModelInfo model) {
    return model.provider() + "/" + model.name();
  }

  private static Map<String, String> metadata(SummaryDocument document, String sourceKey) {
    // Metadata travels as HTTP headers, so the source key (umlauts, spaces) is URL-encoded as in S3 events.
    var meta = new java.util.LinkedHashMap<String, String>();
    meta.put(META_ARTICLE_ID, document.id());
    meta.put(META_MODEL, ascii(modelOf(document.model())));
    meta.put(META_PROMPT_VERSION, ascii(document.model().promptVersion()));
    if (sourceKey != null) {
      meta.put(META_SOURCE_KEY, URLEncoder.encode(sourceKey, StandardCharsets.UTF_8));
    }
    return meta;
  }

  private static String ascii(String s) {
    return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? s : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static boolean preconditionFailed(S3Exception e) {
    // 412: the object exists (or changed); 409: a concurrent conditional write to the same key won the race.
    return e.statusCode() == 412 || e.statusCode() == 409;
  }

  private String uri(String key) {
    return "s3://" + bucket + "/" + key;
  }
}
