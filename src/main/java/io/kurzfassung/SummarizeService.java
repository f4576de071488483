package io.kurzfassung;

import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.SummaryRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole request path in one place: parse the article, summarise it (the summariser validates the model's
 * answer), build the document, store it. Every adapter (CLI, Lambda handlers, local server) calls this class.
 */
public final class SummarizeService {

  private final Config config;
  private final ArticleParser parser;
  private final Summarizer summarizer;
  private final SummaryStore store;
  private final Clock clock;

  public SummarizeService(Config config, Summarizer summarizer, SummaryStore store, Clock clock) {
    this.config = Objects.requireNonNull(config, "config == null");
    this.parser = new ArticleParser(config.maxArticleChars());
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer == null");
    this.store = Objects.requireNonNull(store, "store == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** A stored document and where it went (null when the store keeps nothing). */
  public record Stored(SummaryDocument document, String location) {}

  public ArticleParser parser() {
    return parser;
  }

  /** The model and prompt version of the summaries this service produces. */
  public io.kurzfassung.summary.ModelInfo model() {
    return summarizer.model();
  }

  public SummaryStore store() {
    return store;
  }

  /** Parses raw input; a null format is detected from the content. */
  public Article parse(byte[] content, ArticleParser.Format format) {
    return parser.parse(content, format);
  }

  /** Summarises without storing. The deadline bounds the model call; null means only the configured timeout. */
  public SummaryDocument summarize(Article article, Instant deadline) {
    var request = new SummaryRequest(article, config.summaryMaxWords(), config.keyFactsMax(), deadline);
    return SummaryDocument.of(article, summarizer.summarize(request), clock.instant());
  }

  /** Summarises and stores under the document's default name, {@code <id>.json}. */
  public Stored summarizeAndStore(Article article, Instant deadline) {
    SummaryDocument document = summarize(article, deadline);
    return new Stored(document, store.save(SummaryStore.nameFor(document), document));
  }

  /** Summarises and stores under the given name. */
  public Stored summarizeAndStore(Article article, String name, Instant deadline) {
    SummaryDocument document = summarize(article, deadline);
    return new Stored(document, store.save(name, document));
  }

  /** A stored document by article id. */
  public Optional<SummaryDocument> find(String id) {
    return store.find(id + ".json");
  }
}
