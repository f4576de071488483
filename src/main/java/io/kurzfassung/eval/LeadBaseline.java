package io.kurzfassung.eval;

import io.kurzfassung.article.Article;
import io.kurzfassung.text.GermanClauses;
import io.kurzfassung.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic baselines: the first three sentences, and the first words of the article; and the lead as a summary
 * of whole sentences would take it.
 */
public final class LeadBaseline {

  private LeadBaseline() {}

  /** The first three sentences (fewer when the text has fewer). */
  public static String lead3(String text) {
    List<String> sentences = SentenceSplitter.split(text);
    return String.join(" ", sentences.subList(0, Math.min(3, sentences.size())));
  }

  /**
   * The article's opening in whole sentences within {@code maxWords}: its sentences in order while they fit, then the
   * main clause of the next one when one fits ({@link GermanClauses#mainClause}), and nothing after it. The same
   * constraint as a summary that never cuts a sentence into a fragment, unlike {@link #firstWords}.
   */
  public static String wholeSentences(String text, int maxWords) {
    List<String> kept = new ArrayList<>();
    int words = 0;
    for (String sentence : SentenceSplitter.split(text)) {
      int n = Article.countWords(sentence);
      if (words + n <= maxWords) {
        kept.add(sentence);
        words += n;
        continue;
      }
      String clause = GermanClauses.mainClause(sentence, maxWords - words, true);
      if (clause != null) {
        kept.add(clause);
      }
      break;
    }
    return String.join(" ", kept);
  }

  /** The first {@code words} whitespace-separated tokens of the text that contain a letter or digit. */
  public static String firstWords(String text, int words) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (String token : text.strip().split("\\s+")) {
      if (n >= words) {
        break;
      }
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(token);
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return sb.toString();
  }
}
