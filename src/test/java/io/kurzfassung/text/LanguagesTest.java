package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void should_detect_german_in_the_sample_article() throws Exception {
    String text = Files.readString(Path.of("events/putin-olympia.de.txt"));
    assertThat(Languages.detect(text)).isEqualTo("de");
    assertThat(Languages.isGerman(text)).isTrue();
  }

  @Test
  void should_detect_german_in_a_short_summary() {
    assertThat(Languages.detect("Putin reist zur Eröffnung der Winterspiele nach Peking, die westliche Staaten boykottieren."))
        .isEqualTo("de");
  }

  @Test
  void should_detect_english_and_french() {
    assertThat(Languages.detect("Vladimir Putin will attend the opening of the Winter Olympics in Beijing, "
        + "an event that Western leaders have boycotted over human rights abuses.")).isEqualTo("en");
    assertThat(Languages.detect("Vladimir Poutine assistera à la cérémonie d'ouverture des Jeux olympiques d'hiver "
        + "à Pékin, un événement boycotté par plusieurs dirigeants occidentaux.")).isEqualTo("fr");
    assertThat(Languages.isGerman("Putin will attend the opening ceremony of the Winter Olympics in Beijing.")).isFalse();
  }

  @Test
  void should_return_und_when_text_is_too_short_or_empty() {
    assertThat(Languages.detect("")).isEqualTo("und");
    assertThat(Languages.detect("42 7")).isEqualTo("und");
    assertThat(Languages.detect(null)).isEqualTo("und");
  }

  @Test
  void should_tell_german_by_its_stopwords_first_and_ask_the_detector_only_for_other_text() {
    assertThat(Languages.detectGermanFirst("Die Regierung hat am Montag in Berlin einen neuen Plan für die Bahn "
        + "vorgestellt, der noch in diesem Jahr gelten soll.")).isEqualTo("de");
    assertThat(Languages.detectGermanFirst("The government presented a new plan for the railways in Berlin on "
        + "Monday, which is to apply later this year.")).isEqualTo("en");
    assertThat(Languages.detectGermanFirst(null)).isEqualTo("und");
  }
}
