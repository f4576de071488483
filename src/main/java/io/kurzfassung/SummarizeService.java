package io.kurzfassung;

import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.article.ArticleTooLongException;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.ModelUse;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.telemetry.LogContext;
import io.kurzfassung.telemetry.Summarisation;
import io.kurzfassung.telemetry.Summarisation.Outcome;
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
   * @param name the store name; null stores under the document's default name, {@code <id>.json}
   * @param sourceKey where the article came from (an S3 key): kept with the summary, and an input from a source whose
   *     summary is already stored under the name, of the same article by the same model, is not summarised again
   *     (a re-delivered upload); null for direct requests
   * @param deadline by when the model must have answered; null means only the configured timeout
   */
  public record Input(byte[] content, ArticleParser.Format format, String name, String sourceKey, Instant deadline) {
    public Input {
      Objects.requireNonNull(content, "content == null");
    }

    /** A direct request: stored under the document's default name, no source. */
    public static Input of(byte[] content, ArticleParser.Format format, Instant deadline) {
      return new Input(content, format, null, null, deadline);
    }
  }

  /**
   * What became of an input.
   *
   * @param document the new summary; null when the stored one was kept ({@code summarised} false)
   * @param location where the summary is stored (a path or an s3:// URI); null when the store keeps nothing
   */
  public record Result(String name, SummaryDocument document, String location, boolean summarised) {}

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

  /** Size cap, parse, existing summary?, summarise, store. */
  public Result summarize(Input input) {
    Article article = parse(input);
    LogContext.article(article.id(), model().provider(), model().name());
    if (input.sourceKey() != null && input.name() != null && store.holds(input.name(), article.id(), model())) {
      report(article, new ModelUse(), Outcome.SKIPPED, null, false);
      return new Result(input.name(), null, store.location(input.name()), false);
    }
    return summarize(article, input.name(), input.sourceKey(), input.deadline());
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
   * Summarises and stores a parsed article under its default name: one that {@link #parse} checked, or one given as
   * fields (a batch line, where the parser's character limit is the cap).
   */
  public Result summarize(Article article, Instant deadline) {
    return summarize(article, null, null, deadline);
  }

  private Result summarize(Article article, String name, String sourceKey, Instant deadline) {
    LogContext.article(article.id(), model().provider(), model().name());
    var request = new SummaryRequest(article, config.summaryMaxWords(), config.keyFactsMax(), deadline,
        new ModelUse());
    try {
      SummaryDocument document = SummaryDocument.of(article, summarizer.summarize(request), clock.instant());
      String stored = name != null ? name : SummaryStore.nameFor(document);
      SummaryStore.Saved saved = store.write(stored, document, sourceKey);
      Outcome outcome = document.model().fallbackReason() != null ? Outcome.FALLBACK : Outcome.SUMMARISED;
      report(article, request.use(), outcome, null, saved.conflict());
      return new Result(stored, document, saved.location(), true);
    } catch (RuntimeException e) {
      report(article, request.use(), Outcome.FAILED, e.getClass().getSimpleName(), false);
      throw e;
    }
  }

  /** The article's metrics and log line: figures only, never its text. */
  private void report(Article article, ModelUse use, Outcome outcome, String errorType, boolean conflict) {
    ModelInfo model = model();
    ModelUse.Figures f = use.figures();
    metrics.record(new Summarisation(outcome, article.id(), model.provider(), model.name(), article.text().length(),
        f.calls(), f.latencyMillis(), f.inputTokens(), f.outputTokens(), f.repairs(), f.fallbackReason(), f.errors(),
        errorType, conflict));
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

  /** A stored document by article id. */
  public Optional<SummaryDocument> find(String id) {
    return store.find(id + ".json");
  }
}
