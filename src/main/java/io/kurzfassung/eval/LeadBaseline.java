package io.kurzfassung.eval;

import io.kurzfassung.text.SentenceSplitter;
import java.util.List;

/** The classic baselines: the first three sentences, and the first words of the article. */
public final class LeadBaseline {

  private LeadBaseline() {}

  /** The first three sentences (fewer when the text has fewer). */
  public static String lead3(String text) {
    List<String> sentences = SentenceSplitter.split(text);
    return String.join(" ", sentences.subList(0, Math.min(3, sentences.size())));
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
