package io.kurzfassung.summary.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyFactSelectorTest {

  @Test
  void should_not_cut_the_subject_off_a_long_sentence() {
    String sentence = "Der Franzose, der zuletzt so formidabel durch die Pyrenäen gestürmt war und in den Alpen als "
        + "Favorit galt, stieg am Freitag nach 30 Kilometern vom Rad, tränenerfüllt und erschöpft, teilte sein "
        + "Team am Abend in einer kurzen Mitteilung aus dem Hotel in Tignes mit.";

    String fact = KeyFactSelector.shorten(sentence);

    assertThat(fact).doesNotStartWith("Stieg").doesNotStartWith("stieg");
  }

  @Test
  void should_keep_a_middle_clause_that_starts_like_a_sentence_after_a_colon() {
    String sentence = "Anlass waren die jüngsten Ergebnisse: Der TSV 1860 hat zuletzt drei Ligaspiele in Serie "
        + "verloren, er hat nur noch einen Punkt Vorsprung auf die Abstiegsplätze der dritten Liga und muss am "
        + "Samstag gegen den Tabellenführer antreten.";

    assertThat(KeyFactSelector.shorten(sentence)).isEqualTo("Der TSV 1860 hat zuletzt drei Ligaspiele in Serie verloren.");
  }

  @Test
  void should_not_reduce_a_sentence_to_its_opening_subordinate_clause() {
    String sentence = "Und wenn der Spanier Isaki Lacuesta in seinem Film die Lebenswege der aus San Fernando "
        + "stammenden Brüder Isra und Cheto dokumentarisch begleitet, dann leitet sich aus der intimen Geschichte "
        + "die schwierige Lage einer ganzen Region im Süden Spaniens ab.";

    String fact = KeyFactSelector.shorten(sentence);

    assertThat(KeyFactSelector.opensWithSubordinateClause(sentence)).isTrue();
    assertThat(fact).doesNotEndWith("dokumentarisch begleitet.");
  }
}
