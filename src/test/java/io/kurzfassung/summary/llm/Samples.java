package io.kurzfassung.summary.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.text.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample article and model answers about it, citing sentence numbers as the splitter numbers them. */
public final class Samples {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String GOOD_SUMMARY = "Wladimir Putin will an der Eröffnung der Olympischen Winterspiele in Peking "
      + "teilnehmen, die westliche Staaten wegen Menschenrechtsverletzungen in China boykottieren. Er kündigte dies "
      + "in einem Videoanruf mit Xi Jinping an.";

  private Samples() {}

  public static Article article() {
    return parse(read("events/putin-olympia.de.txt"));
  }

  static Article parse(String text) {
    return new ArticleParser(200_000).parse(text.getBytes(StandardCharsets.UTF_8), null);
  }

  static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SummaryRequest request(Article article) {
    return new SummaryRequest(article, 80, 5, null);
  }

  /** The 1-based number of the article sentence that starts with the prefix. */
  static int n(Article article, String prefix) {
    List<String> sentences = SentenceSplitter.split(article.text());
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no sentence starts with " + prefix);
  }

  static String sentence(Article article, String prefix) {
    return SentenceSplitter.split(article.text()).get(n(article, prefix) - 1);
  }

  /** A JSON answer: the summary, then pairs of fact text and the prefix of its supporting sentence. */
  static String json(Article article, String summary, String... factsAndPrefixes) {
    ObjectNode root = JSON.createObjectNode().put("summary", summary);
    ArrayNode facts = root.putArray("keyFacts");
    for (int i = 0; i < factsAndPrefixes.length; i += 2) {
      ObjectNode f = facts.addObject().put("text", factsAndPrefixes[i]);
      f.putArray("sentences").add(n(article, factsAndPrefixes[i + 1]));
    }
    return root.toString();
  }

  public static String good(Article article) {
    return json(article, GOOD_SUMMARY,
        "Putin nimmt an der Eröffnung der Winterspiele in Peking teil.", "Wladimir Putin hat bestätigt",
        "Die USA, Großbritannien und Australien schicken keine hochrangigen Beamten.", "Die USA, Großbritannien",
        "Xi hat China seit 2019 nicht mehr öffentlich verlassen.", "Xi hat China seit 2019");
  }

  public static String english(Article article) {
    return json(article, "Vladimir Putin will attend the opening of the Winter Olympics in Beijing, which Western "
        + "leaders boycott over human rights abuses in China.",
        "Putin confirmed he will attend the opening ceremony.", "Wladimir Putin hat bestätigt",
        "Xi has not left China publicly since 2019.", "Xi hat China seit 2019");
  }

  static String hallucinatedNumber(Article article) {
    return json(article, GOOD_SUMMARY,
        "Russland hat 5.000 Soldaten an die Grenze zur Ukraine verlegt.", "Putin sucht Unterstützung",
        "Xi hat China seit 2019 nicht mehr öffentlich verlassen.", "Xi hat China seit 2019");
  }

  static String hallucinatedName(Article article) {
    return json(article, GOOD_SUMMARY + " Auch Emmanuel Macron boykottiert die Spiele.",
        "Xi hat China seit 2019 nicht mehr öffentlich verlassen.", "Xi hat China seit 2019");
  }

  static String tooManyFacts(Article article) {
    return json(article, GOOD_SUMMARY,
        "Putin nimmt an der Eröffnung teil.", "Wladimir Putin hat bestätigt",
        "Die USA, Großbritannien und Australien schicken keine hochrangigen Beamten.", "Die USA, Großbritannien",
        "Xi hat China seit 2019 nicht mehr öffentlich verlassen.", "Xi hat China seit 2019",
        "Putin ist seit der Pandemie nur zweimal ins Ausland gereist.", "Er ist seit Ausbruch",
        "Karen Donfried reiste nach Kiew.", "Die stellvertretende US-Außenministerin",
        "In Moskau traf sie Sergej Rjabkow.", "In Moskau traf sie");
  }
}
