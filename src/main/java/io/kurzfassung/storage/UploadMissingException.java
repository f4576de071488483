package io.kurzfassung.storage;

/**
 * The uploaded object is gone: deleted (or overwritten by a delete marker) between its event and our read. Trying
 * again cannot succeed, so the upload functions record it instead of retrying it.
 */
public class UploadMissingException extends StorageException {

  public UploadMissingException(String message, Throwable cause) {
    super(message, cause);
  }
}
