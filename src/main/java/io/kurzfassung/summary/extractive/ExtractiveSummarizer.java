package io.kurzfassung.summary.extractive;

import io.kurzfassung.article.UnsupportedLanguageException;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.Usage;
import io.kurzfassung.text.ArticleAnalysis;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The embedded, offline German summariser: ranks sentences by centrality and position ({@link SentenceRanker}),
 * composes a summary within the word budget ({@link SummaryComposer}) and picks key facts with evidence
 * ({@link KeyFactSelector}). Thread-safe and fast (a few milliseconds per article).
 */
public final class ExtractiveSummarizer implements Summarizer {

  public static final ModelInfo MODEL = new ModelInfo("extractive", "textrank-de", "extractive-6");

  @Override
  public ModelInfo model() {
    return MODEL;
  }

  /**
   * @throws UnsupportedLanguageException when the article is, with confidence, not German: selecting its sentences
   *     would give a summary in another language
   */
  @Override
  public Summary summarize(SummaryRequest request) {
    ArticleAnalysis analysis = request.article().analysis();
    if (!analysis.readsGerman()) {
      throw new UnsupportedLanguageException(analysis.detectedLanguage());
    }
    SentenceRanker.Ranking ranking = SentenceRanker.rank(request.article());
    List<SummaryComposer.Part> parts = SummaryComposer.compose(ranking, request.maxWords());
    String text = parts.stream().map(SummaryComposer.Part::text).collect(Collectors.joining(" "));
    List<KeyFact> facts = KeyFactSelector.select(ranking, parts, request.maxFacts(),
        analysis.minimumFacts(request.maxFacts()));
    return new Summary(text, facts, MODEL, Usage.UNKNOWN);
  }
}
