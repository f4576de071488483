package io.kurzfassung.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Identifies the language of a text with the optimaize language detector (n-gram profiles, about 60 kB per
 * language). Only the languages a German news service meets are loaded, which keeps start-up and the package small.
 */
public final class Languages {

  /** The ISO 639-1 codes of the loaded profiles. */
  public static final List<String> SUPPORTED =
      List.of("de", "en", "fr", "it", "es", "nl", "pl", "tr", "pt", "ru", "uk", "sv", "da", "cs", "ro");

  private static final double MIN_PROBABILITY = 0.80;
  private static final int MAX_CHARS = 2_000;

  private Languages() {}

  /** The ISO 639-1 code of the text's language, or {@code "und"} when it cannot be told. */
  public static String detect(String text) {
    if (text == null) {
      return "und";
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < 12) {
      return "und";
    }
    List<DetectedLanguage> ranked = Detector.INSTANCE.getProbabilities(sample);
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return "und";
    }
    return ranked.get(0).getLocale().getLanguage();
  }

  /**
   * German news text is about a third stopwords (at least 30 % in every article of the eval sets); other languages
   * score under 15 % on the German list. Only a text below this share pays for the language detector.
   */
  static final double GERMAN_STOPWORD_SHARE = 0.2;
  /** How much of the text the stopword share is counted on. */
  static final int GERMAN_SAMPLE_CHARS = 2_000;

  /**
   * {@link #detect}, but German at once when at least {@link #GERMAN_STOPWORD_SHARE} of the words of the first
   * {@link #GERMAN_SAMPLE_CHARS} characters are German stopwords: cheap, and it keeps the n-gram detector (whose
   * profiles cost about 200 ms to load) off the path of German text, articles and answers alike.
   */
  public static String detectGermanFirst(String text) {
    if (text == null) {
      return "und";
    }
    String sample = text.length() > GERMAN_SAMPLE_CHARS ? text.substring(0, GERMAN_SAMPLE_CHARS) : text;
    List<String> words = GermanTerms.words(sample);
    long stopwords = words.stream().filter(GermanTerms::isStopword).count();
    if (!words.isEmpty() && stopwords >= GERMAN_STOPWORD_SHARE * words.size()) {
      return "de";
    }
    return detect(text);
  }

  public static boolean isGerman(String text) {
    return "de".equals(detect(text));
  }

  /** Loaded on first use; the detector is thread-safe. */
  private static final class Detector {
    static final LanguageDetector INSTANCE = load();

    private static LanguageDetector load() {
      try {
        List<LanguageProfile> profiles = new LanguageProfileReader().read(SUPPORTED);
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(profiles)
            .seed(42L)
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the language profiles", e);
      }
    }
  }
}
