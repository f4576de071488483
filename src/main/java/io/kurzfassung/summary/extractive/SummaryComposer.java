package io.kurzfassung.summary.extractive;

import io.kurzfassung.article.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the summary sentences: maximal marginal relevance (score minus redundancy with what is already chosen)
 * under the word budget, then, if room is left, the leading clauses of the next best sentence. The result reads in
 * article order.
 */
final class SummaryComposer {

  /** Weight of relevance against redundancy in maximal marginal relevance. */
  private static final double LAMBDA = 0.7;
  /** The smallest clause worth adding when trimming to fit the budget. */
  private static final int MIN_CLAUSE_WORDS = 6;

  private static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s|\\s[–—-]\\s");

  /** A chosen piece of text and the sentence it comes from. */
  record Part(int index, String text) {}

  private SummaryComposer() {}

  static List<Part> compose(SentenceRanker.Ranking ranking, int maxWords) {
    List<Sentence> sentences = ranking.sentences();
    List<Integer> chosen = new ArrayList<>();
    boolean[] used = new boolean[sentences.size()];
    int words = 0;
    // The inverted pyramid: the lead sentence opens the summary whenever it fits.
    if (!sentences.isEmpty() && sentences.get(0).words() <= maxWords) {
      used[0] = true;
      chosen.add(0);
      words += sentences.get(0).words();
    }
    while (true) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Sentence s : sentences) {
        int i = s.index();
        if (used[i] || words + s.words() > maxWords) {
          continue;
        }
        double value = LAMBDA * ranking.score()[i] - (1 - LAMBDA) * redundancy(ranking, chosen, i);
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      chosen.add(best);
      words += sentences.get(best).words();
    }
    List<Part> parts = new ArrayList<>();
    for (int i : chosen) {
      parts.add(new Part(i, sentences.get(i).text()));
    }
    int left = maxWords - words;
    if (left >= MIN_CLAUSE_WORDS) {
      trimmedClause(ranking, chosen, used, left).ifPresent(parts::add);
    }
    if (parts.isEmpty() && !sentences.isEmpty()) {
      parts.add(new Part(0, firstWords(sentences.get(0).text(), maxWords)));
    }
    parts.sort(Comparator.comparingInt(Part::index));
    return List.copyOf(parts);
  }

  private static java.util.Optional<Part> trimmedClause(
      SentenceRanker.Ranking ranking, List<Integer> chosen, boolean[] used, int left) {
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    String bestText = null;
    for (Sentence s : ranking.sentences()) {
      int i = s.index();
      if (used[i]) {
        continue;
      }
      String clause = leadingClauses(s.text(), left);
      if (clause == null) {
        continue;
      }
      double value = LAMBDA * ranking.score()[i] - (1 - LAMBDA) * redundancy(ranking, chosen, i);
      if (value > bestValue) {
        bestValue = value;
        best = i;
        bestText = clause;
      }
    }
    return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(new Part(best, bestText));
  }

  /**
   * The longest run of leading clauses within the budget, closed with a full stop; null when none fits. A cut is
   * made only at a comma, semicolon or dash before a conjunction, a relative pronoun or an article, so that what
   * is left is a main clause, not a fragment; a dangling apposition ("…, eine Veranstaltung") is not kept.
   */
  static String leadingClauses(String sentence, int maxWords) {
    Matcher m = CLAUSE_END.matcher(sentence);
    String best = null;
    while (m.find()) {
      String prefix = sentence.substring(0, m.start()).strip();
      int words = Article.countWords(prefix);
      if (words > maxWords) {
        break;
      }
      if (words >= MIN_CLAUSE_WORDS && balancedQuotes(prefix) && startsClause(sentence, m.end())
          && !endsWithApposition(prefix)) {
        best = prefix;
      }
    }
    return best == null ? null : best.replaceAll("[,;:–—-]+$", "").strip() + ".";
  }

  private static boolean startsClause(String sentence, int at) {
    int end = at;
    while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
      end++;
    }
    return CLAUSE_STARTERS.contains(sentence.substring(at, end).toLowerCase(java.util.Locale.GERMAN));
  }

  private static boolean endsWithApposition(String prefix) {
    int comma = Math.max(prefix.lastIndexOf(", "), prefix.lastIndexOf(" – "));
    if (comma < 0) {
      return false;
    }
    String last = prefix.substring(comma + 2).strip();
    String first = last.split("\\s+", 2)[0].toLowerCase(java.util.Locale.GERMAN);
    return ARTICLES.contains(first) && Article.countWords(last) <= 4;
  }

  private static final java.util.Set<String> ARTICLES = java.util.Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines");

  /**
   * Words that open a subordinate or coordinated clause, a relative clause or an apposition. Not "dass", "ob" or
   * "wie": those clauses are often the object the main clause needs ("Sie haben angekündigt, dass …").
   */
  private static final java.util.Set<String> CLAUSE_STARTERS = java.util.Set.of(
      "der", "die", "das", "den", "dem", "des", "deren", "dessen", "denen", "welche", "welcher", "welches", "ein",
      "eine", "einen", "einem", "einer", "eines", "weil", "da", "als", "wenn", "um", "wo",
      "wobei", "womit", "wodurch", "nachdem", "obwohl", "obgleich", "während", "sodass", "so", "bis", "sowie",
      "und", "aber", "doch", "sondern", "oder", "denn", "seit", "seitdem", "bevor", "damit", "indem", "falls",
      "sofern", "wonach", "worauf", "wogegen", "zumal");

  static boolean balancedQuotes(String text) {
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '„' || c == '»' || c == '(') {
        open++;
      } else if (c == '“' || c == '«' || c == ')' || c == '”') {
        open--;
      }
    }
    return open == 0 && text.chars().filter(c -> c == '"').count() % 2 == 0;
  }

  private static double redundancy(SentenceRanker.Ranking ranking, List<Integer> chosen, int i) {
    double max = 0;
    for (int j : chosen) {
      max = Math.max(max, ranking.similarity()[i][j]);
    }
    return max;
  }

  static String firstWords(String text, int maxWords) {
    String[] tokens = text.strip().split("\\s+");
    if (tokens.length <= maxWords) {
      return text.strip();
    }
    return String.join(" ", java.util.Arrays.copyOf(tokens, maxWords)) + " …";
  }
}
