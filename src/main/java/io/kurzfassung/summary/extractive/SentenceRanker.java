package io.kurzfassung.summary.extractive;

import io.kurzfassung.article.Article;
import io.kurzfassung.text.ArticleAnalysis;
import io.kurzfassung.text.GermanClauses;
import io.kurzfassung.text.GermanLexicon;
import io.kurzfassung.text.GermanTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the sentences of an article: TextRank centrality over tf-idf cosine similarity, combined with a position
 * prior (news puts the essentials first), similarity to the headline and the lead, and a preference for sentences
 * of informative length. No constant here is fitted to a data set; they encode general properties of news text.
 *
 * <p>Cost: TextRank compares every pair of sentences, so it runs on a <em>bounded candidate set</em> rather than
 * on all of a long text: the first {@value #MAX_CANDIDATES} distinct sentences. Headings (lines without sentence
 * punctuation, {@link GermanClauses#isHeading}) are no candidates, unless the text has no punctuated sentence at all. News puts the essentials first (the
 * position prior of a later sentence is below 0.06), every article of the public eval sets fits in the bound, and
 * ranking costs the same for 16,000 sentences as for 300. Repeated sentences are one candidate, so a summary never
 * repeats a sentence. Splitting and stemming the whole text ({@link ArticleAnalysis}) stay linear.
 */
final class SentenceRanker {

  private static final double DAMPING = 0.85;
  private static final int ITERATIONS = 30;
  /** Weights of the score: news puts the essentials first, so position weighs most, then centrality. */
  private static final double POSITION = 0.5;
  private static final double CENTRALITY = 0.3;
  private static final double HEADLINE = 0.2;
  /** Sentences up to this length read well; longer ones are preferred less, down to half at twice the length. */
  private static final int READABLE_WORDS = 25;
  /** Longer sentences are preferred less, down to this factor. */
  private static final double LONGEST_PREFERENCE = 0.5;
  /** Sentences of fewer words than these carry little: their preference. */
  private static final int FRAGMENT_WORDS = 5;
  private static final double FRAGMENT_PREFERENCE = 0.3;
  private static final int SHORT_WORDS = 9;
  private static final double SHORT_PREFERENCE = 0.7;
  /** Direct speech and questions make weaker summary sentences than the reporter's own statements. */
  private static final double QUESTION = 0.6;
  private static final double FIRST_PERSON = 0.6;
  private static final double QUOTED = 0.8;
  /** The most sentences TextRank compares pairwise: the first distinct sentences of the article. */
  static final int MAX_CANDIDATES = 300;
  private static final Set<String> FIRST_AND_SECOND_PERSON = GermanLexicon.FIRST_AND_SECOND_PERSON;

  /**
   * The ranked article: its sentences with vectors, their pairwise similarities, each sentence's degree (the sum of
   * its similarities to the others, which TextRank divides by) and their scores.
   */
  record Ranking(List<Sentence> sentences, double[][] similarity, double[] degree, double[] score) {}

  private SentenceRanker() {}

  static Ranking rank(Article article) {
    ArticleAnalysis analysis = article.analysis();
    List<String> texts = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<List<String>> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int headings = 0;
    // A text without any sentence punctuation is all "headings": then every line is a candidate.
    boolean punctuated = analysis.sentences().stream().anyMatch(t -> !GermanClauses.isHeading(t));
    for (int i = 0; i < analysis.sentences().size() && texts.size() < MAX_CANDIDATES; i++) {
      String text = analysis.sentences().get(i);
      if (punctuated && GermanClauses.isHeading(text)) {
        headings++; // an intertitle is no summary sentence and no fact, and takes no place in the text's order
        continue;
      }
      if (seen.add(text.replaceAll("\\s+", " "))) {
        texts.add(text);
        positions.add(i - headings);
        terms.add(analysis.terms().get(i));
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (List<String> ts : terms) {
      ts.stream().distinct().forEach(term -> df.merge(term, 1, Integer::sum));
    }
    int n = texts.size();
    List<Sentence> sentences = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = texts.get(i);
      sentences.add(new Sentence(i, positions.get(i), text, Article.countWords(text), terms.get(i),
          vector(terms.get(i), df, n)));
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = sim[j][i] = sentences.get(i).similarity(sentences.get(j));
      }
    }
    double[] degree = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        degree[i] += sim[i][j];
      }
    }
    double[] centrality = normalized(textRank(sim, degree));
    Map<String, Double> title = vector(analysis.titleTerms(), df, n);
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      double position = 1.0 / Math.sqrt(1.0 + s.position());
      double headline = title.isEmpty() ? 0 : Sentence.cosine(s.vector(), title);
      double lead = i == 0 || n == 0 ? 0 : sim[0][i];
      double value = CENTRALITY * centrality[i] + POSITION * position + HEADLINE * Math.max(headline, lead);
      score[i] = value * lengthPreference(s.words()) * reportedStyle(s);
    }
    return new Ranking(List.copyOf(sentences), sim, degree, score);
  }

  /**
   * Summaries report in the third person: direct speech ("ich", "wir", quotation marks) and questions make weaker
   * summary sentences than the reporter's own statements.
   */
  static double reportedStyle(Sentence s) {
    double factor = s.isQuestion() ? QUESTION : 1.0;
    for (String w : GermanTerms.words(s.text())) {
      if (FIRST_AND_SECOND_PERSON.contains(w)) {
        factor *= FIRST_PERSON;
        break;
      }
    }
    if (s.text().indexOf('„') >= 0 || s.text().indexOf('»') >= 0 || s.text().indexOf('«') >= 0
        || s.text().indexOf('“') >= 0 || s.text().indexOf('"') >= 0) {
      factor *= QUOTED;
    }
    return factor;
  }

  /**
   * Very short sentences carry little; long ones spend the budget and read badly (style guides for news ask for
   * sentences of at most about 25 words), so the preference falls off gently beyond that.
   */
  static double lengthPreference(int words) {
    if (words < FRAGMENT_WORDS) {
      return FRAGMENT_PREFERENCE;
    }
    if (words < SHORT_WORDS) {
      return SHORT_PREFERENCE;
    }
    return words <= READABLE_WORDS
        ? 1.0
        : Math.max(LONGEST_PREFERENCE, 1.0 - (words - READABLE_WORDS) / (double) READABLE_WORDS);
  }

  private static Map<String, Double> vector(List<String> terms, Map<String, Integer> df, int n) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : terms) {
      tf.merge(t, 1, Integer::sum);
    }
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      int d = df.getOrDefault(e.getKey(), 0);
      double idf = Math.log(1.0 + (n + 1.0) / (d + 1.0));
      double w = (1.0 + Math.log(e.getValue())) * idf;
      v.put(e.getKey(), w);
      norm += w * w;
    }
    if (norm > 0) {
      double len = Math.sqrt(norm);
      v.replaceAll((k, w) -> w / len);
    }
    return v;
  }

  /** PageRank on the weighted similarity graph, whose nodes have the given degrees (row sums of {@code sim}). */
  static double[] textRank(double[][] sim, double[] out) {
    int n = sim.length;
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
    for (int it = 0; it < ITERATIONS; it++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          if (sim[j][i] > 0 && out[j] > 0) {
            sum += sim[j][i] / out[j] * rank[j];
          }
        }
        next[i] = (1 - DAMPING) / n + DAMPING * sum;
      }
      rank = next;
    }
    return rank;
  }

  private static double[] normalized(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = max > 0 ? values[i] / max : 0;
    }
    return out;
  }
}
