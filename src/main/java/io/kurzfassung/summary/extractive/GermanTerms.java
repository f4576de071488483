package io.kurzfassung.summary.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * The content words of German text as Snowball stems, without Lucene's German stopwords. Thread-safe: the stemmer,
 * which is not, is kept per thread.
 */
public final class GermanTerms {

  private static final CharArraySet STOPWORDS = GermanAnalyzer.getDefaultStopSet();
  private static final ThreadLocal<GermanStemmer> STEMMER = ThreadLocal.withInitial(GermanStemmer::new);

  private GermanTerms() {}

  /** The lower-cased words (letters and digits) of the text, in order. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(Locale.GERMAN));
      }
    }
    return words;
  }

  /** The stems of the text's content words: no stopwords, no single letters. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : words(text)) {
      if (isStopword(word) || (word.length() < 2 && !Character.isDigit(word.charAt(0)))) {
        continue;
      }
      terms.add(stem(word));
    }
    return terms;
  }

  public static boolean isStopword(String lowerCaseWord) {
    return STOPWORDS.contains(lowerCaseWord);
  }

  /** The Snowball German stem of a lower-cased word. */
  public static String stem(String lowerCaseWord) {
    GermanStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(lowerCaseWord);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
