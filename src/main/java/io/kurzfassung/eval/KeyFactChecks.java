package io.kurzfassung.eval;

import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.text.GermanTerms;
import io.kurzfassung.text.ReferenceOpeners;
import io.kurzfassung.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts, for one summary, what a reader of the key facts notices: facts that only repeat the summary, facts and
 * summary sentences that open with a reference the reader cannot resolve, and facts cut from a longer sentence.
 *
 * <p>Definitions (text is compared normalised: lower-cased runs of letters and digits, as ROUGE tokenises):
 * <ul>
 *   <li><b>contained</b>: the fact's words occur as one run inside the summary's words, or all the fact's content
 *       words (Snowball stems, no stopwords) occur in one summary sentence;
 *   <li><b>unresolved</b> ({@link ReferenceOpeners}): a fact, shown on its own, opening with a reference; a summary
 *       sentence opening with one when it is the first sentence, or when it is an article sentence whose preceding
 *       article sentence is not the summary sentence before it (the antecedent was left out). A summary sentence that
 *       is not found in the article was written for the summary, and the sentence before it is taken to resolve it;
 *       one the summariser rewrote ("Dabei hat die Kommission …" shown as "Die Kommission hat …") stands where the
 *       article sentence that holds the rest of its words stands;
 *   <li><b>trimmed</b>: the fact differs from each of its evidence sentences (for a language model, whose facts are
 *       paraphrases, this is the share not copied verbatim); a fact without evidence is not counted as trimmed.
 * </ul>
 */
public final class KeyFactChecks {

  private KeyFactChecks() {}

  /** The counts of one summary, or the sum over many. */
  public record Counts(int facts, int contained, int factsUnresolved, int trimmed, int summarySentences,
      int summaryUnresolved) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(facts + o.facts, contained + o.contained, factsUnresolved + o.factsUnresolved,
          trimmed + o.trimmed, summarySentences + o.summarySentences, summaryUnresolved + o.summaryUnresolved);
    }
  }

  /** The counts for one summary of the article with the given text ({@code Article.text()}). */
  public static Counts count(Summary summary, String articleText) {
    List<String> summarySentences = SentenceSplitter.split(summary.text());
    String summaryWords = normalised(summary.text());
    List<Set<String>> sentenceTerms = new ArrayList<>();
    for (String s : summarySentences) {
      sentenceTerms.add(new HashSet<>(GermanTerms.terms(s)));
    }
    int contained = 0;
    int unresolved = 0;
    int trimmed = 0;
    for (KeyFact fact : summary.keyFacts()) {
      if (contained(fact.text(), summaryWords, sentenceTerms)) {
        contained++;
      }
      if (ReferenceOpeners.opensUnresolved(fact.text())) {
        unresolved++;
      }
      if (trimmed(fact)) {
        trimmed++;
      }
    }
    return new Counts(summary.keyFacts().size(), contained, unresolved, trimmed, summarySentences.size(),
        unresolvedSummarySentences(summarySentences, SentenceSplitter.split(articleText)));
  }

  static boolean contained(String fact, String normalisedSummary, List<Set<String>> summarySentenceTerms) {
    String words = normalised(fact);
    if (words.isBlank()) {
      return false;
    }
    if ((" " + normalisedSummary + " ").contains(" " + words + " ")) {
      return true;
    }
    Set<String> terms = new HashSet<>(GermanTerms.terms(fact));
    return !terms.isEmpty() && summarySentenceTerms.stream().anyMatch(s -> s.containsAll(terms));
  }

  static boolean trimmed(KeyFact fact) {
    String words = normalised(fact.text());
    return !fact.evidence().isEmpty() && fact.evidence().stream().map(KeyFactChecks::normalised).noneMatch(words::equals);
  }

  /** How many summary sentences open with a reference whose antecedent the summary left out. */
  static int unresolvedSummarySentences(List<String> summarySentences, List<String> articleSentences) {
    List<String> article = articleSentences.stream().map(s -> " " + normalised(s) + " ").toList();
    int[] index = new int[summarySentences.size()];
    for (int k = 0; k < index.length; k++) {
      String sentence = summarySentences.get(k);
      index[k] = indexIn(article, normalised(sentence));
      if (index[k] < 0) {
        index[k] = rewrittenIndexIn(article, GermanTerms.words(sentence));
      }
    }
    int count = 0;
    for (int k = 0; k < index.length; k++) {
      boolean resolvedByPrevious = k > 0 && (index[k] < 0 || (index[k - 1] >= 0
          && follows(index[k - 1], index[k], articleSentences, summarySentences.get(k))));
      String opener = ReferenceOpeners.opener(summarySentences.get(k)).orElse(null);
      // A quotation's speaker may as well be named right after it ("«…» Das Fazit des Trainers …").
      boolean speakerNext = ReferenceOpeners.QUOTATION_WITHOUT_SPEAKER.equals(opener) && k + 1 < index.length
          && index[k] >= 0 && index[k + 1] == index[k] + 1;
      if (opener != null && !resolvedByPrevious && !speakerNext) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether article sentence {@code next} reads on from {@code previous}: it comes right after it, or only
   * attributions stand between them ("Das teilte ein Regierungssprecher mit.", {@link ReferenceOpeners#isAttribution}),
   * which the summary may leave out, and the sentence reads on from the statement they attribute, not from their
   * source ({@link ReferenceOpeners#readsOnPastAttribution}: not "Er sagte …", "Darin heißt es …").
   */
  private static boolean follows(int previous, int next, List<String> articleSentences, String sentence) {
    if (next == previous + 1) {
      return true;
    }
    if (next <= previous || !ReferenceOpeners.readsOnPastAttribution(sentence)) {
      return false;
    }
    for (int i = previous + 1; i < next; i++) {
      if (!ReferenceOpeners.isAttribution(articleSentences.get(i), articleSentences.get(i - 1))) {
        return false;
      }
    }
    return true;
  }

  /** The most leading words a rewrite moves to the front ("Die EU-Kommission hat …" for "Dabei hat die …"). */
  private static final int MAX_MOVED_WORDS = 5;
  /** The fewest words left after them for the rest to identify the article sentence. */
  private static final int MIN_REST_WORDS = 4;

  /**
   * Where a sentence the summariser rewrote stands in the article: the article sentence that holds its words after
   * the first one to {@value #MAX_MOVED_WORDS} ("Aldi ist der erste Händler …" is "Damit ist Aldi der erste Händler
   * …"); -1 when none does, as for a sentence a language model wrote.
   */
  private static int rewrittenIndexIn(List<String> paddedArticleSentences, List<String> words) {
    for (int k = 1; k <= MAX_MOVED_WORDS && words.size() - k >= MIN_REST_WORDS; k++) {
      int index = indexIn(paddedArticleSentences, String.join(" ", words.subList(k, words.size())));
      if (index >= 0) {
        return index;
      }
    }
    return -1;
  }

  private static int indexIn(List<String> paddedArticleSentences, String words) {
    if (words.isBlank()) {
      return -1;
    }
    for (int i = 0; i < paddedArticleSentences.size(); i++) {
      if (paddedArticleSentences.get(i).contains(" " + words + " ")) {
        return i;
      }
    }
    return -1;
  }

  /** Lower-cased runs of letters and digits, joined by single spaces. */
  static String normalised(String text) {
    return String.join(" ", GermanTerms.words(text));
  }
}
