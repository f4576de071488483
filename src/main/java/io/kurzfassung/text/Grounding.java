package io.kurzfassung.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the numbers, dates and proper names of a claim occur in the article, after normalisation:
 * "3.000" = "3000" = "3,000", "4. Februar" matches "4 February", "Russlands" matches "Russland".
 *
 * <p>Every German noun is capitalised, so a capitalised word is only taken for a name when it cannot be an ordinary
 * noun: it is not found (lower-cased, stemmed, also inside compounds) in the article, and it is one of two or more
 * unknown capitalised words in a row ("Emmanuel Macron"; a sentence's first word only counts when it is not an
 * article, adjective or adverb), follows a title ("Präsident Macron", but not "Millionen Finanzhilfen"), is an
 * acronym, or a lone word whose neighbours name a person ("traf Macron", "Macron sagte"). A lone unknown noun
 * ("sucht Rückhalt") passes, and so do two in a row when one is an abstract noun ("verspricht Familien
 * Entlastungen"): precision over recall, since every flag costs a repair round. For a foreign article, whose nouns
 * the claim translates, lone words never count as names, nor runs with an inflected adjective ("Olympischen
 * Winterspiele" for "Winter Olympics").
 */
public final class Grounding {

  static final Pattern NUMBER =
      Pattern.compile("(?<!\\d)\\d{1,3}(?: \\d{3})+(?!\\d)|\\d+(?:[.,\\u00A0\\u202F']\\d{3})*(?:[.,]\\d+)?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*|[.!?:;]");
  private static final Set<String> DETERMINERS = GermanLexicon.DETERMINERS;
  private static final Set<String> FUNCTION_WORDS = GermanLexicon.FUNCTION_WORDS;
  private static final List<String> TITLES = GermanLexicon.TITLES;
  private static final Set<String> NAME_BEFORE = GermanLexicon.NAME_BEFORE;
  private static final Set<String> NAME_AFTER = GermanLexicon.NAME_AFTER;
  private static final List<String> ABSTRACT_SUFFIXES = GermanLexicon.ABSTRACT_SUFFIXES;
  private static final Map<String, Integer> MONTHS = GermanLexicon.MONTH_NUMBERS;

  private Grounding() {}

  /** The numbers, dates and names of the claim that the article does not contain; empty when grounded. */
  public static List<String> ungrounded(String claim, ArticleAnalysis article) {
    Facts facts = article.facts();
    Set<String> missing = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(claim);
    while (m.find()) {
      if (!facts.numbers.contains(digits(m.group()))) {
        missing.add(m.group().strip());
      }
    }
    missing.addAll(names(claim, facts));
    return List.copyOf(missing);
  }

  private static List<String> names(String claim, Facts facts) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(claim);
    while (m.find()) {
      tokens.add(m.group());
    }
    List<String> missing = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      if (!capitalised(token)) {
        i++;
        continue;
      }
      Integer month = MONTHS.get(token.toLowerCase(Locale.ROOT));
      if (month != null) {
        if (!facts.months.contains(month)) {
          missing.add(token);
        }
        i++;
        continue;
      }
      // A run of capitalised words: "Emmanuel Macron", "Präsident Macron".
      int end = i;
      while (end + 1 < tokens.size() && capitalised(tokens.get(end + 1))
          && !MONTHS.containsKey(tokens.get(end + 1).toLowerCase(Locale.ROOT))) {
        end++;
      }
      int from = i;
      boolean sentenceStart = i == 0 || isPunctuation(tokens.get(i - 1));
      if (sentenceStart && end > i && (facts.knows(token) || ordinaryAtStart(token))) {
        from = i + 1; // "Westliche Regierungen ...": the first word is capitalised only by position
      }
      List<String> run = tokens.subList(from, end + 1);
      // Names come last in a run ("Präsident Macron"); an unknown title before a known name is a paraphrase.
      int firstUnknown = run.size();
      while (firstUnknown > 0 && !facts.knows(run.get(firstUnknown - 1))) {
        firstUnknown--;
      }
      List<String> unknown = run.subList(firstUnknown, run.size());
      boolean translated = !facts.german && unknown.stream().anyMatch(t -> adjective(t.toLowerCase(Locale.ROOT)) && t.length() > 5);
      if (!unknown.isEmpty() && !translated && looksLikeName(tokens, from, end, run, unknown, facts)) {
        missing.add(String.join(" ", unknown));
      }
      i = end + 1;
    }
    return missing;
  }

  private static boolean looksLikeName(List<String> tokens, int start, int end, List<String> run,
      List<String> unknown, Facts facts) {
    if (unknown.size() >= 2) {
      // "Emmanuel Macron", "ASV Dachau"; not two nouns in a row ("verspricht Familien Entlastungen").
      return unknown.stream().noneMatch(Grounding::abstractNoun);
    }
    if (run.size() >= 2) {
      // One unknown word after a known one: a name after a title ("Präsident Macron"), otherwise an ordinary noun
      // ("Streichs Erklärung", "Millionen Finanzhilfen").
      String before = run.get(run.size() - 2).toLowerCase(Locale.ROOT);
      return TITLES.stream().anyMatch(before::endsWith);
    }
    String word = run.get(0);
    if (word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
        && word.codePoints().allMatch(Character::isLetter)) {
      return true; // an acronym: NATO, EU
    }
    if (!facts.german) {
      return false; // a German word for a foreign article's noun
    }
    // A lone capitalised word is an ordinary noun unless the context names a person: "traf Macron", "Macron sagte".
    String before = start == 0 ? "" : tokens.get(start - 1).toLowerCase(Locale.ROOT);
    String after = end + 1 < tokens.size() ? tokens.get(end + 1).toLowerCase(Locale.ROOT) : "";
    boolean ordinaryBefore = DETERMINERS.contains(before) || FUNCTION_WORDS.contains(before) || adjective(before);
    return NAME_BEFORE.contains(before) || !ordinaryBefore && NAME_AFTER.contains(after);
  }

  /** A noun with a suffix that makes abstract nouns and hardly ever ends a name: "Entlastungen", "Freiheit". */
  private static boolean abstractNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return ABSTRACT_SUFFIXES.stream().anyMatch(s -> lower.endsWith(s) && lower.length() >= s.length() + 3);
  }

  private static boolean ordinaryAtStart(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return DETERMINERS.contains(lower) || FUNCTION_WORDS.contains(lower) || adjective(lower)
        || lower.endsWith("lich") || lower.endsWith("ig") || lower.endsWith("isch") || lower.endsWith("weise");
  }

  private static boolean adjective(String word) {
    return word.length() > 3 && (word.endsWith("e") || word.endsWith("en") || word.endsWith("er")
        || word.endsWith("es") || word.endsWith("em"));
  }

  private static boolean capitalised(String token) {
    return token.length() >= 2 && Character.isUpperCase(token.codePointAt(0));
  }

  private static boolean isPunctuation(String token) {
    return token.length() == 1 && ".!?:;".indexOf(token.charAt(0)) >= 0;
  }

  static String digits(String number) {
    StringBuilder sb = new StringBuilder();
    for (char c : number.toCharArray()) {
      if (Character.isDigit(c)) {
        sb.append(c);
      }
    }
    String s = sb.toString().replaceFirst("^0+(?=\\d)", "");
    return s;
  }

  /**
   * What an article offers to ground claims against, computed once per article as part of its
   * {@link ArticleAnalysis}: its lower-cased text and words, its numbers (digits only), the months it names and
   * whether it is German.
   */
  public record Facts(String lowerText, Set<String> words, Set<String> numbers, Set<Integer> months,
      boolean german) {

    public Facts {
      words = Set.copyOf(words);
      numbers = Set.copyOf(numbers);
      months = Set.copyOf(months);
    }

    static Facts of(String title, String body, String language) {
      String text = title + "\n" + body;
      String lower = text.toLowerCase(Locale.ROOT);
      Set<String> numbers = new HashSet<>();
      Matcher m = NUMBER.matcher(text);
      while (m.find()) {
        numbers.add(digits(m.group()));
        // "3,5" can also be read as two numbers in a list ("3, 5"); accept the parts too.
        for (String part : m.group().split("[.,\\u00A0\\u202F' ]")) {
          if (!part.isEmpty()) {
            numbers.add(digits(part));
          }
        }
      }
      Set<String> words = new HashSet<>();
      Set<Integer> months = new HashSet<>();
      for (String w : lower.split("[^\\p{L}\\p{M}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
          Integer month = MONTHS.get(w);
          if (month != null) {
            months.add(month);
          }
        }
      }
      return new Facts(lower, words, numbers, months, language.equals("de") || language.equals("und"));
    }

    /**
     * Whether the article contains the word, inflected or inside a compound ("Zeremonie" in "Eröffnungszeremonie").
     * A hyphenated word counts as known when its first part is ("AfD-Vertreter", "US-Beamter"): the modifier is
     * where the name sits.
     */
    boolean knows(String token) {
      if (knowsPart(token.toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (String part : token.split("[-'’]")) {
        if (!part.isEmpty()) {
          return knowsPart(part.toLowerCase(Locale.ROOT));
        }
      }
      return false;
    }

    private boolean knowsPart(String word) {
      if (words.contains(word)) {
        return true;
      }
      for (String stem : stems(word)) {
        if (stem.length() >= 4 ? lowerText.contains(stem) : words.contains(stem)) {
          return true;
        }
      }
      return false;
    }

    private static List<String> stems(String word) {
      List<String> stems = new ArrayList<>(List.of(word));
      for (String suffix : List.of("ern", "en", "er", "es", "ns", "n", "s", "e")) {
        if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
          stems.add(word.substring(0, word.length() - suffix.length()));
        }
      }
      return stems;
    }
  }
}
