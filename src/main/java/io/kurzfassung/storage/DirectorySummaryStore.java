package io.kurzfassung.storage;

import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps documents as files in a local directory, laid out by {@link OutputLayout} ({@code articles/<id>.json}). Each
 * write goes to a temporary file in the hidden {@code .tmp/} folder of the directory, where no reader of documents
 * looks, and is then renamed into place; temporary files that a killed run left behind are deleted by the next run
 * once they are older than {@link #STALE_AFTER}. The rules of {@link StoredSummary#replacedBy} hold within one
 * process; concurrent CLI runs on one directory may replace each other's summaries (last rename wins).
 */
public final class DirectorySummaryStore implements SummaryStore {

  /** The folder for files being written, relative to the root. */
  public static final String TMP = ".tmp";
  /** How old a temporary file must be for a new run to delete it: no write takes this long. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private final Path root;

  /** The store in a directory; deletes stale temporary files a killed run left there. */
  public DirectorySummaryStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    deleteStaleTemporaryFiles(Instant.now().minus(STALE_AFTER));
  }

  /** The source key is not kept: a file has no metadata for it. */
  @Override
  public synchronized Saved save(String name, SummaryDocument document, String sourceKey, boolean replaceCurrent) {
    SummaryStore.requireOwnAddress(name, document);
    Path target = resolve(name);
    Optional<SummaryDocument> stored = Files.isRegularFile(target) ? find(name) : Optional.empty();
    if (stored.isPresent() && !StoredSummary.of(stored.get()).replacedBy(StoredSummary.of(document), replaceCurrent)) {
      return new Saved(target.toString(), stored.get(), Outcome.KEPT);
    }
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      Path tmpDir = Files.createDirectories(root.resolve(TMP));
      tmp = Files.createTempFile(tmpDir, target.getFileName().toString(), ".tmp");
      Files.write(tmp, Json.bytes(document));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Saved(target.toString(), document, stored.isPresent() ? Outcome.REPLACED : Outcome.WRITTEN);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new StorageException("cannot write " + target + ": " + reason(e), e);
    }
  }

  /**
   * Deletes the temporary files older than the cutoff: in {@code .tmp/}, and the {@code .*.tmp} files that earlier
   * versions wrote beside the documents. Best effort: a file that cannot be deleted stays.
   */
  void deleteStaleTemporaryFiles(Instant cutoff) {
    deleteStale(root.resolve(TMP), "*.tmp", cutoff);
    deleteStale(root, ".*.tmp", cutoff);
  }

  private static void deleteStale(Path dir, String glob, Instant cutoff) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
      for (Path file : files) {
        if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException ignored) {
      // cleaning up is best effort: a leftover file is hidden from readers, and the next run tries again
    }
  }

  /** Written like a summary: a temporary file in {@code .tmp/} renamed over the target. */
  @Override
  public String saveFailure(String name, UploadFailure failure) {
    Path target = resolve(SummaryStore.failureName(name));
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(Files.createDirectories(root.resolve(TMP)), target.getFileName().toString(), ".tmp");
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
