package io.kurzfassung.summary;

import io.kurzfassung.article.Article;
import io.kurzfassung.text.ArticleAnalysis;
import io.kurzfassung.text.Grounding;
import io.kurzfassung.text.Languages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a model's summary before anyone sees it: German, within the word budget, a bounded number of distinct
 * non-empty facts, every number, date and name grounded in the article, every piece of evidence a real sentence of
 * the article. The problems are German sentences, so they can be handed back to the model in a repair round.
 */
public final class SummaryValidator {

  /** The fewest key facts a summary may have, when the budget and the article allow that many. */
  public static final int MIN_FACTS = ArticleAnalysis.MIN_FACTS;

  /** The fewest key facts for this request: {@link #MIN_FACTS}, unless the budget or the article has fewer. */
  public static int minFacts(SummaryRequest request, int articleSentences) {
    return ArticleAnalysis.minimumFacts(request.maxFacts(), articleSentences);
  }

  /** The problems of the summary; empty when it is acceptable. */
  public List<String> problems(Summary summary, SummaryRequest request) {
    Article article = request.article();
    List<String> problems = new ArrayList<>();
    String text = summary.text().strip();
    if (text.isEmpty()) {
      problems.add("Die Zusammenfassung ist leer.");
    }
    int words = Article.countWords(text);
    if (words > request.maxWords()) {
      problems.add("Die Zusammenfassung hat " + words + " Wörter, erlaubt sind höchstens " + request.maxWords() + ".");
    }
    List<KeyFact> facts = summary.keyFacts();
    int minFacts = article.analysis().minimumFacts(request.maxFacts());
    if (facts.size() < minFacts || facts.size() > request.maxFacts()) {
      problems.add("Es sind " + facts.size() + " Kernfakten, erlaubt sind " + minFacts + " bis " + request.maxFacts() + ".");
    }
    StringBuilder all = new StringBuilder(text);
    Set<String> seen = new HashSet<>();
    String articleText = normalise(article.text());
    for (int i = 0; i < facts.size(); i++) {
      KeyFact fact = facts.get(i);
      String label = "Kernfakt " + (i + 1);
      if (fact.text().isBlank()) {
        problems.add(label + " ist leer.");
        continue;
      }
      all.append('\n').append(fact.text());
      if (!seen.add(normalise(fact.text()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", ""))) {
        problems.add(label + " wiederholt einen anderen Kernfakt.");
      }
      if (fact.evidence().isEmpty()) {
        problems.add(label + " nennt keinen Beleg aus dem Artikel.");
      }
      for (String evidence : fact.evidence()) {
        if (evidence.isBlank() || !articleText.contains(normalise(evidence))) {
          problems.add(label + ": der Beleg ist kein Satz des Artikels.");
          break;
        }
      }
      List<String> ungrounded = Grounding.ungrounded(fact.text(), article.analysis());
      if (!ungrounded.isEmpty()) {
        problems.add(label + " enthält Angaben, die nicht im Artikel stehen: " + String.join(", ", ungrounded) + ".");
      }
    }
    List<String> ungrounded = Grounding.ungrounded(text, article.analysis());
    if (!ungrounded.isEmpty()) {
      problems.add("Die Zusammenfassung enthält Angaben, die nicht im Artikel stehen: " + String.join(", ", ungrounded) + ".");
    }
    // German by its stopwords first, as for the article: the n-gram detector only for an answer that looks foreign
    String language = Languages.detectGermanFirst(all.toString());
    if (!text.isEmpty() && !language.equals("de")) {
      problems.add("Die Antwort ist nicht auf Deutsch (erkannt: " + language + ").");
    }
    return List.copyOf(problems);
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
