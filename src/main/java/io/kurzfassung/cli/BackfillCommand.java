package io.kurzfassung.cli;

import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.config.Config;
import io.kurzfassung.lambda.UploadSummaries;
import io.kurzfassung.storage.DirectorySummaryStore;
import io.kurzfassung.storage.S3SummaryStore;
import io.kurzfassung.storage.S3Uploads;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.storage.UploadMissingException;
import io.kurzfassung.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backfill s3://BUCKET/PREFIX} or {@code backfill DIR}: summarises every object of a listing with the
 * function the uploads and the backfill state machine use ({@link UploadSummaries}), a few at a time, skipping those
 * already summarised by the same model and prompt version. A convenience for small archives and for any S3 API; the
 * state machine is the engine for large ones (see README, Backfill).
 */
@Command(name = "backfill", description = {
    "Summarise every object under an S3 prefix (s3://BUCKET/PREFIX) or every file in a directory, skipping those "
        + "already summarised by the same model and prompt version.",
    "S3: summaries go to OUTPUT_BUCKET (default: the listed bucket) under OUTPUT_PREFIX, as the functions write "
        + "them. A directory: to --store (default SUMMARY_DIR or ./summaries)."})
final class BackfillCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "s3://BUCKET/PREFIX|DIR", description = "What to summarise.")
  String source;

  @Option(names = "--parallel", defaultValue = "4", description = "Objects summarised at once (default 4).")
  int parallel;

  @Option(names = "--store", paramLabel = "DIR", description = "A directory source: where documents are stored.")
  Path store;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "An S3-compatible server (overrides AWS_ENDPOINT_URL_S3).")
  URI endpoint;

  @Mixin
  ModelOptions modelOptions;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "A progress bar on stderr when it is a terminal (default); --no-progress never.")
  boolean progress;

  /** What one listed object becomes: its key and size. */
  private record Item(String key, long size) {}

  @Override
  public Integer call() throws Exception {
    if (parallel < 1 || parallel > 64) {
      throw new ArticleException("--parallel must be between 1 and 64, was " + parallel);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (source.startsWith("s3://")) {
      String rest = source.substring("s3://".length());
      int slash = rest.indexOf('/');
      String bucket = slash < 0 ? rest : rest.substring(0, slash);
      String prefix = slash < 0 ? "" : rest.substring(slash + 1);
      if (bucket.isEmpty()) {
        throw new ArticleException("give the source as s3://BUCKET/PREFIX, was " + source);
      }
      Map<String, String> overrides = new HashMap<>();
      if (endpoint != null) {
        overrides.put("AWS_ENDPOINT_URL_S3", endpoint.toString());
      }
      Config config = modelOptions.applyTo(
          Config.fromEnvironment(Map.of("OUTPUT_BUCKET", bucket, "AWS_REGION", "us-east-1"), overrides));
      S3SummaryStore summaries = S3SummaryStore.create(config.awsRegion(), config.s3Endpoint(),
          config.outputBucket(), config.outputPrefix());
      S3Uploads objects = summaries.uploads();
      UploadSummaries uploads =
          UploadSummaries.of(config, objects::read, Kurzfassung.service(config, summaries));
      try (Stream<Item> items = objects.list(bucket, prefix).map(o -> new Item(o.key(), o.size()))) {
        return run(uploads, bucket, items, err);
      }
    }
    Path dir = Path.of(source).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new ArticleException("no such directory: " + source + " (give a directory or s3://BUCKET/PREFIX)");
    }
    Config config = modelOptions.applyTo(Config.fromEnvironment());
    Path root = (store == null ? config.summaryDir() : store).toAbsolutePath().normalize();
    SummaryStore summaries = new DirectorySummaryStore(root);
    SummarizeService service = Kurzfassung.service(config, summaries);
    UploadSummaries uploads = UploadSummaries.of(config, (bucket, key, max) -> readFile(dir, key, max), service);
    try (Stream<Path> files = Files.walk(dir)) {
      Stream<Item> items = files.filter(Files::isRegularFile)
          .filter(p -> !p.toAbsolutePath().normalize().startsWith(root)) // never our own output
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .map(p -> new Item(dir.relativize(p).toString().replace(java.io.File.separatorChar, '/'), size(p)));
      return run(uploads, dir.toString(), items, err);
    }
  }

  private int run(UploadSummaries uploads, String bucket, Stream<Item> items, PrintWriter err)
      throws InterruptedException {
    BackfillCounts counts = new BackfillCounts();
    Progress bar = Progress.on(err, progress);
    AtomicReference<RuntimeException> firstError = new AtomicReference<>();
    String runId = "backfill-" + UUID.randomUUID();
    long started = System.nanoTime();
    // At most `parallel` objects in flight and as many waiting: a listing of millions never sits in memory.
    Semaphore slots = new Semaphore(2 * parallel);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      Iterator<Item> it = items.iterator();
      while (it.hasNext()) {
        Item item = it.next();
        counts.listed();
        slots.acquire();
        pool.execute(() -> {
          try {
            UploadSummaries.Outcome outcome = uploads.listed(bucket, item.key(), item.size(), runId, null);
            counts.add(outcome.status());
            if (outcome.status() == UploadSummaries.Status.REJECTED) {
              bar.message("rejected " + item.key() + ": " + outcome.detail());
            }
          } catch (RuntimeException e) {
            counts.failed();
            firstError.compareAndSet(null, e);
            bar.message("failed " + item.key() + ": " + Main.message(e));
          } catch (StackOverflowError | OutOfMemoryError e) {
            counts.failed();
            firstError.compareAndSet(null, new IllegalStateException(e.getClass().getSimpleName(), null));
            bar.message("failed " + item.key() + ": " + e.getClass().getSimpleName());
          } finally {
            slots.release();
            bar.show(counts);
          }
        });
      }
    } catch (UncheckedIOException e) {
      throw new StorageException("cannot list " + bucket + ": " + e.getMessage(), e);
    } finally {
      pool.shutdown();
      pool.awaitTermination(7, TimeUnit.DAYS);
    }
    bar.done(counts);
    double seconds = (System.nanoTime() - started) / 1e9;
    err.println(counts.line(seconds));
    if (firstError.get() != null) {
      err.println("error: " + counts.errors() + " objects failed with an error (see the failed lines above); first: "
          + Main.message(firstError.get()));
    }
    err.flush();
    return firstError.get() == null ? 0 : Main.exitCode(firstError.get());
  }

  /** A file's first {@code max + 1} bytes, as S3Uploads reads an object. */
  private static byte[] readFile(Path dir, String key, int max) {
    Path file = dir.resolve(key);
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(max + 1);
    } catch (NoSuchFileException e) {
      throw new UploadMissingException(file + " no longer exists (deleted before it was read)", e);
    } catch (IOException e) {
      throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // read() reports the problem
    }
  }
}
