package io.kurzfassung.summary;

import java.util.Locale;
import java.util.Set;

/** Identifies the language of a text. (Placeholder heuristic; to be replaced by a language-identification library.) */
public final class Languages {

  private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "sich", "auf", "für", "dem", "von");

  private Languages() {}

  /** The ISO 639-1 code of the text's language, or {@code "und"} when it cannot be told. */
  public static String detect(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\P{L}+");
    long german = java.util.Arrays.stream(words).filter(GERMAN::contains).count();
    return words.length > 0 && german * 10 >= words.length ? "de" : "und";
  }

  public static boolean isGerman(String text) {
    return "de".equals(detect(text));
  }
}
