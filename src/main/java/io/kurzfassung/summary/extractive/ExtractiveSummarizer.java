package io.kurzfassung.summary.extractive;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.Usage;
import java.util.ArrayList;
import java.util.List;

/** The embedded, offline German summariser. (Placeholder: lead sentences, to be replaced.) */
public final class ExtractiveSummarizer implements Summarizer {

  public static final ModelInfo MODEL = new ModelInfo("extractive", "lead", "extractive-0");

  @Override
  public Summary summarize(SummaryRequest request) {
    List<String> sentences = SentenceSplitter.split(request.article().text());
    StringBuilder summary = new StringBuilder();
    for (String s : sentences) {
      if (Article.countWords(summary + " " + s) > request.maxWords() && !summary.isEmpty()) {
        break;
      }
      if (!summary.isEmpty()) {
        summary.append(' ');
      }
      summary.append(s);
    }
    List<KeyFact> facts = new ArrayList<>();
    for (String s : sentences.subList(Math.min(1, sentences.size()), sentences.size())) {
      if (facts.size() == Math.min(3, request.maxFacts())) {
        break;
      }
      facts.add(new KeyFact(s, List.of(s)));
    }
    return new Summary(summary.toString(), facts, MODEL, Usage.UNKNOWN);
  }
}
