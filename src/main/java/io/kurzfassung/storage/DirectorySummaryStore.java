package io.kurzfassung.storage;

import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Keeps documents as files in a local directory; each write goes to a temporary file that is then renamed. */
public final class DirectorySummaryStore implements SummaryStore {

  private final Path root;

  public DirectorySummaryStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The source key is not kept: a file has no metadata for it. */
  @Override
  public String save(String name, SummaryDocument document, String sourceKey) {
    Path target = resolve(name);
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.write(tmp, Json.bytes(document));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target.toString();
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new StorageException("cannot write " + target + ": " + reason(e), e);
    }
  }

  /** Written like a summary: a temporary file renamed over the target. */
  @Override
  public String saveFailure(String name, UploadFailure failure) {
    Path target = resolve(SummaryStore.failureName(name));
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.write(tmp, Json.bytes(failure));
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      return target.toString();
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new StorageException("cannot write " + target + ": " + reason(e), e);
    }
  }

  @Override
  public Optional<SummaryDocument> find(String name) {
    Path file = resolve(name);
    try {
      return Optional.of(Json.readDocument(Files.readAllBytes(file)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StorageException("cannot read " + file + ": " + reason(e), e);
    }
  }

  @Override
  public String location(String name) {
    return resolve(name).toString();
  }

  private Path resolve(String name) {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("name must stay inside the store, was " + name);
    }
    return p;
  }

  /** What went wrong, in words: the JDK's file-system exceptions carry only the path as their message. */
  static String reason(IOException e) {
    String what = switch (e) {
      case java.nio.file.AccessDeniedException x -> "permission denied";
      case java.nio.file.NotDirectoryException x -> "not a directory";
      case java.nio.file.FileAlreadyExistsException x -> "a file is in the way";
      case java.nio.file.NoSuchFileException x -> "no such file or directory";
      case java.nio.file.FileSystemException x -> x.getReason() != null ? x.getReason() : "file system error";
      default -> e.getMessage();
    };
    return e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? what + " (" + fs.getFile() + ")" : what;
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the write already failed; that error is the one to report
      }
    }
  }
}
