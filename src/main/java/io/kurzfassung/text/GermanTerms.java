package io.kurzfassung.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * The content words of German text as Snowball stems, without Lucene's German stopwords. Thread-safe: the stemmer,
 * which is not, is kept per thread.
 */
public final class GermanTerms {

  /**
   * The stopword list behind Lucene's {@code GermanAnalyzer.getDefaultStopSet()}, read directly: going through the
   * analyzer would pull most of lucene-core (index, codecs, search) into the Lambda package for one word list.
   */
  private static final String STOPWORD_FILE = "/org/apache/lucene/analysis/snowball/german_stop.txt";

  private static final Set<String> STOPWORDS = loadSnowballWordList(STOPWORD_FILE);
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

  /** A Snowball word list: one word per line, {@code |} starts a comment. */
  static Set<String> loadSnowballWordList(String resource) {
    try (InputStream in = GermanTerms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .map(line -> line.split("\\|", 2)[0].strip())
          .filter(word -> !word.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Snowball German stem of a lower-cased word. */
  public static String stem(String lowerCaseWord) {
    GermanStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(lowerCaseWord);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
