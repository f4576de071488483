package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class GroundingTest {

  static Article sample;

  @BeforeAll
  static void load() throws Exception {
    sample = SampleArticle.load();
  }

  @Test
  void should_accept_a_faithful_german_summary_of_the_sample() {
    String claim = "Wladimir Putin will an der Eröffnung der Olympischen Winterspiele in Peking teilnehmen, die Boris "
        + "Johnson und andere westliche Führer wegen Menschenrechtsverletzungen boykottieren. Er kündigte dies in "
        + "einem Videoanruf mit Xi Jinping an. Putin ist seit der Pandemie nur zweimal ins Ausland gereist, Xi hat "
        + "China seit 2019 nicht verlassen. In Moskau sprach die US-Vizeaußenministerin Karen Donfried mit Sergej "
        + "Rjabkow über Sicherheitsgarantien, die Russland von den USA und der Nato fordert.";
    assertThat(Grounding.ungrounded(claim, sample.analysis())).isEmpty();
  }

  @Test
  void should_flag_a_number_that_is_not_in_the_article() {
    assertThat(Grounding.ungrounded("Russland hat 5.000 Soldaten an die Grenze verlegt.", sample.analysis()))
        .containsExactly("5.000");
  }

  @Test
  void should_flag_a_person_who_is_not_in_the_article() {
    assertThat(Grounding.ungrounded("Auch Emmanuel Macron boykottiert die Spiele.", sample.analysis()))
        .containsExactly("Emmanuel Macron");
    assertThat(Grounding.ungrounded("Putin traf Macron in Peking.", sample.analysis())).containsExactly("Macron");
    assertThat(Grounding.ungrounded("Der französische Präsident Macron bleibt fern.", sample.analysis())).contains("Macron");
  }

  @Test
  void should_not_flag_ordinary_nouns_that_paraphrase_the_article() {
    assertThat(Grounding.ungrounded("Die Zeremonie findet trotz der Kritik statt.", sample.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Die westlichen Regierungen schicken keine Vertreter.", sample.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Putin sucht Rückhalt im Streit mit dem Westen.", sample.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Die Regierung verspricht Familien Entlastungen.", sample.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Die Spiele sind für Peking Ehrensache und Machtdemonstration.", sample.analysis())).isEmpty();
  }

  @Test
  void should_not_take_a_noun_before_a_speech_verb_for_a_name() {
    assertThat(Grounding.ungrounded("Die Opposition forderte Aufklärung.", sample.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Macron sagte nichts dazu.", sample.analysis())).containsExactly("Macron");
  }

  @Test
  void should_know_a_hyphenated_word_by_its_first_part() {
    assertThat(Grounding.ungrounded("Ein Nato-Vertreter widersprach.", sample.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Der Präsident traf Macron-Berater.", sample.analysis())).containsExactly("Macron-Berater");
  }

  @Test
  void should_normalise_thousands_separators_and_dates() {
    Article article = Article.of("Titel", "Am 4. Februar kamen 3000 Menschen. Es waren 1.250.000 Euro.", null, null,
        null, "de");
    assertThat(Grounding.ungrounded("Am 4. Februar kamen 3.000 Menschen.", article.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Es ging um 1250000 Euro.", article.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Am 4. Februar kamen 3 000 Menschen.", article.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Im Jahr 2019 300 Menschen.", article.analysis())).containsExactly("2019", "300");
    assertThat(Grounding.ungrounded("Am 5. Februar kamen 3000 Menschen.", article.analysis())).containsExactly("5");
    assertThat(Grounding.ungrounded("Am 4. März kamen 3000 Menschen.", article.analysis())).containsExactly("März");
  }

  @Test
  void should_match_dates_and_inflected_names_across_languages() {
    Article english = Article.of("Title", "On 4 February, Boris Johnson met Olaf Scholz in London.", null, null, null,
        "en");
    assertThat(Grounding.ungrounded("Am 4. Februar traf Boris Johnson in London Olaf Scholz.", english.analysis())).isEmpty();
    assertThat(Grounding.ungrounded("Am 4. Februar traf Boris Johnson Emmanuel Macron.", english.analysis()))
        .containsExactly("Emmanuel Macron");
    assertThat(Grounding.ungrounded("Russlands Präsident Putin sprach mit Chinas Staatschef.", sample.analysis())).isEmpty();
  }

  public static final class SampleArticle {
    public static Article load() throws Exception {
      String raw = Files.readString(Path.of("events/putin-olympia.de.txt"));
      return new io.kurzfassung.article.ArticleParser(200_000).parse(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }
  }
}
