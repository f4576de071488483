package io.kurzfassung.storage;

/** Reading or writing a summary failed (exit code 4; HTTP 500). */
public class StorageException extends RuntimeException {

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
