package io.kurzfassung.summary.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long article for map-reduce: on paragraph boundaries while a part fits the token budget, on sentence
 * boundaries inside a paragraph that does not. Sentences keep their numbers in the whole article.
 */
final class Chunks {

  /** One part: the number of its first sentence and its sentences. */
  record Chunk(int first, List<String> sentences) {
    Chunk {
      sentences = List.copyOf(sentences);
    }
  }

  private Chunks() {}

  /**
   * A token estimate that does not need the model's tokenizer: German words cost about one token per five letters
   * (long compounds split into several), punctuation one each. It errs on the high side.
   */
  static int estimateTokens(String text) {
    int tokens = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters++;
      } else {
        if (letters > 0) {
          tokens += 1 + (letters - 1) / 5;
          letters = 0;
        }
        if (!Character.isWhitespace(c)) {
          tokens++;
        }
      }
    }
    return letters > 0 ? tokens + 1 + (letters - 1) / 5 : tokens;
  }

  /** Parts of at most {@code budget} tokens each (a single longer sentence is a part of its own). */
  static List<Chunk> split(String text, List<String> sentences, int budget) {
    List<Chunk> chunks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int currentTokens = 0;
    int first = 1;
    int cursor = 0;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      int at = text.indexOf(sentence, cursor);
      boolean newParagraph = at > cursor && text.substring(cursor, at).contains("\n\n");
      if (at >= 0) {
        cursor = at + sentence.length();
      }
      int tokens = estimateTokens(sentence) + 3;
      boolean full = currentTokens + tokens > budget;
      // Prefer to end a part where a paragraph ends, once the part is at least half full.
      boolean paragraphBreak = newParagraph && currentTokens + tokens + paragraphTokens(text, at) > budget
          && currentTokens > budget / 2;
      if (!current.isEmpty() && (full || paragraphBreak)) {
        chunks.add(new Chunk(first, current));
        first = i + 1;
        current = new ArrayList<>();
        currentTokens = 0;
      }
      current.add(sentence);
      currentTokens += tokens;
    }
    if (!current.isEmpty()) {
      chunks.add(new Chunk(first, current));
    }
    return List.copyOf(chunks);
  }

  private static int paragraphTokens(String text, int start) {
    if (start < 0) {
      return 0;
    }
    int end = text.indexOf("\n\n", start);
    return estimateTokens(end < 0 ? text.substring(start) : text.substring(start, end));
  }
}
