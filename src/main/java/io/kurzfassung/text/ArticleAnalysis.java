package io.kurzfassung.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every step of a request needs to know about an article's text, worked out once: its sentences, the content
 * terms of each sentence and of the headline, its language, and the numbers, months and words that claims about it
 * are grounded against. Build it with {@link #of}; {@code Article.analysis()} holds the one for an article.
 *
 * <p>Every part is linear in the length of the text.
 *
 * @param sentences the sentences of the body, in order ({@link SentenceSplitter})
 * @param terms the content terms of each sentence ({@link GermanTerms#terms}), parallel to {@code sentences}
 * @param titleTerms the content terms of the headline
 * @param language the declared language, else the detected one (ISO 639-1, or {@code "und"})
 * @param detectedLanguage the language of the text itself, whatever was declared
 * @param facts what claims are grounded against ({@link Grounding})
 */
public record ArticleAnalysis(List<String> sentences, List<List<String>> terms, List<String> titleTerms,
    String language, String detectedLanguage, Grounding.Facts facts) {

  /** The fewest key facts a summary may have, when the budget and the article allow that many. */
  public static final int MIN_FACTS = 3;

  public ArticleAnalysis {
    sentences = List.copyOf(sentences);
    terms = terms.stream().map(List::copyOf).toList();
    titleTerms = List.copyOf(titleTerms);
    Objects.requireNonNull(language, "language == null");
    Objects.requireNonNull(detectedLanguage, "detectedLanguage == null");
    Objects.requireNonNull(facts, "facts == null");
    if (terms.size() != sentences.size()) {
      throw new IllegalArgumentException("terms must have one entry per sentence, had " + terms.size() + " for "
          + sentences.size());
    }
  }

  /** Analyses an article's headline and body; {@code declaredLanguage} may be null. */
  public static ArticleAnalysis of(String title, String body, String declaredLanguage) {
    List<String> sentences = SentenceSplitter.split(body);
    List<List<String>> terms = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      terms.add(GermanTerms.terms(sentence));
    }
    String detected = detectLanguage(body);
    String language = declaredLanguage != null ? declaredLanguage : detected;
    return new ArticleAnalysis(sentences, terms, GermanTerms.terms(title), language, detected,
        Grounding.Facts.of(title, body, language));
  }

  /**
   * The fewest key facts for a request that allows {@code maxFacts}: {@link #MIN_FACTS}, unless the budget or the
   * article has fewer sentences; never less than one.
   */
  public int minimumFacts(int maxFacts) {
    return minimumFacts(maxFacts, sentences.size());
  }

  /** {@link #minimumFacts(int)} for an article of {@code sentences} sentences. */
  public static int minimumFacts(int maxFacts, int sentences) {
    return Math.max(1, Math.min(MIN_FACTS, Math.min(maxFacts, sentences)));
  }

  /** Whether the text itself is German or cannot be told apart from it. */
  public boolean readsGerman() {
    return detectedLanguage.equals("de") || detectedLanguage.equals("und");
  }

  /** German by its share of stopwords, which is cheap; otherwise the n-gram detector decides. */
  private static String detectLanguage(String text) {
    return Languages.detectGermanFirst(text);
  }


  @Override
  public String toString() {
    return "ArticleAnalysis[" + sentences.size() + " sentences, language=" + language + "]";
  }
}
