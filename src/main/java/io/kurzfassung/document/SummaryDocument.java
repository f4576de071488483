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

  public static final String SCHEMA_VERSION = "1.0";

  public SummaryDocument {
    keyFacts = List.copyOf(keyFacts);
  }

  /** The article's metadata as it appears in the document; the text itself is not repeated. */
  public record ArticleInfo(String title, String topic, String source, String url, int characters, int words) {

    static ArticleInfo of(Article a) {
      return new ArticleInfo(a.title(), a.topic(), a.source(), a.url(), a.characters(), a.words());
    }
  }

  public static SummaryDocument of(Article article, Summary summary, Instant createdAt) {
    return new SummaryDocument(SCHEMA_VERSION, article.id(), "de", summary.text(), summary.keyFacts(),
        ArticleInfo.of(article), summary.model(), summary.usage(), createdAt);
  }
}
