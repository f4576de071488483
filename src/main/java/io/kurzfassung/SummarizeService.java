package io.kurzfassung;

import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.article.ArticleTooLongException;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.storage.OutputLayout;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.ModelUse;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.telemetry.LogContext;
import io.kurzfassung.telemetry.Summarisation;
import io.kurzfassung.telemetry.SummaryMetrics;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole request path in one place: size cap, parse, existing summary?, summarise (the summariser validates the
 * model's answer), store; then one metrics document per article ({@link SummaryMetrics}). Every adapter (Lambda
 * handlers, CLI, local server) turns its event or arguments into an {@link Input} and the {@link Result} into its
 * answer; {@link Kurzfassung} builds the service.
 */
public final class SummarizeService {

  /**
   * One article as it arrived.
   *
   * @param format the format hint; null detects it from the content
   * @param name the store name ({@link OutputLayout#upload} for an upload); null stores under the article's address,
   *     {@link OutputLayout#article}
   * @param sourceKey where the article came from (an S3 key): kept with the summary, and an input from a source whose
   *     summary is already stored under the name, of the same article by the same model, is not summarised again
   *     (a re-delivered upload); null for direct requests
   * @param deadline by when the model must have answered; null means only the configured timeout
   * @param ref the caller's reference to the input, written into the document as {@code article.ref}; null for none
   * @param refresh summarise even when the article's address holds its current summary (same model and prompt
   *     version), and replace it; without it such a summary is answered without calling the model
   */
  public record Input(byte[] content, ArticleParser.Format format, String name, String sourceKey, Instant deadline,
      String ref, boolean refresh) {
    public Input {
      Objects.requireNonNull(content, "content == null");
    }

    /**
     * An input that keeps a stored current summary, whose reference is its source key: an upload's document names
     * the S3 key it came from.
     */
    public Input(byte[] content, ArticleParser.Format format, String name, String sourceKey, Instant deadline) {
      this(content, format, name, sourceKey, deadline, sourceKey, false);
    }

    /** An input with the caller's reference ({@code article.ref}) that keeps a stored current summary. */
    public Input(byte[] content, ArticleParser.Format format, String name, String sourceKey, Instant deadline,
        String ref) {
      this(content, format, name, sourceKey, deadline, ref, false);
    }

    /** A direct request: stored under the article's address, no source. */
    public static Input of(byte[] content, ArticleParser.Format format, Instant deadline) {
      return new Input(content, format, null, null, deadline, null, false);
    }

    /** The same input, summarised again even when its current summary is stored ({@code ?refresh=true}). */
    public Input refreshed(boolean refresh) {
      return new Input(content, format, name, sourceKey, deadline, ref, refresh);
    }
  }

  /**
   * What became of an input.
   *
   * @param document the summary now stored under the name: the new one, or the stored one when it was kept (a
   *     cache hit, or a language-model summary that a fallback may not replace); null for a skipped re-delivered
   *     upload, whose document is not read
   * @param location where the summary is stored (a path or an s3:// URI); null when the store keeps nothing
   * @param summarised whether the summariser ran for this input; false when the stored summary was current
   * @param stored what the store did with the new summary; null when nothing was summarised
   */
  public record Result(String name, SummaryDocument document, String location, boolean summarised,
      SummaryStore.Outcome stored) {

    public Result(String name, SummaryDocument document, String location, boolean summarised) {
      this(name, document, location, summarised, null);
    }
  }

  private final Config config;
  private final ArticleParser parser;
  private final Summarizer summarizer;
  private final SummaryStore store;
  private final Clock clock;
  private final SummaryMetrics metrics;

  public SummarizeService(Config config, Summarizer summarizer, SummaryStore store, Clock clock) {
    this(config, summarizer, store, clock, SummaryMetrics.NONE);
  }

  public SummarizeService(Config config, Summarizer summarizer, SummaryStore store, Clock clock,
      SummaryMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics == null");
    this.config = Objects.requireNonNull(config, "config == null");
    this.parser = new ArticleParser(config.maxArticleChars());
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer == null");
    this.store = Objects.requireNonNull(store, "store == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Size cap, parse, existing summary?, summarise, store. An input whose current summary is stored under its name is
   * answered from the store without calling the model: a re-delivered upload (one HEAD request) or a repeated direct
   * request (one GET, the document is the answer), unless {@link Input#refresh}.
   */
  public Result summarize(Input input) {
    Article article = parse(input);
    String name = input.name() != null ? input.name() : OutputLayout.article(article.id());
    LogContext.article(article.id(), model().provider(), model().name());
    if (!input.refresh()) {
      Optional<Result> stored = input.sourceKey() != null ? redelivered(article, name) : current(article, name);
      if (stored.isPresent()) {
        report(article, new ModelUse(), Summarisation.Outcome.SKIPPED, null, false);
        return stored.get(); // a skipped re-delivery (upload) or a cache hit (direct request)
      }
    }
    return summarize(article, name, input.sourceKey(), input.ref(), input.deadline(), input.refresh());
  }

  /** The upload's summary when it is current: a re-delivery of the same upload, skipped. */
  private Optional<Result> redelivered(Article article, String name) {
    return store.holds(name, article.id(), model())
        ? Optional.of(new Result(name, null, store.location(name), false))
        : Optional.empty();
  }

  /** The article's current summary at its address: the answer to a repeated request. */
  private Optional<Result> current(Article article, String name) {
    return store.findCurrent(name, article.id(), model())
        .map(stored -> new Result(name, stored, store.location(name), false));
  }


  /**
   * The first two steps, size cap and parse, for a caller that checks every input before it summarises any (the
   * CLI with several files); it then calls {@link #summarize(Article, Instant)}.
   */
  public Article parse(Input input) {
    requireWithinCap(input.content().length);
    return parser.parse(input.content(), input.format());
  }

  /**
   * Summarises and stores a parsed article at its address, every time: one that {@link #parse} checked, or one given
   * as fields (a batch line, where the parser's character limit is the cap). For the CLI, which stores what it
   * prints: a stored current summary is replaced, but a fallback never replaces a language-model summary.
   */
  public Result summarize(Article article, Instant deadline) {
    return summarize(article, null, deadline);
  }

  /** {@link #summarize(Article, Instant)} with the caller's reference to the input ({@code article.ref}). */
  public Result summarize(Article article, String ref, Instant deadline) {
    return summarize(article, OutputLayout.article(article.id()), null, ref, deadline, true);
  }

  private Result summarize(Article article, String name, String sourceKey, String ref, Instant deadline,
      boolean replaceCurrent) {
    LogContext.article(article.id(), model().provider(), model().name());
    var request = new SummaryRequest(article, config.summaryMaxWords(), config.keyFactsMax(), deadline,
        new ModelUse());
    try {
      SummaryDocument document = SummaryDocument.of(article, ref, summarizer.summarize(request), clock.instant());
      // KEPT: a stored summary stays (a fallback never replaces a language-model one)
      SummaryStore.Saved saved = store.save(name, document, sourceKey, replaceCurrent);
      var outcome = document.model().fallbackReason() != null
          ? Summarisation.Outcome.FALLBACK : Summarisation.Outcome.SUMMARISED;
      report(article, request.use(), outcome, null, saved.conflicted());
      return new Result(name, saved.document(), saved.location(), true, saved.outcome());
    } catch (RuntimeException e) {
      report(article, request.use(), Summarisation.Outcome.FAILED, e.getClass().getSimpleName(), false);
      throw e;
    }
  }

  /** The article's metrics and log line: figures only, never its text. */
  private void report(Article article, ModelUse use, Summarisation.Outcome outcome, String errorType,
      boolean conflict) {
    ModelInfo model = model();
    ModelUse.Figures f = use.figures();
    metrics.record(new Summarisation(outcome, article.id(), model.provider(), model.name(), article.text().length(),
        f.calls(), f.latencyMillis(), f.inputTokens(), f.outputTokens(), f.repairs(), f.fallbackReason(), f.errors(),
        errorType, conflict));
  }

  /**
   * Records why an input from a source can never be summarised (the article is empty, too short, not German, too
   * long; the upload was deleted before it was read), as a failure document under {@code failures/}, so
   * that the upload is not retried and an operator still finds why. Returns where it went; null when the input has
   * no name or the store keeps nothing.
   *
   * @param requestId the id that finds the failure in the log (a Lambda request id); may be null
   */
  public String recordFailure(Input input, RuntimeException failure, String requestId) {
    if (input.name() == null) {
      return null;
    }
    String type = failure.getClass().getSimpleName().replaceFirst("Exception$", "")
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    var record = new io.kurzfassung.storage.UploadFailure(input.sourceKey(), "urn:kurzfassung:problem:" + type,
        failureTitle(failure), failure.getMessage(), clock.instant(), requestId);
    return store.saveFailure(input.name(), record);
  }

  private static String failureTitle(RuntimeException failure) {
    return switch (failure) {
      case ArticleTooLongException e -> "The article is too long";
      case io.kurzfassung.article.UnsupportedLanguageException e -> "The article is not in German";
      case io.kurzfassung.article.UnsupportedFormatException e -> "The format is not supported";
      case io.kurzfassung.article.ArticleException e -> "The upload is not an article that can be summarised";
      case io.kurzfassung.storage.UploadMissingException e -> "The upload was deleted before it was read";
      default -> "The upload cannot be summarised";
    };
  }

  /**
   * The input-size cap: the most bytes raw input may have before it is parsed ({@link Config#maxInputBytes()}).
   * Adapters read at most this many bytes plus one.
   */
  public int maxInputBytes() {
    return config.maxInputBytes();
  }

  /**
   * Refuses input over the cap, unread: adapters call it with a size they know before reading (a file's or an S3
   * object's size, a lower bound of a base64 body).
   *
   * @throws ArticleTooLongException when {@code bytes} is over {@link #maxInputBytes()}
   */
  public void requireWithinCap(long bytes) {
    if (bytes > config.maxInputBytes()) {
      throw new ArticleTooLongException((int) Math.min(Integer.MAX_VALUE, bytes), config.maxArticleChars());
    }
  }

  /** The parser for articles given as fields (a batch line). */
  public ArticleParser parser() {
    return parser;
  }

  /** The model and prompt version of the summaries this service produces. */
  public ModelInfo model() {
    return summarizer.model();
  }

  /**
   * The stored summary of an article, read from the article's address only; a document there whose id is another
   * (impossible by {@link OutputLayout}, checked anyway) is not answered. Empty for anything that is not an id.
   */
  public Optional<SummaryDocument> find(String id) {
    if (!OutputLayout.isArticleId(id)) {
      return Optional.empty();
    }
    return store.find(OutputLayout.article(id)).filter(document -> document.id().equals(id));
  }
}
