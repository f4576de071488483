package io.kurzfassung.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a public release ({@link EvalSetSource}) as the JSON Lines that {@code eval} reads, one
 * {@code {id, title, text, summary?, key_points?}} object per line. The output appears whole or not at all: lines go
 * to a temporary file beside it, which replaces {@code out} only when every article was read.
 */
public final class EvalSetConverter {

  private EvalSetConverter() {}

  /** How many items were written and how many articles were skipped for having no text. */
  public record Result(int written, int skipped) {}

  public static Result convert(EvalSetSource source, Path in, Path out) {
    Path absolute = out.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new EvalSetException("cannot write " + out + ": no such directory");
    }
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
    } catch (IOException e) {
      throw new EvalSetException("cannot write " + out + ": " + e.getMessage(), e);
    }
    try {
      int[] written = {0};
      int skipped;
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        skipped = source.read(in, item -> {
          try {
            w.write(item.toJsonLine());
            w.write('\n');
            written[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      move(tmp, absolute);
      return new Result(written[0], skipped);
    } catch (IOException | UncheckedIOException e) {
      throw new EvalSetException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the temporary file is hidden and named .part; nothing else to do
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
