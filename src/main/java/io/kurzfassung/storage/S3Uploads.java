package io.kurzfassung.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Reads uploaded articles from S3, no further than a byte limit. */
public final class S3Uploads {

  private final S3Client s3;

  public S3Uploads(S3Client s3) {
    this.s3 = Objects.requireNonNull(s3, "s3 == null");
  }

  /**
   * The object's first {@code maxBytes + 1} bytes at most, so that the caller can tell an object over the limit
   * without reading it all. An empty object is an empty array.
   *
   * @throws UploadMissingException when there is no such object (any more)
   * @throws StorageException when the object cannot be read
   */
  public byte[] read(String bucket, String key, int maxBytes) {
    // The range caps what S3 sends; readNBytes caps what we keep, in case a server ignores the range.
    try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=0-" + maxBytes))) {
      return in.readNBytes(maxBytes + 1);
    } catch (S3Exception e) {
      if (e.statusCode() == 416) {
        return new byte[0]; // S3 answers a range request on an empty object with 416
      }
      if (e.statusCode() == 404) {
        throw new UploadMissingException("s3://" + bucket + "/" + key + " no longer exists (deleted before it was read)", e);
      }
      throw new StorageException("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    } catch (SdkException | IOException e) {
      throw new StorageException("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
    }
  }

  /** One object of a listing: its key and size, as ListObjectsV2 reports them. */
  public record Listed(String key, long size) {}

  /**
   * Every object under the prefix, page by page as ListObjectsV2 returns them (1,000 a page), lazily.
   *
   * @throws StorageException when the bucket cannot be listed (on iteration)
   */
  public java.util.stream.Stream<Listed> list(String bucket, String prefix) {
    java.util.Iterator<Listed> listed = new java.util.Iterator<>() {
      private java.util.Iterator<software.amazon.awssdk.services.s3.model.S3Object> pages;

      @Override
      public boolean hasNext() {
        try {
          if (pages == null) {
            pages = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix == null ? "" : prefix))
                .contents().iterator();
          }
          return pages.hasNext(); // the next page is requested here
        } catch (SdkException e) {
          throw new StorageException("cannot list s3://" + bucket + "/" + prefix + ": " + e.getMessage(), e);
        }
      }

      @Override
      public Listed next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        var o = pages.next();
        return new Listed(o.key(), o.size() == null ? 0 : o.size());
      }
    };
    return java.util.stream.StreamSupport.stream(
        java.util.Spliterators.spliteratorUnknownSize(listed, java.util.Spliterator.ORDERED), false);
  }
}
