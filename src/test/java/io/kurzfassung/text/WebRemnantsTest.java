package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebRemnantsTest {

  @Test
  void should_drop_an_image_viewers_label_and_the_photo_credit_and_keep_the_caption() {
    String text = "Siemens spaltet die Energiesparte ab. Detailansicht öffnen Bauteile für einen Offshore-Windpark: "
        + "Energie ist für Siemens wichtig. (Foto: Stefan Sauer/dpa) Michael Sen führt künftig die Sparte.";

    assertThat(WebRemnants.without(text)).isEqualTo("Siemens spaltet die Energiesparte ab. Bauteile für einen "
        + "Offshore-Windpark: Energie ist für Siemens wichtig. Michael Sen führt künftig die Sparte.");
  }

  @Test
  void should_drop_a_label_at_the_start_of_a_line_and_a_credit_of_several_photos() {
    assertThat(WebRemnants.without("Bild vergrößern\nDer Hafen von Lindau. (Fotos: Eva Lang, Max Roth)"))
        .isEqualTo("\nDer Hafen von Lindau. ");
  }

  @Test
  void should_keep_the_words_of_a_label_inside_a_sentence() {
    String text = "Sie wollte das Bild vergrößern lassen. Er musste die Datei öffnen (Bild 3 zeigt, wie).";

    assertThat(WebRemnants.without(text)).isEqualTo(text);
  }
}
