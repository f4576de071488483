package io.kurzfassung.summary.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.text.ReferenceOpeners;
import io.kurzfassung.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryComposerTest {

  private static Summary summarize(String title, String text, int maxWords) {
    return new ExtractiveSummarizer().summarize(
        new SummaryRequest(Article.of(title, text, null, null, null, "de"), maxWords, 5, null));
  }

  @Test
  void should_keep_the_main_clause_of_the_lead_when_the_whole_lead_does_not_fit() {
    String text = String.join(" ",
        "Das Internationale Olympische Komitee hat die Winterspiele 2034 an die Stadt Salt Lake City vergeben, "
            + "nachdem die Delegierten am Mittwoch in Paris nach einer langen Debatte über Kosten und Klima abgestimmt "
            + "hatten.",
        "Russland und China sehen sich zunehmendem Druck aus dem Westen ausgesetzt, weil sie die Spiele boykottieren.",
        "Salt Lake City war schon 2002 Gastgeber der Spiele.",
        "Die Stadt will vorhandene Anlagen nutzen und rechnet mit Kosten von 2,2 Milliarden Dollar.");

    Summary s = summarize("Winterspiele 2034 in Salt Lake City", text, 25);

    assertThat(s.text()).startsWith("Das Internationale Olympische Komitee hat die Winterspiele 2034 an die Stadt "
        + "Salt Lake City vergeben.");
    assertThat(Article.countWords(s.text())).isLessThanOrEqualTo(25);
  }

  @Test
  void should_open_a_summary_sentence_with_a_reference_only_right_after_the_sentence_it_refers_to_in_a_tight_budget() {
    String text = String.join(" ",
        "Die Stadt Lindau hat am Montag ein Verbot für Motorboote auf dem See beschlossen.",
        "Der Beschluss fiel mit 20 zu 12 Stimmen.",
        "Die Fischer hatten seit Jahren über Lärm und Öl im Hafen geklagt.",
        "Sie begrüßten das Verbot für Motorboote auf dem See ausdrücklich.",
        "Das Verbot für Motorboote gilt ab dem 1. Juli auf dem ganzen See vor Lindau.",
        "Der Bootsverleih am Hafen will gegen das Verbot für Motorboote klagen.");

    for (int budget : new int[] {20, 30, 45, SummaryComposer.TIGHT_BUDGET}) {
      assertReferencesFollowTheirAntecedents(text, summarize("Lindau verbietet Motorboote", text, budget), budget);
    }
  }

  /**
   * Every summary sentence that opens with a reference stands right after the article sentence before it; a sentence
   * cut to its main clause is found by its words.
   */
  private static void assertReferencesFollowTheirAntecedents(String text, Summary s, int budget) {
    List<String> sentences = SentenceSplitter.split(text);
    List<String> summary = SentenceSplitter.split(s.text());
    for (int k = 0; k < summary.size(); k++) {
      String sentence = summary.get(k);
      if (ReferenceOpeners.opensUnresolved(sentence)) {
        String words = sentence.replaceAll("\\.$", "");
        int at = sentences.indexOf(sentences.stream().filter(t -> t.startsWith(words)).findFirst().orElseThrow());
        assertThat(k).as("budget %d: %s", budget, summary).isPositive();
        assertThat(summary.get(k - 1)).as("budget %d", budget).isEqualTo(sentences.get(at - 1));
      }
    }
  }

  @Test
  void should_show_a_sentence_that_refers_back_without_its_frame_at_any_budget() {
    String text = String.join(" ",
        "Der Bäcker Huber in Tettnang verkauft sein Brot seit Jahren nur in Papiertüten aus dem eigenen Ort.",
        "Viele Kunden wünschen sich aber Brot ohne jede Verpackung für ihre eigenen Beutel.",
        "Das will Huber nun ändern: Ab Montag füllt der Bäcker Brot in mitgebrachte Beutel der Kunden ab.",
        "Die Beutel der Kunden müssen sauber sein, sagt der Bäcker.",
        "Das Wetter in Tettnang war am Wochenende kühl.",
        "Die Kirche im Ort wird bald renoviert.");
    String tight = summarize("Bäcker Huber füllt Brot in Beutel", text, 30).text();
    String loose = summarize("Bäcker Huber füllt Brot in Beutel", text, SummaryComposer.TIGHT_BUDGET + 20).text();

    assertThat(tight).doesNotContain("Das will Huber nun ändern");
    assertThat(loose).doesNotContain("Das will Huber nun ändern").contains("Ab Montag füllt der Bäcker Brot");
  }

  @Test
  void should_show_a_sentence_without_the_connective_that_ties_it_to_a_sentence_left_out() {
    String text = String.join(" ",
        "Der Discounter Aldi verkauft ab Donnerstag Corona-Selbsttests in allen seinen Filialen in der Schweiz.",
        "Eine Packung mit fünf Tests kostet 19.99 Franken, wie der Discounter am Mittwoch mitteilte.",
        "Das Wetter in Zürich war am Mittwoch trüb und kühl, am Abend regnete es kurz in der Altstadt.",
        "Damit ist Aldi der erste Detailhändler in der Schweiz, der Corona-Selbsttests verkauft.",
        "Die Kirche im Ort wird bald renoviert.");

    String summary = summarize("Aldi verkauft Corona-Selbsttests", text, 45).text();

    assertThat(summary).contains("Aldi ist der erste Detailhändler in der Schweiz").doesNotContain("Damit ist");
    for (String sentence : SentenceSplitter.split(summary)) {
      assertThat(ReferenceOpeners.opensUnresolved(sentence)).as(sentence).isFalse();
    }
  }

  @Test
  void should_not_fill_a_loose_budget_with_a_clause_that_opens_with_a_reference_away_from_its_antecedent() {
    String text = String.join(" ",
        "Die Gemeinde Wangen hat am Dienstag den Bau einer neuen Brücke über die Argen beschlossen.",
        "Die alte Brücke über die Argen ist seit dem Hochwasser im Frühjahr für Lastwagen gesperrt.",
        "Die neue Brücke soll vier Millionen Euro kosten.",
        "Im Sitzungssaal des Rathauses saßen am Abend neben den Räten auch zahlreiche Zuhörer aus den Ortsteilen, "
            + "die zum Teil mit dem Fahrrad oder zu Fuß gekommen waren.",
        "Deshalb beantragt die Gemeinde einen Zuschuss für die Brücke, der nach Angaben des Bürgermeisters die Hälfte "
            + "der Kosten für den Bau der Brücke decken könnte, wenn der Landtag im Herbst den Haushalt für das "
            + "kommende Jahr ohne große Kürzungen bei den Straßen und Brücken beschließt und die Gemeinde rechtzeitig "
            + "alle Unterlagen einreicht.",
        "Das Wetter war am Dienstag kühl.",
        "Die Sitzung dauerte drei Stunden.");

    for (int budget = SummaryComposer.TIGHT_BUDGET + 1; budget <= 80; budget++) {
      assertReferencesFollowTheirAntecedents(text, summarize("Wangen baut eine Brücke", text, budget), budget);
    }
  }

  @Test
  void should_not_fill_the_budget_with_a_piece_without_a_verb() {
    String text = String.join(" ",
        "Die Gemeinde Wangen hat am Dienstag den Bau einer neuen Brücke über die Argen beschlossen.",
        "Die alte Brücke ist seit dem Hochwasser im Frühjahr für Lastwagen gesperrt.",
        "Der Umweg über Leutkirch kostet die Spediteure der Region viel Zeit und Geld.",
        "Die Brücke über die Argen wird wohl teuer.",
        "Vermutlich viel zu teuer.",
        "Die neue Brücke soll im Herbst 2026 fertig sein und rund vier Millionen Euro kosten.");

    String summary = summarize("Wangen baut neue Brücke über die Argen", text, 70).text();

    assertThat(summary).contains("Die Gemeinde Wangen hat am Dienstag").doesNotContain("Vermutlich viel zu teuer");
  }

  @Test
  void should_not_fill_the_budget_with_a_caption_without_a_verb() {
    String text = String.join(" ",
        "Die Handballerinnen des ASV Dachau haben ihr erstes Spiel in der dritten Liga gewonnen.",
        "Gegen den TV Nellingen siegten die Dachauerinnen nach einem Rückstand zur Pause mit 23:21 Toren.",
        "Die Nationalspielerin Leonie Dreizler des ASV Dachau in der dritten Liga am Kreis.",
        "Trainer Thomas Lukauer lobte die Abwehr, die er seit Jahren aufgebaut hatte.",
        "Das nächste Spiel bestreitet der ASV am Samstag in Regensburg.");

    String summary = summarize("Dachau gewinnt in der dritten Liga", text, 70).text();

    assertThat(summary).startsWith("Die Handballerinnen des ASV Dachau").doesNotContain("am Kreis");
  }

  @Test
  void should_keep_the_leads_statement_before_its_colon_at_a_tight_budget() {
    String text = String.join(" ",
        "Das einzige deutsche Mitglied im Direktorium der Zentralbank hat am Mittwoch überraschend seinen Abschied "
            + "bekannt gegeben: Anna Berger habe den Präsidenten darüber informiert, dass sie ihren Posten zum 31. "
            + "Oktober räumen werde, teilte die Bank mit.",
        "Im November übernimmt eine Französin die Leitung der Zentralbank.",
        "Berger war seit 2014 Mitglied im Direktorium und zuständig für die Aufsicht über die Banken.");

    String summary = summarize("Anna Berger verlässt die Zentralbank", text, 25).text();

    assertThat(summary).startsWith("Das einzige deutsche Mitglied im Direktorium der Zentralbank hat am Mittwoch "
        + "überraschend seinen Abschied bekannt gegeben.");
    assertThat(Article.countWords(summary)).isLessThanOrEqualTo(25);
  }

  @Test
  void should_keep_the_leads_news_at_25_words_when_an_apposition_makes_the_lead_too_long() {
    // The sample article's opening (events/putin-olympia.de.txt): its lead has 31 words.
    String text = String.join(" ",
        "Wladimir Putin hat bestätigt, dass er an der Eröffnung der Olympischen Winterspiele in Peking teilnehmen wird, "
            + "eine Veranstaltung, die Boris Johnson und andere westliche Führer aus Protest gegen "
            + "Menschenrechtsverletzungen in China boykottiert haben.",
        "Russland und China sehen sich zunehmendem Druck aus den USA und westlichen Ländern ausgesetzt, da regionale "
            + "Konflikte und Menschenrechtsverletzungen zu wachsenden Spannungen geführt haben.",
        "Xi hat China seit 2019 nicht mehr öffentlich verlassen.");

    String summary = summarize("Putin nimmt an der Eröffnung der Winterspiele teil", text, 25).text();

    assertThat(summary).startsWith("Wladimir Putin hat bestätigt, dass er an der Eröffnung der Olympischen "
        + "Winterspiele in Peking teilnehmen wird.");
    assertThat(Article.countWords(summary)).isLessThanOrEqualTo(25);
  }

  @Test
  void should_not_take_a_subordinate_clause_that_continues_a_sentence_left_out() {
    // The sentence before the subordinate clause is too long to come along within 80 words.
    String text = String.join(" ",
        "Die Handballerinnen des ASV Dachau haben ihr erstes Spiel in der dritten Liga gegen Nellingen gewonnen.",
        "Die Gegnerinnen aus Nellingen spielten in der vergangenen Saison noch in der ersten Bundesliga, mussten aber "
            + "nach einer langen Serie von Niederlagen, finanziellen Problemen des Vereins und dem Abgang mehrerer "
            + "Leistungsträgerinnen, darunter die Nationalspielerin Anna Berger und die Torhüterin Lisa Kern, den Gang "
            + "in die zweite Liga antreten und wurden dort im Frühjahr erneut nach unten durchgereicht.",
        "Weshalb der Trainer Lukauer einen harten Kampf gegen Nellingen erwartete, der letztlich von Dachau gewonnen "
            + "wurde.",
        "Die Mannschaft aus Dachau ist jung und talentiert.",
        "Am Samstag trifft Dachau auswärts auf den TSV Wolfschlugen.");

    String summary = summarize("Dachau gewinnt harten Kampf gegen Nellingen", text, 80).text();

    assertThat(summary).startsWith("Die Handballerinnen des ASV Dachau").doesNotContain("Weshalb");
  }

  @Test
  void should_open_with_a_quotation_only_together_with_the_sentence_that_names_its_speaker() {
    String text = String.join(" ",
        "«Zwei Punkte gegen Nellingen zum Auftakt der dritten Liga sind zwei Punkte für Dachau.»",
        "Das Fazit des Dachauer Handballtrainers Thomas Lukauer klingt nüchtern, zumal seine Mannschaft aufgestiegen ist.",
        "Der ASV Dachau hat sein erstes Spiel in der dritten Liga gegen den TV Nellingen gewonnen.",
        "Die Gegnerinnen aus Nellingen spielten in der vergangenen Saison noch in der ersten Bundesliga.",
        "Am Samstag trifft Dachau auswärts auf den TSV Wolfschlugen.");

    assertThat(summarize("Dachau gewinnt zum Auftakt", text, 40).text())
        .startsWith("«Zwei Punkte gegen Nellingen zum Auftakt der dritten Liga sind zwei Punkte für Dachau.» Das Fazit "
            + "des Dachauer Handballtrainers");
    assertThat(summarize("Dachau gewinnt zum Auftakt", text, 20).text()).doesNotContain("zwei Punkte");
  }

  @Test
  void should_show_a_sentence_without_the_conjunction_that_ties_it_to_a_sentence_left_out() {
    String text = String.join(" ",
        "Die Europäische Union verschiebt die Beitrittsgespräche mit Albanien und Nordmazedonien erneut.",
        "Alle paar Monate gibt es irgendwo einen Westbalkan-Gipfel in schillerndem Ambiente und mit viel Magie "
            + "und Musik und gutem Essen und Fahnen aller Länder und langen Reden der Minister vor Journalisten aus "
            + "ganz Europa und vielen Bürgern der Länder auf den Plätzen vor den Hotels und in den Straßen der "
            + "Städte am Meer oder in den Bergen im Sommer wie im Winter seit dem ersten Gipfel im Jahr 2014 in Berlin "
            + "bis heute.",
        "Denn Berlin ist mitverantwortlich dafür, dass die Beitrittsgespräche mit Albanien und Nordmazedonien "
            + "verschoben worden sind.",
        "Die EU-Kommission hat Albanien und Nordmazedonien im Mai alle Bedingungen als erfüllt attestiert.");

    // The second sentence (70 words, no clause to cut) does not fit beside the first within 75 words.
    String summary = summarize("EU verschiebt Beitrittsgespräche mit Albanien und Nordmazedonien", text, 75).text();

    assertThat(summary).contains("Berlin ist mitverantwortlich").doesNotContain("Denn Berlin")
        .doesNotContain("Westbalkan-Gipfel");
  }

  @Test
  void should_not_open_a_tight_summary_with_a_question_that_only_sets_the_scene() {
    String text = String.join(" ",
        "Soll das eine Provokation sein?",
        "Frankreichs Präsident Emmanuel Macron schickt den Manager Thierry Breton als Kandidaten für die "
            + "EU-Kommission nach Brüssel.",
        "Breton war Chef des IT-Konzerns Atos und soll in der EU-Kommission für Digitalwirtschaft zuständig sein.",
        "Im EU-Parlament gilt Breton wegen seiner Nähe zur Industrie als Risiko für die EU-Kommission.",
        "Macrons erste Kandidatin für die EU-Kommission war vom Parlament abgelehnt worden.");

    String summary = summarize("Macron schickt Breton nach Brüssel", text, 25).text();

    assertThat(summary).doesNotContain("Provokation").contains("Breton");
    assertThat(SummaryComposer.setsScene(SentenceRanker.rank(Article.of("", text, null, null, null, "de")))).isTrue();
    assertThat(SummaryComposer.setsScene(SentenceRanker.rank(Article.of("", text.substring(text.indexOf("Frankreichs")),
        null, null, null, "de")))).isFalse();
  }

  @Test
  void should_not_fill_the_budget_with_the_main_clause_of_an_opening_that_only_sets_the_scene() {
    String text = String.join(" ",
        "Die Bundesliga ist manchmal eine ruppige Veranstaltung, die niemanden kaltlässt, der je dabei war.",
        "Der SC Freiburg hat am Samstag gegen Borussia Dortmund mit 2:1 gewonnen.",
        "Für Freiburg trafen Nils Petersen und Vincenzo Grifo gegen Dortmund.",
        "Dortmund verlor damit in Freiburg zum ersten Mal seit fünf Jahren.",
        "Freiburg steht nach dem Sieg gegen Dortmund auf dem dritten Platz.");

    for (int budget : new int[] {20, 30}) {
      assertThat(summarize("Freiburg schlägt Dortmund", text, budget).text()).as("budget %d", budget)
          .startsWith("Der SC Freiburg hat am Samstag").doesNotContain("Bundesliga");
    }
  }

  @Test
  void should_leave_out_an_attribution_in_a_tight_opening_and_go_on_with_the_sentence_after_it() {
    String text = String.join(" ",
        "Das britische Parlament soll bereits an diesem Montagabend in eine fünfwöchige Zwangspause geschickt werden.",
        "Das teilte ein Regierungssprecher in London am Montag mit.",
        "Die Entscheidung gehört zu den Maßnahmen, mit denen Premier Boris Johnson verhindern will, dass seine Pläne "
            + "zum Brexit blockiert werden.",
        "Die Zwangspause des Parlaments schmälert die Möglichkeiten des Unterhauses.",
        "Johnson will das Land am 31. Oktober aus der EU führen, auch gegen den Willen des Parlaments.");

    String summary = summarize("Zwangspause für das Parlament", text, 40).text();

    assertThat(summary).isEqualTo("Das britische Parlament soll bereits an diesem Montagabend in eine fünfwöchige "
        + "Zwangspause geschickt werden. Die Entscheidung gehört zu den Maßnahmen, mit denen Premier Boris Johnson "
        + "verhindern will, dass seine Pläne zum Brexit blockiert werden.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Er sagte, Premier Boris Johnson wolle verhindern, dass seine Pläne zum Brexit im Parlament blockiert werden.",
      "Darin heißt es, Premier Boris Johnson wolle verhindern, dass seine Pläne zum Brexit blockiert werden.",
      "Der 55-Jährige sagte, Premier Boris Johnson wolle verhindern, dass seine Pläne blockiert werden.",
  })
  void should_not_go_on_past_an_attribution_with_a_sentence_that_may_mean_its_source(String third) {
    String text = String.join(" ",
        "Das britische Parlament soll bereits an diesem Montagabend in eine fünfwöchige Zwangspause geschickt werden.",
        "Das teilte ein Regierungssprecher in London am Montag mit.",
        third,
        "Die Zwangspause des Parlaments schmälert die Möglichkeiten des Unterhauses.",
        "Johnson will das Land am 31. Oktober aus der EU führen, auch gegen den Willen des Parlaments.");

    for (int budget : new int[] {40, 80}) {
      String summary = summarize("Zwangspause für das Parlament", text, budget).text();
      assertThat(summary).as("budget %d", budget).startsWith("Das britische Parlament soll");
      if (summary.contains(third)) {
        assertThat(summary).as("budget %d", budget).contains("Das teilte ein Regierungssprecher");
      }
    }
  }

  @Test
  void should_go_on_past_an_attribution_at_a_loose_budget_and_past_two_in_a_row() {
    String text = String.join(" ",
        "Das britische Parlament soll bereits an diesem Montagabend in eine fünfwöchige Zwangspause geschickt werden.",
        "Das teilte ein Regierungssprecher in London am Montag mit.",
        "Das bestätigte auch ein Sprecher der Downing Street.",
        "Die Entscheidung gehört zu den Maßnahmen, mit denen Premier Boris Johnson verhindern will, dass seine Pläne "
            + "zum Brexit blockiert werden.",
        "Die Zwangspause des Parlaments schmälert die Möglichkeiten des Unterhauses.",
        "Johnson will das Land am 31. Oktober aus der EU führen, auch gegen den Willen des Parlaments.");

    for (int budget : new int[] {40, 80}) {
      assertThat(summarize("Zwangspause für das Parlament", text, budget).text()).as("budget %d", budget)
          .contains("geschickt werden. Die Entscheidung gehört zu den Maßnahmen")
          .doesNotContain("Das teilte").doesNotContain("Das bestätigte");
    }
  }

  @Test
  void should_keep_the_conjunction_of_a_sentence_that_reads_on_past_an_attribution() {
    String text = String.join(" ",
        "Der Stadtrat von Essen hat am Montag den Haushalt mit Kürzungen bei Bädern und Bibliotheken beschlossen.",
        "Das teilte die Stadt Essen am Abend mit.",
        "Doch die Entscheidung über die Bäder ist umstritten, Anwohner haben bereits Proteste angekündigt.",
        "Die Kürzungen bei Bädern und Bibliotheken gelten ab dem 1. Januar in Essen.");

    String summary = summarize("Essen kürzt bei Bädern", text, 40).text();

    assertThat(summary).contains("beschlossen. Doch die Entscheidung über die Bäder ist umstritten")
        .doesNotContain("Das teilte");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Das teilte die Deutsche Bahn mit.",
      "Das bestätigte die Lufthansa am Freitag.",
      "Das meldet der Bayerische Rundfunk.",
  })
  void should_never_show_an_attribution_away_from_the_statement_it_attributes(String attribution) {
    String text = String.join(" ",
        "Auf der Autobahn 8 bei München gibt es am Wochenende lange Staus wegen Bauarbeiten.",
        attribution,
        "Der Ferienverkehr in Bayern wird ebenfalls zunehmen, vor allem Richtung Österreich und Italien.",
        "Autofahrer sollten wenn möglich auf Bahn oder Fernbus ausweichen und früh losfahren.",
        "Die Polizei will an mehreren Stellen verstärkt kontrollieren.");

    for (int budget = 10; budget <= 80; budget += 5) {
      String summary = summarize("Staus auf der A8", text, budget).text();
      assertThat(summary).as("budget %d", budget).doesNotStartWith("Das");
      if (summary.contains(attribution)) {
        assertThat(summary).as("budget %d", budget).contains("Bauarbeiten. " + attribution);
      }
    }
  }

  @Test
  void should_keep_the_sentence_that_names_a_quotations_speaker() {
    String text = String.join(" ",
        "Der Stadtrat von Essen hat am Montag den Haushalt mit Kürzungen bei Bädern und Bibliotheken beschlossen.",
        "«Das ist ein schwarzer Tag für die Stadt Essen und ihre Bäder.»",
        "Das sagte der Stadtsprecher nach der Sitzung.",
        "Die Entscheidung über den Haushalt fiel mit knapper Mehrheit im Stadtrat.",
        "Die Kürzungen bei Bädern und Bibliotheken gelten ab dem 1. Januar in Essen.");

    for (int budget : new int[] {40, 80}) {
      String summary = summarize("Essen kürzt bei Bädern", text, budget).text();
      if (summary.contains("schwarzer Tag")) {
        assertThat(summary).as("budget %d", budget).contains("Bäder.» Das sagte der Stadtsprecher");
      }
    }
  }

  @Test
  void should_not_bring_in_a_verbless_piece_to_resolve_the_sentence_after_it() {
    String text = String.join(" ",
        "Die Gemeinde Wangen hat am Dienstag den Bau einer neuen Brücke über die Argen beschlossen.",
        "Die alte Brücke über die Argen ist seit dem Hochwasser im Frühjahr für Lastwagen gesperrt.",
        "Der Umweg über Leutkirch kostet die Spediteure der Region viel Zeit und Geld.",
        "Ein Neubau für vier Millionen Euro.",
        "Dieser soll im Herbst 2026 fertig sein und die Argen mit zwei Spuren überqueren.");

    String summary = summarize("Wangen baut neue Brücke über die Argen", text, 80).text();

    assertThat(summary).startsWith("Die Gemeinde Wangen hat am Dienstag").doesNotContain("Ein Neubau für")
        .doesNotContain("Dieser soll");
  }

  @Test
  void should_not_fill_a_loose_budget_with_an_attribution() {
    String text = String.join(" ",
        "Die Gemeinde Wangen hat am Dienstag den Bau einer neuen Brücke über die Argen beschlossen.",
        "Das teilte der Bürgermeister am Abend mit.",
        "Die alte Brücke über die Argen ist seit dem Hochwasser im Frühjahr für Lastwagen gesperrt.",
        "Die neue Brücke über die Argen soll vier Millionen Euro kosten.");

    String summary = summarize("Wangen baut eine Brücke über die Argen", text, 80).text();

    assertThat(summary).startsWith("Die Gemeinde Wangen hat am Dienstag").contains("vier Millionen Euro")
        .doesNotContain("Das teilte");
  }

  @Test
  void should_fill_a_loose_budget_with_whole_sentences_only() {
    String text = String.join(" ",
        "Die Gemeinde Wangen hat am Dienstag den Bau einer neuen Brücke über die Argen beschlossen.",
        "Die alte Brücke über die Argen ist seit dem Hochwasser im Frühjahr für Lastwagen gesperrt.",
        "Die neue Brücke über die Argen soll vier Millionen Euro kosten und im Herbst 2026 fertig sein.",
        "Der Bürgermeister von Wangen hat beim Land einen Zuschuss für die Brücke beantragt, weil die Gemeinde die "
            + "Kosten für den Bau der Brücke über die Argen allein kaum tragen kann und der Haushalt für das kommende "
            + "Jahr schon knapp ist.");

    for (int budget = SummaryComposer.TIGHT_BUDGET + 1; budget <= 80; budget++) {
      List<String> sentences = SentenceSplitter.split(text);
      for (String sentence : SentenceSplitter.split(summarize("Wangen baut eine Brücke", text, budget).text())) {
        assertThat(sentences).as("budget %d", budget).contains(sentence);
      }
    }
  }
}
