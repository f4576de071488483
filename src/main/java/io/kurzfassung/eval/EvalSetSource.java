package io.kurzfassung.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.document.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The public releases of the German evaluation sets and how each maps to an {@link EvalItem}:
 * <ul>
 *   <li>{@code mlsum}: MLSUM de (Süddeutsche Zeitung), as JSON Lines exported from the Hugging Face {@code mlsum}
 *       dataset, config {@code de} ({@code text, summary, topic, url, title, date}); id {@code mlsum-de:LINE};
 *   <li>{@code 20min}: 20 Minuten (ZurichNLP, SwissText 2023), one JSON object per article as in the release's
 *       folders ({@code id, title, lead, content, summary, …}; {@code content} and {@code summary} map an index to
 *       a text or a list of texts); a folder of {@code .json} files, one {@code .json} file with an object or an
 *       array, or a {@code .jsonl} file. Text: the content paragraphs (the lead is left out, it is a summary of its
 *       own); summary: the summary bullets joined; key points: the bullets; id {@code 20min:ID};
 *   <li>{@code 10kgnad}: 10kGNAD (DER STANDARD), the CSV {@code label;text} ({@code ;} between fields, {@code '}
 *       around them, {@code ''} inside), title and body already joined; no summary, so eval computes no ROUGE for
 *       it; id {@code 10kgnad:RECORD}.
 * </ul>
 * Articles without text are skipped (counted); a line or record that cannot be read fails with its number.
 */
public enum EvalSetSource {

  MLSUM("mlsum") {
    @Override
    int read(Path in, Consumer<EvalItem> sink) {
      int[] skipped = {0};
      forEachLine(in, (line, no) -> {
        JsonNode node = object(in, line, no);
        String text = text(node, "text");
        String summary = text(node, "summary");
        if (text == null || summary == null) {
          throw new EvalSetException(in + " line " + no + ": MLSUM needs the fields \"text\" and \"summary\"");
        }
        if (text.isBlank()) {
          skipped[0]++;
          return;
        }
        sink.accept(new EvalItem("mlsum-de:" + no, text(node, "title"), text.strip(), summary.strip(), List.of()));
      });
      return skipped[0];
    }
  },

  TWENTY_MINUTEN("20min") {
    @Override
    int read(Path in, Consumer<EvalItem> sink) {
      int[] skipped = {0};
      Consumer<Located> one = a -> {
        EvalItem item = twentyMinuten(a);
        if (item == null) {
          skipped[0]++;
        } else {
          sink.accept(item);
        }
      };
      if (Files.isDirectory(in)) {
        try (Stream<Path> files = Files.list(in)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            wholeFile(file, one);
          }
        } catch (IOException e) {
          throw new EvalSetException("cannot read " + in + ": " + e.getMessage(), e);
        }
      } else if (in.toString().endsWith(".jsonl")) {
        forEachLine(in, (line, no) -> one.accept(new Located(object(in, line, no), in + " line " + no, in, no)));
      } else {
        wholeFile(in, one);
      }
      return skipped[0];
    }
  },

  GNAD10K("10kgnad") {
    @Override
    int read(Path in, Consumer<EvalItem> sink) {
      int[] skipped = {0};
      try (BufferedReader r = open(in)) {
        List<String> record;
        int no = 0;
        while ((record = nextCsvRecord(r, in, no + 1)) != null) {
          no++;
          if (record.size() == 1 && record.get(0).isBlank()) {
            continue; // blank line
          }
          if (record.size() != 2) {
            throw new EvalSetException(in + " record " + no + ": expected label;text, found " + record.size()
                + " fields");
          }
          if (no == 1 && record.get(0).equalsIgnoreCase("label") && record.get(1).equalsIgnoreCase("text")) {
            continue; // a header
          }
          if (record.get(1).isBlank()) {
            skipped[0]++;
            continue;
          }
          sink.accept(new EvalItem("10kgnad:" + no, "", record.get(1).strip(), null, List.of()));
        }
      } catch (IOException e) {
        throw new EvalSetException("cannot read " + in + ": " + e.getMessage(), e);
      }
      return skipped[0];
    }
  };

  private final String cliName;

  EvalSetSource(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line: {@code mlsum}, {@code 20min} or {@code 10kgnad}. */
  public String cliName() {
    return cliName;
  }

  /** The source with the given command-line name. */
  public static EvalSetSource of(String name) {
    for (EvalSetSource s : values()) {
      if (s.cliName.equalsIgnoreCase(name)) {
        return s;
      }
    }
    throw new EvalSetException("unknown source \"" + name + "\": use mlsum, 20min or 10kgnad");
  }

  /** Reads the release at {@code in}, hands each item to {@code sink} and returns how many articles were skipped. */
  abstract int read(Path in, Consumer<EvalItem> sink);

  // ---- 20 Minuten

  /** A 20 Minuten article object and where it came from, for messages and for an id when it has none. */
  private record Located(JsonNode node, String where, Path file, int line) {}

  private static void wholeFile(Path file, Consumer<Located> sink) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new EvalSetException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new EvalSetException(file + " is not valid JSON", e);
    }
    if (node != null && node.isArray()) {
      int i = 0;
      for (JsonNode element : node) {
        i++;
        if (!element.isObject()) {
          throw new EvalSetException(file + " element " + i + " is not a JSON object");
        }
        sink.accept(new Located(element, file + " element " + i, file, i));
      }
    } else if (node != null && node.isObject()) {
      sink.accept(new Located(node, file.toString(), file, 0));
    } else {
      throw new EvalSetException(file + " holds neither an article object nor an array of them");
    }
  }

  /** The item for one 20 Minuten article; null when it has no content. */
  private static EvalItem twentyMinuten(Located a) {
    List<String> paragraphs = texts(a.node().get("content"));
    if (paragraphs.isEmpty()) {
      return null;
    }
    List<String> bullets = texts(a.node().get("summary"));
    String id = text(a.node(), "id");
    if (id == null || id.isBlank()) {
      String name = a.file().getFileName().toString().replaceFirst("\\.jsonl?$", "");
      id = a.line() > 0 ? name + ":" + a.line() : name;
    }
    return new EvalItem("20min:" + id, text(a.node(), "title"), String.join("\n\n", paragraphs),
        bullets.isEmpty() ? null : String.join(" ", bullets), bullets);
  }

  /** The non-blank texts of a string, an array, or an object of index to string or array, in order. */
  private static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isTextual()) {
      if (!node.asText().isBlank() && !node.asText().equals("None")) {
        out.add(node.asText().strip());
      }
    } else if (node.isArray() || node.isObject()) {
      node.forEach(child -> out.addAll(texts(child)));
    }
    return out;
  }

  // ---- JSON Lines

  private interface LineHandler {
    void accept(String line, int lineNo);
  }

  private static void forEachLine(Path in, LineHandler handler) {
    try (BufferedReader r = open(in)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (!line.isBlank()) {
          handler.accept(line, no);
        }
      }
    } catch (IOException e) {
      throw new EvalSetException("cannot read " + in + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode object(Path in, String line, int no) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new EvalSetException(in + " line " + no + " is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new EvalSetException(in + " line " + no + " is not a JSON object");
    }
    return node;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static BufferedReader open(Path in) throws IOException {
    if (!Files.isRegularFile(in)) {
      throw new EvalSetException("cannot read " + in + ": " + (Files.exists(in) ? "not a file" : "no such file"));
    }
    return Files.newBufferedReader(in, StandardCharsets.UTF_8);
  }

  // ---- 10kGNAD CSV

  /**
   * The next record of a {@code ;}-separated file whose fields may be quoted with {@code '} (a quote inside is
   * doubled, and a quoted field may span lines); null at the end of the file. Hand-written: the format needs a dozen
   * lines, not a CSV library in the jar.
   */
  static List<String> nextCsvRecord(Reader r, Path in, int recordNo) throws IOException {
    int c = r.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean atFieldStart = true;
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw new EvalSetException(in + " record " + recordNo + ": a quoted field never ends");
        }
        break;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '\'') {
          r.mark(1);
          int next = r.read();
          if (next == '\'') {
            field.append('\'');
          } else {
            quoted = false;
            if (next >= 0) {
              r.reset();
            }
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '\'' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
      } else if (ch == ';') {
        fields.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
      } else if (ch == '\n') {
        break;
      } else if (ch != '\r') {
        field.append(ch);
        atFieldStart = false;
      }
      c = r.read();
    }
    fields.add(field.toString());
    return fields;
  }
}
