package io.kurzfassung.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.article.UnsupportedLanguageException;
import io.kurzfassung.config.Config;
import io.kurzfassung.config.Provider;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.storage.DirectorySummaryStore;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.KeyFact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code summarize <file>...}: one document as JSON for one input, JSON Lines for several; {@code --jsonl FILE}
 * for batches of {@code {"id","title","text"}} lines.
 */
@Command(name = "summarize", description = "Summarise articles (files, - for stdin, or --jsonl FILE).")
final class SummarizeCommand implements Callable<Integer> {

  enum Format { json, text }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files (JSON, text or HTML); - reads stdin.")
  List<String> files = new ArrayList<>();

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Batch: one JSON article per line; - reads stdin.")
  String jsonl;

  @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
  Format format;

  @Option(names = "--store", paramLabel = "DIR|none", description = "Where documents are stored (default SUMMARY_DIR or ./summaries); none keeps nothing.")
  String store;

  @Mixin
  ModelOptions modelOptions;

  @Option(names = "--parallel", defaultValue = "4", description = "Batch: articles summarised at once (default 4).")
  int parallel;

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty() && jsonl == null) {
      throw new ArticleException("no input: give article files (- reads stdin) or --jsonl FILE");
    }
    if (!files.isEmpty() && jsonl != null) {
      throw new ArticleException("give article files or --jsonl FILE, not both");
    }
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new ArticleException("- (stdin) can be given only once");
    }
    if (parallel < 1 || parallel > 64) {
      throw new ArticleException("--parallel must be between 1 and 64, was " + parallel);
    }
    if (jsonl != null && format == Format.text) {
      throw new ArticleException("--format text cannot be used with --jsonl: a batch writes one JSON document or"
          + " error object per line");
    }
    Config config = modelOptions.applyTo(Config.fromEnvironment());
    SummarizeService service = Kurzfassung.service(config, store(config));
    PrintWriter out = spec.commandLine().getOut();
    if (jsonl != null) {
      List<String> lines = lines(jsonl);
      if (lines.isEmpty()) {
        throw new ArticleException("batch " + jsonl + " has no articles");
      }
      return new Batch(service, out, spec.commandLine().getErr(), parallel).run(lines);
    }
    // Check every input first (size, parse, language): a bad one fails the run before anything is written.
    List<Article> articles = new ArrayList<>();
    for (String file : files) {
      byte[] content = read(file, service);
      try {
        articles.add(summarisable(service.parse(SummarizeService.Input.of(content, null, null)), config));
      } catch (ArticleException e) {
        throw new ArticleException((file.equals("-") ? "stdin" : file) + ": " + e.getMessage(), e);
      }
    }
    for (int i = 0; i < articles.size(); i++) {
      // The file name as given (- for stdin) is the document's article.ref.
      SummaryDocument doc = service.summarize(articles.get(i), files.get(i), null).document();
      print(out, doc, articles.size() == 1);
    }
    out.flush();
    return 0;
  }

  /**
   * The article, when the configured summariser can summarise it. The extractive model refuses an article that is
   * not German when it comes to it; checking here, with the parse, lets a run of several files refuse it before any
   * is summarised. A language model summarises any language in German, so its refusals stay where they are.
   */
  static Article summarisable(Article article, Config config) {
    if (config.llmProvider() == Provider.EXTRACTIVE && !article.analysis().readsGerman()) {
      throw new UnsupportedLanguageException(article.analysis().detectedLanguage());
    }
    return article;
  }

  private SummaryStore store(Config config) {
    if ("none".equals(store)) {
      return SummaryStore.NONE;
    }
    return new DirectorySummaryStore(store == null ? config.summaryDir() : Path.of(store));
  }

  private void print(PrintWriter out, SummaryDocument doc, boolean single) {
    if (format == Format.text) {
      out.println(asText(doc));
    } else {
      out.println(single ? Json.writePretty(doc) : Json.write(doc));
    }
  }

  static String asText(SummaryDocument doc) {
    StringBuilder sb = new StringBuilder();
    if (!doc.article().title().isEmpty()) {
      sb.append(doc.article().title()).append("\n\n");
    }
    sb.append("Zusammenfassung\n").append(doc.summary()).append("\n\nKernfakten\n");
    for (KeyFact fact : doc.keyFacts()) {
      sb.append("• ").append(fact.text()).append('\n');
    }
    sb.append("\nModell: ").append(doc.model().provider()).append(' ').append(doc.model().name());
    if (doc.model().fallbackReason() != null) {
      sb.append(" (anstelle des Sprachmodells: ").append(doc.model().fallbackReason()).append(')');
    }
    return sb.append('\n').toString();
  }

  /** The raw input, read no further than the service's size cap (which it checks again when parsing). */
  static byte[] read(String file, SummarizeService service) {
    try {
      if (file.equals("-")) {
        try (InputStream in = System.in) {
          byte[] bytes = in.readNBytes(service.maxInputBytes() + 1);
          service.requireWithinCap(bytes.length);
          return bytes;
        }
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new ArticleException("cannot read " + file + ": it is a directory");
      }
      service.requireWithinCap(Files.size(path));
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ArticleException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new ArticleException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The non-blank lines of a batch file, or of stdin for {@code -}. Each line is checked against the limits later. */
  static List<String> lines(String file) {
    try {
      BufferedReader reader = file.equals("-")
          ? new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
          : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
      try (reader) {
        return reader.lines().filter(l -> !l.isBlank()).toList();
      }
    } catch (NoSuchFileException e) {
      throw new ArticleException("cannot read " + file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ArticleException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The batch mode: lines in, one document or error object per line out, in order. */
  private record Batch(SummarizeService service, PrintWriter out, PrintWriter err, int parallel) {

    int run(List<String> lines) throws InterruptedException {
      Progress progress = new Progress(err, lines.size(), Progress.stderrIsTerminal());
      int failed = 0;
      try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
        Deque<Future<LineResult>> window = new ArrayDeque<>();
        int next = 0;
        for (int done = 0; done < lines.size(); done++) {
          while (next < lines.size() && window.size() < parallel * 2) {
            String line = lines.get(next++);
            int lineNo = next;
            window.add(pool.submit(() -> summarizeLine(line, lineNo)));
          }
          LineResult result;
          try {
            result = window.removeFirst().get();
          } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
          }
          if (result.failed()) {
            failed++;
          }
          out.println(result.json());
          progress.step();
        }
      }
      out.flush();
      progress.finish();
      if (failed > 0) {
        err.println("error: " + failed + " of " + lines.size() + " articles failed; see the error objects in the output");
        return Main.EXIT_BAD_INPUT;
      }
      return 0;
    }

    /** One output line, and whether it is an error object. */
    private record LineResult(String json, boolean failed) {}

    private LineResult summarizeLine(String line, int lineNo) {
      JsonNode id = null;
      try {
        JsonNode node;
        try {
          node = Json.mapper().readTree(line);
        } catch (IOException e) {
          throw new ArticleException("line " + lineNo + " is not valid JSON");
        }
        if (!(node instanceof ObjectNode obj)) {
          throw new ArticleException("line " + lineNo + " is not a JSON object");
        }
        id = obj.get("id");
        String ref = ref(id, lineNo);
        // The parser reads the line as it reads a JSON article over HTTP: the same checks, the same messages.
        Article article = service.parser().parse(line, ArticleParser.Format.JSON);
        return new LineResult(Json.write(service.summarize(article, ref, null).document()), false);
      } catch (RuntimeException e) {
        ObjectNode error = Json.mapper().createObjectNode();
        if (id == null || id.isNull()) {
          error.put("id", "line-" + lineNo);
        } else {
          error.set("id", id); // as it was given, whatever its type
        }
        ObjectNode detail = error.putObject("error");
        detail.put("type", e.getClass().getSimpleName());
        detail.put("exitCode", Main.exitCode(e));
        detail.put("message", Main.message(e));
        return new LineResult(Json.write(error), true);
      }
    }

    /**
     * A line's {@code id} as the document's {@code article.ref}: a string as it is, a number as its JSON text; null
     * when absent. Any other value cannot be a reference and fails the line.
     */
    static String ref(JsonNode id, int lineNo) {
      if (id == null || id.isNull()) {
        return null;
      }
      if (id.isTextual()) {
        return id.textValue();
      }
      if (id.isNumber()) {
        return id.toString();
      }
      throw new ArticleException("line " + lineNo + ": field \"id\" must be a string or a number, was "
          + ArticleParser.kind(id.asToken()));
    }
  }

  /** A progress bar on stderr, shown only when stderr is a terminal. */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;

    Progress(PrintWriter err, int total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled && total > 1;
    }

    void step() {
      done++;
      if (enabled) {
        int width = 30;
        int filled = done * width / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
      }
    }

    void finish() {
      if (enabled) {
        err.println();
      }
    }

    /**
     * Whether the process's stderr is a terminal. {@code System.console()} cannot tell: it looks at stdin and stdout
     * (so {@code summarize --jsonl in > out} showed no bar), and from JDK 22 it is there even when redirected. On
     * Linux {@code /proc} names the device behind file descriptor 2; elsewhere {@code test -t 2} asks the shell.
     */
    /** Whether a file descriptor's link target ({@code /proc/self/fd/2}) is a terminal, not a file or pipe. */
    static boolean isTerminalDevice(String linkTarget) {
      return linkTarget.startsWith("/dev/pts/") || linkTarget.startsWith("/dev/tty") || linkTarget.equals("/dev/console");
    }

    static boolean stderrIsTerminal() {
      try {
        Path fds = Path.of("/proc/self/fd");
        if (Files.isDirectory(fds)) {
          return isTerminalDevice(Files.readSymbolicLink(fds.resolve("2")).toString());
        }
        Process test = new ProcessBuilder("sh", "-c", "test -t 2")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        return test.waitFor() == 0;
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
