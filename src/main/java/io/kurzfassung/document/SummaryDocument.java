package io.kurzfassung.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kurzfassung.article.Article;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.Usage;
import java.time.Instant;
import java.util.List;

/**
 * The stored result: the summary, key facts with evidence, the article's metadata, the model and its usage. Its
 * JSON form is described by {@code summary-document.schema.json}.
 */
@JsonPropertyOrder({"schemaVersion", "id", "language", "summary", "keyFacts", "article", "model", "usage", "createdAt"})
public record SummaryDocument(
    String schemaVersion,
    String id,
    String language,
    String summary,
    List<KeyFact> keyFacts,
    ArticleInfo article,
    ModelInfo model,
    Usage usage,
    Instant createdAt) {

  /**
   * 1.1 added {@code article.ref}, the caller's reference to the input; a 1.0 document reads back with it null.
   */
  public static final String SCHEMA_VERSION = "1.1";

  public SummaryDocument {
    keyFacts = List.copyOf(keyFacts);
  }

  /**
   * The article's metadata as it appears in the document; the text itself is not repeated.
   *
   * @param ref the caller's reference to the input, so that a document can be joined to it: the file name as given
   *     on the command line ({@code -} for stdin), the {@code id} of a {@code --jsonl} line, the S3 key of an upload;
   *     null when the caller gave none (an API request, a direct invocation)
   */
  public record ArticleInfo(String title, String topic, String source, String url, String ref, int characters,
      int words) {

    /** Metadata without a reference. */
    public ArticleInfo(String title, String topic, String source, String url, int characters, int words) {
      this(title, topic, source, url, null, characters, words);
    }

    static ArticleInfo of(Article a, String ref) {
      return new ArticleInfo(a.title(), a.topic(), a.source(), a.url(), ref, a.characters(), a.words());
    }
  }

  /** The document of an article without a caller's reference. */
  public static SummaryDocument of(Article article, Summary summary, Instant createdAt) {
    return of(article, null, summary, createdAt);
  }

  /** The document of an article, with the caller's reference to it ({@link ArticleInfo#ref()}; may be null). */
  public static SummaryDocument of(Article article, String ref, Summary summary, Instant createdAt) {
    return new SummaryDocument(SCHEMA_VERSION, article.id(), "de", summary.text(), summary.keyFacts(),
        ArticleInfo.of(article, ref), summary.model(), summary.usage(), createdAt);
  }
}
