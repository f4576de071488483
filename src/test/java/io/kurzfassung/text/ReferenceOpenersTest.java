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
      "Das hatte ein Sprecher zuvor bestätigt.",
      "Das ergab eine Umfrage des Instituts Forsa.",
      "Das ergab die Obduktion.",
      "Das berichtete der \"Spiegel\".",
      "Das berichtete die «Süddeutsche Zeitung» am Freitag.",
      "Das erfuhr die Deutsche Presse-Agentur aus Regierungskreisen.",
      "Das hat die Nachrichtenagentur dpa erfahren.",
      "Das verlautete aus Kreisen der Koalition.",
      "Das kündigte der Minister am Montag an.",
      "Das betonte Innenminister Herbert Reul.",
      "Das bestätigte auch die Polizei.",
      "Das sagte Merkel am Montag in Berlin.",
      "Das sagte er.",
      "Das meldete dpa.",
      "Das meldeten mehrere Medien übereinstimmend.",
      "Dies gaben die Veranstalter am Sonntag bekannt.",
      "Das berichtete der 'Spiegel'.",
      "Das teilte die Deutsche Bahn mit.",
      "Das teilte der ADAC am Montag mit.",
      "Das bestätigte auf Anfrage ein Sprecher.",
      "Das bestätigte am Montag ein Sprecher der Stadt.",
      "Das berichten übereinstimmend mehrere Medien.",
      "Das sagen Experten.",
  })
  void should_find_a_sentence_that_only_says_who_reported_the_one_before_it(String sentence) {
    assertThat(ReferenceOpeners.isAttribution(sentence)).isTrue();
    assertThat(ReferenceOpeners.isAttribution(sentence, "Die Stadt baut eine Brücke.")).isTrue();
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
      // another meaning of the verb: an object, a reflexive, an amount
      "Das erklärt den Erfolg der Partei.",
      "Das bestätigte den Verdacht der Ermittler.",
      "Das ergab einen Schaden von 20.000 Euro.",
      "Das ergibt keinen Sinn.",
      "Das sagt alles.",
      "Das erklärt sich von selbst.",
      "Das ergab sich aus der Not.",
      "Das ergab die Summe aller Einnahmen.",
      // another verb's particle
      "Das sagt viel über die Regierung aus.",
      "Das schreibt das Gesetz vor.",
      "Das meldete sich als erstes Team an.",
      // negated: the opposite of a report
      "Das bestätigte die Polizei nicht.",
      "Das hat der Sprecher nicht bestätigt.",
      "Das teilte die Polizei nicht mit.",
      "Das geht aus den Unterlagen nicht hervor.",
      // more than a report
      "Das erklärte Ziel ist die Klimaneutralität.",
      "Das berichtete der Spiegel im März und löste eine Debatte aus.",
      "Das sagte die Ministerin mit dem Titel \"Wir schaffen das und mehr\".",
      // no source after the verb: what the verb acts on
      "Das erklärt die hohe Zahl der Toten.",
      "Das bestätigt die Befürchtungen der Experten.",
      "Das sagt das Gesetz.",
      "Das berichtet nur wenig über die Lage.",
      "Das meldet der Verein als Erfolg.",
      "Das ergab die Summe der Einnahmen.",
      "Das hat die Regierung lange bestritten.",
      // a declaration, an adjective, an origin
      "Das erklärte das Bundesverfassungsgericht am Dienstag für verfassungswidrig.",
      "Das erklärte der Landkreis zum Katastrophengebiet.",
      "Das erklärte Ziel verfehlte die Regierung deutlich.",
      "Das erklärte Ziel der Koalition rückt in weite Ferne.",
      "Das ging aus einem Streit unter Nachbarn hervor.",
      // punctuation where a word was expected
      "Das berichtete die Frankfurter « Rundschau ».",
      "Das meldete die Welt & N24.",
      "Das hat die Deutsche … mitgeteilt.",
      "Das sagte \" .",
      "Das .",
  })
  void should_not_take_a_statement_of_its_own_for_an_attribution(String sentence) {
    assertThat(ReferenceOpeners.isAttribution(sentence)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "«Das ist ein schwarzer Tag für die Stadt.»",
      "Weiter: «Wir bleiben hart.»",
  })
  void should_not_take_the_speaker_of_a_quotation_for_an_attribution(String quotation) {
    String speaker = "Das sagte der Stadtsprecher nach der Sitzung.";
    assertThat(ReferenceOpeners.isAttribution(speaker, "Der Stadtrat hat den Haushalt beschlossen.")).isTrue();
    assertThat(ReferenceOpeners.isAttribution(speaker, quotation)).isFalse();
    assertThat(ReferenceOpeners.isAttribution(speaker, null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Das teilte die Deutsche Bahn am Montag mit.",
      "Das bestätigte die Lufthansa am Freitag.",
      "Das meldet der Bayerische Rundfunk.",
  })
  void should_count_an_attribution_as_opening_with_a_reference(String sentence) {
    assertThat(ReferenceOpeners.opensUnresolved(sentence)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Die Entscheidung gehört zu den Maßnahmen.    | true",
      "Das ist ein Rekord.                          | true",
      "Die Polizei sucht Zeugen.                    | true",
      "Er sagte, die Gespräche seien gut verlaufen. | false",
      "Seine Partei verlor die Wahl.                | false",
      "Und ihre Kollegen schwiegen.                 | false",
      "Diese wurde im Auftrag von RTL erstellt.     | false",
      "Darin heißt es, die Lage sei ernst.          | false",
      "Dabei kamen drei Menschen ums Leben.         | false",
      "Der 68-Jährige kündigte Razzien an.          | false",
      "Die kann nun Zeugen befragen.                | false",
  })
  void should_read_on_past_an_attribution_only_from_the_statement_it_attributes(String sentence, boolean readsOn) {
    assertThat(ReferenceOpeners.readsOnPastAttribution(sentence)).isEqualTo(readsOn);
  }
}
