package io.kurzfassung.summary.extractive;

import io.kurzfassung.text.GermanLexicon;
import java.util.List;
import java.util.Map;

/**
 * One candidate sentence of an article: its index among the candidates, its position in the article, its verbatim
 * text, its word count and its term weights (tf-idf, unit length), filled in by {@link SentenceRanker}.
 */
record Sentence(int index, int position, String text, int words, List<String> terms, Map<String, Double> vector) {

  Sentence {
    terms = List.copyOf(terms);
    vector = Map.copyOf(vector);
  }

  double similarity(Sentence other) {
    return cosine(vector, other.vector);
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      return cosine(b, a);
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  boolean isQuestion() {
    String t = text.strip();
    int i = t.length() - 1;
    while (i > 0 && GermanLexicon.isQuote(t.charAt(i))) {
      i--;
    }
    return t.charAt(i) == '?';
  }
}
