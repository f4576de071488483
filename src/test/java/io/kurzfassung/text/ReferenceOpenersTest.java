package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceOpenersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Er sagte, die Gespräche seien gut verlaufen.                 | Er",
      "Sie wurden am Abend wieder freigelassen.                     | Sie",
      "Seine Frau begleitete ihn auf der Reise.                     | Seine",
      "Diese Entscheidung sorgte für Unmut.                         | Diese",
      "Beide wollen im Herbst wieder antreten.                      | Beide",
      "Dabei kamen drei Menschen ums Leben.                         | Dabei",
      "Deshalb bleibt die Straße bis Freitag gesperrt.              | Deshalb",
      "Dort wartete bereits die Polizei.                            | Dort",
      "Es war seine erste Teilnahme an dem Turnier.                 | Es",
      "Die kann nun in Ruhe arbeiten.                               | Die kann",
      "Der soll nun als Garantie dienen.                            | Der soll",
      "Das ist kein kleiner Schritt.                                | Das ist",
      "Der 42-Jährige will in Berufung gehen.                       | Der 42-Jährige",
      "Die beiden Minister trafen sich in Wien.                     | Die beiden",
      "Das Treffen verlief ohne Zwischenfälle.                      | Das Treffen",
      "Und er kündigte weitere Schritte an.                         | er",
      "«Er hat uns nichts gesagt», klagte die Nachbarin.            | Er",
      "„Dabei bleibt es“, sagte der Sprecher.                       | Dabei",
      "An denen hat der Center einen großen Anteil.                 | An denen",
      "Mit dessen Hilfe gelang die Flucht.                          | Mit dessen",
      "«Ich möchte auf höchstem Level mitspielen.»                  | «…»",
      "Weiter: «Ich durfte drei Spiele erleben.»                    | «…»",
      "„Wir kommen wieder“.                                         | «…»",
  })
  void should_find_the_opener_that_refers_back(String sentence, String opener) {
    assertThat(ReferenceOpeners.opener(sentence)).contains(opener);
    assertThat(ReferenceOpeners.opensUnresolved(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Der Stadtrat von Kassel hat den Bau einer Brücke beschlossen.",
      "Die ersten Fahrer stürmten vom Gipfel herunter.",
      "Das Sagen hat im Verein nun der neue Vorstand.",
      "Erst am Abend kam die Entwarnung.",
      "Sieben Menschen wurden verletzt.",
      "Es gibt keine Hinweise auf ein Verbrechen.",
      "Es geht um mehrere Millionen Euro.",
      "Es ist unklar, ob die Wahl wiederholt wird.",
      "Es reichten ein paar Sätze für einen Aufschrei.",
      "Es war im Juli, als der Streit begann.",
      "Diese Woche beginnen die Ferien in Bayern.",
      "Darüber hinaus fordert die Partei mehr Geld für Schulen.",
      "Das Treffen der Außenminister findet in Brüssel statt.",
      "Der Aussage Gaulands folgte ein Aufschrei.",
      "Die Polizei sucht Zeugen.",
      "«Wir kommen wieder», sagte der Trainer nach dem Spiel.",
      "«Wir kommen», sagte der Trainer, «und wir gewinnen.»",
      "Merkel: «Wir schaffen das.»",
      "",
  })
  void should_accept_openings_that_stand_alone(String sentence) {
    assertThat(ReferenceOpeners.opener(sentence)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Das teilte ein Regierungssprecher in London am Montag mit.",
      "Dies berichtete die Zeitung am Sonntag.",
      "Das sagte der Bürgermeister der Stadt am Abend.",
      "Das gab die Polizei am Dienstag bekannt.",
      "Das geht aus einem Bericht des Innenministeriums hervor.",
      "Das hat die Staatsanwaltschaft am Freitag mitgeteilt.",
      "Das ergab eine Umfrage des Instituts Forsa.",
  })
  void should_find_a_sentence_that_only_says_who_reported_the_one_before_it(String sentence) {
    assertThat(ReferenceOpeners.isAttribution(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Das zeigt die Schwäche der Regierung.",
      "Das teilte die Stadt in zwei Lager.",
      "Das gab den Ausschlag für die Wahl.",
      "Das sagte er, als die Sitzung schon vorbei war.",
      "Das sagte die Ministerin: «Wir bleiben hart.»",
      "Das hat die Stadt viel Geld gekostet.",
      "Der Sprecher teilte das am Montag mit.",
      "Das teilte der Sprecher der Landesregierung nach einer langen Sitzung des Kabinetts am späten Montagabend in "
          + "der Staatskanzlei mit.",
      "das teilte ein Sprecher mit.",
  })
  void should_not_take_a_statement_of_its_own_for_an_attribution(String sentence) {
    assertThat(ReferenceOpeners.isAttribution(sentence)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Er sagte, die Gespräche seien gut verlaufen. | true",
      "Seine Partei verlor die Wahl.                | true",
      "Und ihre Kollegen schwiegen.                 | true",
      "Die Entscheidung gehört zu den Maßnahmen.    | false",
      "Diese Entscheidung sorgte für Unmut.         | false",
      "Die Polizei sucht Zeugen.                    | false",
  })
  void should_tell_a_personal_pronoun_from_other_openings(String sentence, boolean personal) {
    assertThat(ReferenceOpeners.opensWithPersonalPronoun(sentence)).isEqualTo(personal);
  }
}
