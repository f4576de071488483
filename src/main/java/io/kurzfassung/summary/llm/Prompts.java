package io.kurzfassung.summary.llm;

import io.kurzfassung.text.ArticleAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioned German prompts (resources next to this class) and how an article goes into them: its sentences
 * numbered, between {@code <artikel>} delimiters that the article itself cannot close.
 */
final class Prompts {

  /** Goes into {@code model.promptVersion}; bump it with any change to the prompt resources. */
  static final String VERSION = "de-v2";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  /**
   * A tag that could open or close a delimiter, however it is spaced or cased: {@code </artikel>}, {@code < / artikel>},
   * {@code <  ARTIKEL >}, {@code <artikel id=1>}; whitespace includes line breaks and Unicode spaces.
   */
  private static final Pattern DELIMITER = Pattern.compile("<[\\s/]*(artikel|antwort)\\b[^<>]*>",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final String SYSTEM = load("system.de.v2.txt");
  private static final String USER = load("user.de.v2.txt");
  private static final String CHUNK = load("chunk.de.v2.txt");
  private static final String REDUCE = load("reduce.de.v2.txt");
  private static final String REPAIR = load("repair.de.v2.txt");
  private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
      Map.entry("en", "Englisch"), Map.entry("fr", "Französisch"), Map.entry("it", "Italienisch"),
      Map.entry("es", "Spanisch"), Map.entry("nl", "Niederländisch"), Map.entry("pl", "Polnisch"),
      Map.entry("tr", "Türkisch"), Map.entry("pt", "Portugiesisch"), Map.entry("ru", "Russisch"),
      Map.entry("uk", "Ukrainisch"), Map.entry("sv", "Schwedisch"), Map.entry("da", "Dänisch"),
      Map.entry("cs", "Tschechisch"), Map.entry("ro", "Rumänisch"));

  private Prompts() {}

  /** The system prompt of every call. */
  static String system() {
    return SYSTEM;
  }

  /** The prompt for a whole article; {@code first} is the number of the first sentence (1 for a whole article). */
  static String article(String title, List<String> sentences, int first, String language, int maxWords, int maxFacts) {
    return fill(USER, Map.of(
        "maxWords", String.valueOf(maxWords),
        "minFacts", String.valueOf(ArticleAnalysis.minimumFacts(maxFacts, sentences.size())),
        "maxFacts", String.valueOf(maxFacts),
        "languageNote", languageNote(language),
        "title", data(title),
        "sentences", numbered(sentences, first)));
  }

  /** The map step of a long article: one part, its sentences numbered as in the whole article. */
  static String chunk(String title, List<String> sentences, int first, int part, int parts, String language,
      int maxWords, int maxFacts) {
    return fill(CHUNK, Map.of(
        "part", String.valueOf(part),
        "parts", String.valueOf(parts),
        "maxWords", String.valueOf(maxWords),
        "maxFacts", String.valueOf(maxFacts),
        "languageNote", languageNote(language),
        "title", data(title),
        "sentences", numbered(sentences, first)));
  }

  /** The reduce step of a long article: the parts' summaries and facts with their sentence numbers. */
  static String reduce(String title, List<SummaryDraft> parts, int maxWords, int maxFacts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      SummaryDraft part = parts.get(i);
      sb.append("Teil ").append(i + 1).append(": ").append(data(part.summary())).append('\n');
      for (SummaryDraft.Fact fact : part.keyFacts()) {
        sb.append("- ").append(data(fact.text())).append(" (Sätze ")
            .append(String.join(", ", fact.sentences().stream().map(String::valueOf).toList())).append(")\n");
      }
      sb.append('\n');
    }
    return fill(REDUCE, Map.of(
        "parts", String.valueOf(parts.size()),
        "maxWords", String.valueOf(maxWords),
        "minFacts", String.valueOf(ArticleAnalysis.minimumFacts(maxFacts, Integer.MAX_VALUE)),
        "maxFacts", String.valueOf(maxFacts),
        "title", data(title),
        "parts_text", sb.toString().strip()));
  }

  /** The repair round: the original task, the rejected answer and what was wrong with it. */
  static String repair(String original, String answer, List<String> problems) {
    return fill(REPAIR, Map.of(
        "original", original,
        "answer", data(answer == null || answer.isBlank() ? "(leer)" : answer.strip()),
        "problems", String.join("\n", problems.stream().map(p -> "- " + p).toList())));
  }

  static String numbered(List<String> sentences, int first) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      sb.append('[').append(first + i).append("] ").append(data(sentences.get(i))).append('\n');
    }
    return sb.toString().strip();
  }

  private static String languageNote(String language) {
    if (language == null || language.equals("de") || language.equals("und")) {
      return "";
    }
    String name = LANGUAGE_NAMES.getOrDefault(language, "einer anderen Sprache (" + language + ")");
    return "- Der Artikel ist auf " + name + " verfasst. Schreibe Zusammenfassung und Kernfakten trotzdem auf "
        + "Deutsch; Namen und Zahlen übernimmst du unverändert, die Satznummern beziehen sich auf die Originalsätze.\n";
  }

  /** Article text as data: it cannot open or close the delimiters. */
  static String data(String text) {
    return text == null ? "" : DELIMITER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        m.group().replace('<', '‹').replace('>', '›')));
  }

  /** Replaces {name} placeholders in one pass, so values are never scanned again. */
  private static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(sb);
    return sb.toString().replaceAll("\n{3,}", "\n\n");
  }

  private static String load(String name) {
    try (InputStream in = Prompts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("prompt resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
