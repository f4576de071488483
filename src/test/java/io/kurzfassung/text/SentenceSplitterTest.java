package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void should_split_plain_sentences_at_full_stops_question_and_exclamation_marks() {
    assertThat(SentenceSplitter.split("Der Zug fährt ab. Kommt er pünktlich? Ja! Alle steigen ein."))
        .containsExactly("Der Zug fährt ab.", "Kommt er pünktlich?", "Ja!", "Alle steigen ein.");
  }

  @Test
  void should_not_split_after_z_b_and_u_a() {
    assertThat(SentenceSplitter.split("Viele Städte, z. B. Berlin und Hamburg, sind betroffen. Dort gibt es u. a. Staus."))
        .containsExactly("Viele Städte, z. B. Berlin und Hamburg, sind betroffen.", "Dort gibt es u. a. Staus.");
  }

  @Test
  void should_not_split_after_z_b_written_without_spaces() {
    assertThat(SentenceSplitter.split("Einige Länder, z.B. Österreich, handeln. Andere warten."))
        .containsExactly("Einige Länder, z.B. Österreich, handeln.", "Andere warten.");
  }

  @Test
  void should_not_split_after_titles_and_abbreviations_dr_st_nr() {
    assertThat(SentenceSplitter.split(
        "Dr. Anna Weber leitet die Klinik in St. Gallen. Sie wohnt in der Hauptstraße Nr. 5 seit Jahren. Das ist bekannt."))
        .containsExactly(
            "Dr. Anna Weber leitet die Klinik in St. Gallen.",
            "Sie wohnt in der Hauptstraße Nr. 5 seit Jahren.",
            "Das ist bekannt.");
  }

  @Test
  void should_not_split_dates_with_month_names() {
    assertThat(SentenceSplitter.split("Das Fest findet am 24. Dezember statt. Der Vertrag gilt ab dem 4. Februar 2025. Er endet bald."))
        .containsExactly("Das Fest findet am 24. Dezember statt.", "Der Vertrag gilt ab dem 4. Februar 2025.", "Er endet bald.");
  }

  @Test
  void should_not_split_ordinals_before_nouns() {
    assertThat(SentenceSplitter.split("Die 19. Etappe wurde abgebrochen. Im 12. Jahrhundert stand hier eine Burg."))
        .containsExactly("Die 19. Etappe wurde abgebrochen.", "Im 12. Jahrhundert stand hier eine Burg.");
  }

  @Test
  void should_split_after_a_year_that_ends_a_sentence() {
    assertThat(SentenceSplitter.split("Xi hat China seit 2019. Die Reise ist selten. Er kam im Jahr 12. Der Rest folgt."))
        .containsExactly("Xi hat China seit 2019.", "Die Reise ist selten.", "Er kam im Jahr 12.", "Der Rest folgt.");
  }

  @Test
  void should_not_split_decimal_numbers_or_thousands() {
    assertThat(SentenceSplitter.split("Die Inflation lag bei 2.5 Prozent und 3,1 Prozent. Es kamen 3.000 Menschen."))
        .containsExactly("Die Inflation lag bei 2.5 Prozent und 3,1 Prozent.", "Es kamen 3.000 Menschen.");
  }

  @Test
  void should_keep_german_quotation_with_inner_full_stops_in_one_sentence() {
    assertThat(SentenceSplitter.split("„Wir sind bereit. Die Lage ist ernst“, sagte der Minister. Dann ging er."))
        .containsExactly("„Wir sind bereit. Die Lage ist ernst“, sagte der Minister.", "Dann ging er.");
  }

  @Test
  void should_keep_closing_quotation_mark_with_the_sentence_it_ends() {
    assertThat(SentenceSplitter.split("Sie sagte: „Das war knapp.“ Danach schwieg sie. Er rief: »Weiter so!« Alle lachten."))
        .containsExactly("Sie sagte: „Das war knapp.“", "Danach schwieg sie.", "Er rief: »Weiter so!«", "Alle lachten.");
  }

  @Test
  void should_handle_english_and_swiss_quotation_marks() {
    assertThat(SentenceSplitter.split("“Es ist vorbei. Wir gehen”, sagte sie. Man sollte «diskret. freundlich» sein. Ende."))
        .containsExactly("“Es ist vorbei. Wir gehen”, sagte sie.", "Man sollte «diskret. freundlich» sein.", "Ende.");
  }

  @Test
  void should_not_split_a_quoted_question_followed_by_its_attribution() {
    assertThat(SentenceSplitter.split("„Warum jetzt?“, fragte sie. Niemand antwortete."))
        .containsExactly("„Warum jetzt?“, fragte sie.", "Niemand antwortete.");
  }

  @Test
  void should_still_split_when_a_quotation_never_closes() {
    assertThat(SentenceSplitter.split("Er sagte „Wir kommen. Dann gehen wir. Am Ende bleibt nichts."))
        .containsExactly("Er sagte „Wir kommen.", "Dann gehen wir.", "Am Ende bleibt nichts.");
  }

  @Test
  void should_split_paragraphs_separately() {
    assertThat(SentenceSplitter.split("Erster Absatz ohne Punkt\n\nZweiter Absatz. Mit zwei Sätzen."))
        .containsExactly("Erster Absatz ohne Punkt", "Zweiter Absatz.", "Mit zwei Sätzen.");
  }

  @Test
  void should_split_when_the_space_after_a_full_stop_is_missing() {
    assertThat(SentenceSplitter.split("Er zieht über die Schweiz.Die Böen erreichen 100 km/h."))
        .containsExactly("Er zieht über die Schweiz.", "Die Böen erreichen 100 km/h.");
  }

  @Test
  void should_not_split_before_a_lower_case_word() {
    assertThat(SentenceSplitter.split("Er kaufte Äpfel, Birnen etc. und ging heim."))
        .containsExactly("Er kaufte Äpfel, Birnen etc. und ging heim.");
  }

  @Test
  void should_split_after_a_unit_like_km_h_but_not_after_an_initial() {
    assertThat(SentenceSplitter.split("Die Böen erreichen 100 km/h. In Feldberg wurden 166 km/h gemessen."))
        .containsExactly("Die Böen erreichen 100 km/h.", "In Feldberg wurden 166 km/h gemessen.");
    assertThat(SentenceSplitter.split("Der Autor J. R. Tolkien schrieb viel.")).hasSize(1);
  }

  @Test
  void should_not_split_after_a_minute_in_brackets() {
    assertThat(SentenceSplitter.split("Bremen siegte durch Tore von Lars Berg (48.) und Tim Wolf (62.) 2:1, den "
        + "Gegentreffer erzielte Jan Ott (86.). Danach feierten die Fans."))
        .containsExactly("Bremen siegte durch Tore von Lars Berg (48.) und Tim Wolf (62.) 2:1, den Gegentreffer "
            + "erzielte Jan Ott (86.).", "Danach feierten die Fans.");
    assertThat(SentenceSplitter.split("Der Ausgleich fiel spät (90.) Der Trainer war zufrieden."))
        .hasSize(1); // a minute in brackets never ends a sentence by itself
  }

  @Test
  void should_end_a_sentence_after_an_initial_when_a_pronoun_follows() {
    assertThat(SentenceSplitter.split("Die Polizei nahm zwei Männer fest, Jonas K. und Timo V. Sie wurden am Abend "
        + "dem Haftrichter vorgeführt."))
        .containsExactly("Die Polizei nahm zwei Männer fest, Jonas K. und Timo V.",
            "Sie wurden am Abend dem Haftrichter vorgeführt.");
    assertThat(SentenceSplitter.split("Der Brief von Franklin D. Roosevelt liegt im Archiv."))
        .containsExactly("Der Brief von Franklin D. Roosevelt liegt im Archiv.");
  }

  @Test
  void should_split_a_heading_off_the_sentence_it_was_glued_to() {
    assertThat(SentenceSplitter.split("Sie schwieg. Schwangerschaft sickerte ungewollt durch Eigentlich wollten die "
        + "beiden die Schwangerschaft geheim halten."))
        .containsExactly("Sie schwieg.", "Schwangerschaft sickerte ungewollt durch",
            "Eigentlich wollten die beiden die Schwangerschaft geheim halten.");
    assertThat(SentenceSplitter.split("«Kamen dem Angeklagten nicht entgegen» Das Gericht sieht kein Problem."))
        .containsExactly("«Kamen dem Angeklagten nicht entgegen»", "Das Gericht sieht kein Problem.");
    assertThat(SentenceSplitter.split("Klopp und Guardiola im Rededuell Man muss diese Frotzeleien nicht überbewerten."))
        .containsExactly("Klopp und Guardiola im Rededuell", "Man muss diese Frotzeleien nicht überbewerten.");
    // a question word after a heading opens a question; inside a sentence it is a noun or part of a title
    assertThat(SentenceSplitter.split("Nürnberg stieg spät ins Messegeschäft ein Warum aber ausgerechnet Griechenland?"))
        .containsExactly("Nürnberg stieg spät ins Messegeschäft ein", "Warum aber ausgerechnet Griechenland?");
    assertThat(SentenceSplitter.split("Über das Warum schweigt die Regierung bis heute."))
        .containsExactly("Über das Warum schweigt die Regierung bis heute.");
    assertThat(SentenceSplitter.split("Sein Bestseller Warum Nationen scheitern wurde in 30 Sprachen übersetzt."))
        .containsExactly("Sein Bestseller Warum Nationen scheitern wurde in 30 Sprachen übersetzt.");
    assertThat(SentenceSplitter.split("Die Frage nach dem Warum bleibt offen?"))
        .containsExactly("Die Frage nach dem Warum bleibt offen?");
    // a heading before a report of speech, which opens its sentence; not a quoted word after a verb
    assertThat(SentenceSplitter.split("Außerstande, sich eine Chance zu erspielen \"Dramatisch wie ein Tango\", titelte "
        + "die Zeitung in Belo Horizonte."))
        .containsExactly("Außerstande, sich eine Chance zu erspielen",
            "\"Dramatisch wie ein Tango\", titelte die Zeitung in Belo Horizonte.");
    assertThat(SentenceSplitter.split("Er nannte das \"Wahnsinn\", sagte sie."))
        .containsExactly("Er nannte das \"Wahnsinn\", sagte sie.");
    assertThat(SentenceSplitter.split("Ein neuer \"Geist von Weimar\", der Verfassung und Alltag zusammenbringt, kommt "
        + "nicht zustande."))
        .containsExactly("Ein neuer \"Geist von Weimar\", der Verfassung und Alltag zusammenbringt, kommt nicht zustande.");
    assertThat(SentenceSplitter.split("Das Motto lautet \"Mit Zukunft haben wir Erfahrung\", und es kam gut an."))
        .containsExactly("Das Motto lautet \"Mit Zukunft haben wir Erfahrung\", und es kam gut an.");
    assertThat(SentenceSplitter.split("Liverpool spielt am Sonntag gegen Man City um die Tabellenführung."))
        .containsExactly("Liverpool spielt am Sonntag gegen Man City um die Tabellenführung.");
  }

  @Test
  void should_not_take_a_name_with_an_article_for_the_start_of_a_sentence() {
    assertThat(SentenceSplitter.split("Er sagte der Zeitung Die Welt, dass alles gut sei."))
        .containsExactly("Er sagte der Zeitung Die Welt, dass alles gut sei.");
    assertThat(SentenceSplitter.split("Am Montag traf Kanzler Kurz den Präsidenten in Wien."))
        .containsExactly("Am Montag traf Kanzler Kurz den Präsidenten in Wien.");
    assertThat(SentenceSplitter.split("Das berichtet Der Spiegel unter Berufung auf Kreise der Regierung."))
        .containsExactly("Das berichtet Der Spiegel unter Berufung auf Kreise der Regierung.");
    assertThat(SentenceSplitter.split("Im Bundestag stimmte auch Die Linke dagegen."))
        .containsExactly("Im Bundestag stimmte auch Die Linke dagegen.");
    assertThat(SentenceSplitter.split("Er war bei Die Höhle der Löwen zu Gast und sprach über sein Start-up."))
        .containsExactly("Er war bei Die Höhle der Löwen zu Gast und sprach über sein Start-up.");
  }
}
