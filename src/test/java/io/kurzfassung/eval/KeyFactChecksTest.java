package io.kurzfassung.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFactChecksTest {

  private static final String ARTICLE = "Die Stadt Lindenau baut einen neuen Radweg. "
      + "Er soll 3,5 Kilometer lang werden und zwei Ortsteile verbinden. "
      + "Bürgermeisterin Anna Berger sprach von einem guten Tag. "
      + "Sie kündigte den Baubeginn für den Mai an. "
      + "Die Kosten liegen bei 1,2 Millionen Euro.";

  private static Summary summary(String text, KeyFact... facts) {
    return new Summary(text, List.of(facts), new ModelInfo("test", "test", "test-1"), null);
  }

  private static KeyFact fact(String text, String... evidence) {
    return new KeyFact(text, List.of(evidence));
  }

  @Test
  void should_count_a_fact_as_contained_when_its_words_run_inside_the_summary() {
    Summary s = summary("Die Stadt Lindenau baut einen neuen Radweg. Die Kosten liegen bei 1,2 Millionen Euro.",
        fact("die Kosten liegen bei 1,2 Millionen Euro", "Die Kosten liegen bei 1,2 Millionen Euro."),
        fact("Bürgermeisterin Anna Berger sprach von einem guten Tag.",
            "Bürgermeisterin Anna Berger sprach von einem guten Tag."));

    KeyFactChecks.Counts c = KeyFactChecks.count(s, ARTICLE);

    assertThat(c.facts()).isEqualTo(2);
    assertThat(c.contained()).isEqualTo(1);
  }

  @Test
  void should_count_a_fact_as_contained_when_one_summary_sentence_has_all_its_content_words() {
    Summary s = summary("Lindenau baut für 1,2 Millionen Euro einen neuen Radweg.",
        fact("Der Radweg in Lindenau kostet 1,2 Millionen Euro."), // "kostet" is not in the summary
        fact("Einen neuen Radweg baut Lindenau."));

    assertThat(KeyFactChecks.count(s, ARTICLE).contained()).isEqualTo(1);
  }

  @Test
  void should_not_count_content_words_spread_over_two_summary_sentences() {
    Summary s = summary("Lindenau baut einen Radweg. Er kostet 1,2 Millionen Euro.",
        fact("Lindenau baut einen Radweg für 1,2 Millionen Euro."));

    assertThat(KeyFactChecks.count(s, ARTICLE).contained()).isZero();
  }

  @Test
  void should_count_a_fact_as_trimmed_when_it_differs_from_its_evidence_beyond_case_and_punctuation() {
    Summary s = summary("Lindenau baut einen Radweg.",
        fact("Die Kosten liegen bei 1,2 Millionen Euro", "Die Kosten liegen bei 1,2 Millionen Euro."),
        fact("Er soll 3,5 Kilometer lang werden.", "Er soll 3,5 Kilometer lang werden und zwei Ortsteile verbinden."),
        fact("Ein Fakt ohne Beleg."));

    assertThat(KeyFactChecks.count(s, ARTICLE).trimmed()).isEqualTo(1);
  }

  @Test
  void should_count_facts_that_open_with_an_unresolved_reference() {
    Summary s = summary("Lindenau baut einen Radweg.",
        fact("Er soll 3,5 Kilometer lang werden."),
        fact("Sie kündigte den Baubeginn für den Mai an."),
        fact("Die Kosten liegen bei 1,2 Millionen Euro."));

    assertThat(KeyFactChecks.count(s, ARTICLE).factsUnresolved()).isEqualTo(2);
  }

  @Test
  void should_count_a_summary_sentence_whose_antecedent_was_left_out() {
    // "Er" follows its article predecessor: resolved. "Sie" follows a sentence two before it: unresolved.
    Summary resolved = summary("Die Stadt Lindenau baut einen neuen Radweg. "
        + "Er soll 3,5 Kilometer lang werden und zwei Ortsteile verbinden.");
    Summary leftOut = summary("Die Stadt Lindenau baut einen neuen Radweg. "
        + "Sie kündigte den Baubeginn für den Mai an.");
    Summary opening = summary("Er soll 3,5 Kilometer lang werden und zwei Ortsteile verbinden.");
    Summary written = summary("Lindenau bekommt einen Radweg zwischen zwei Ortsteilen. Er soll im Mai begonnen werden.");

    assertThat(KeyFactChecks.count(resolved, ARTICLE).summaryUnresolved()).isZero();
    assertThat(KeyFactChecks.count(leftOut, ARTICLE).summaryUnresolved()).isEqualTo(1);
    assertThat(KeyFactChecks.count(opening, ARTICLE).summaryUnresolved()).isEqualTo(1);
    assertThat(KeyFactChecks.count(written, ARTICLE).summaryUnresolved()).isZero();
    assertThat(KeyFactChecks.count(leftOut, ARTICLE).summarySentences()).isEqualTo(2);
    // A sentence the summariser rewrote stands where its article sentence stands: it resolves the next one only
    // when that one follows it in the article.
    Summary rewritten = summary("Lindenau baut einen neuen Radweg. "
        + "Er soll 3,5 Kilometer lang werden und zwei Ortsteile verbinden.");
    assertThat(KeyFactChecks.count(rewritten, ARTICLE).summaryUnresolved()).isZero();
    Summary rewrittenLeftOut = summary("Lindenau baut einen neuen Radweg. Sie kündigte den Baubeginn für den Mai an.");
    assertThat(KeyFactChecks.count(rewrittenLeftOut, ARTICLE).summaryUnresolved()).isEqualTo(1);
  }

  @Test
  void should_resolve_a_summary_sentence_whose_predecessor_is_an_attribution_the_summary_left_out() {
    String article = "Das Parlament soll am Montag in eine Zwangspause geschickt werden. "
        + "Das teilte ein Regierungssprecher mit. "
        + "Die Entscheidung gehört zu den Maßnahmen gegen eine Blockade. "
        + "Die Opposition protestierte. "
        + "Die Entscheidung fiel am Wochenende. "
        + "Das sagte ein Sprecher. "
        + "Er nannte die Pause notwendig.";

    Summary bridged = summary("Das Parlament soll am Montag in eine Zwangspause geschickt werden. "
        + "Die Entscheidung gehört zu den Maßnahmen gegen eine Blockade.");
    Summary leftOut = summary("Das Parlament soll am Montag in eine Zwangspause geschickt werden. "
        + "Die Entscheidung fiel am Wochenende.");

    assertThat(KeyFactChecks.count(bridged, article).summaryUnresolved()).isZero();
    assertThat(KeyFactChecks.count(leftOut, article).summaryUnresolved()).isEqualTo(1);
    // "Er" may mean the attribution's source.
    Summary source = summary("Die Opposition protestierte. Die Entscheidung fiel am Wochenende. "
        + "Er nannte die Pause notwendig.");
    assertThat(KeyFactChecks.count(source, article).summaryUnresolved()).isEqualTo(1);
  }

  @Test
  void should_count_a_quotation_without_its_speaker_unless_the_speaker_is_named_right_after_it() {
    String article = "«Es sind zwei Punkte, nicht mehr.» Das Fazit des Trainers Thomas Lukauer klingt nüchtern. "
        + "Der ASV Dachau hat sein erstes Spiel in der dritten Liga gewonnen. «Wir wollten mehr.»";

    Summary speakerNext = summary("«Es sind zwei Punkte, nicht mehr.» Das Fazit des Trainers Thomas Lukauer klingt "
        + "nüchtern.");
    Summary alone = summary("Der ASV Dachau hat sein erstes Spiel in der dritten Liga gewonnen. "
        + "«Es sind zwei Punkte, nicht mehr.»");

    assertThat(KeyFactChecks.count(speakerNext, article).summaryUnresolved()).isZero();
    assertThat(KeyFactChecks.count(alone, article).summaryUnresolved()).isEqualTo(1);
    assertThat(KeyFactChecks.count(summary("Der ASV Dachau hat gewonnen.", fact("Weiter: «Wir wollten mehr.»",
        "«Wir wollten mehr.»")), article).factsUnresolved()).isEqualTo(1);
  }

  @Test
  void should_judge_a_summary_sentence_in_the_articles_text_which_has_no_image_viewers_label() {
    String article = "Michael Sen übernimmt Anfang 2020 die alleinige Führung der Sparte. Detailansicht öffnen Er galt "
        + "schon als Favorit für den Posten.";

    Summary summary = summary("Michael Sen übernimmt Anfang 2020 die alleinige Führung der Sparte. Er galt schon als "
        + "Favorit für den Posten.");

    assertThat(KeyFactChecks.count(summary, Article.of("", article, null, null, null, "de").text())
        .summaryUnresolved()).isZero();
  }

  @Test
  void should_add_counts() {
    KeyFactChecks.Counts a = new KeyFactChecks.Counts(5, 1, 2, 3, 4, 1);
    assertThat(a.plus(a)).isEqualTo(new KeyFactChecks.Counts(10, 2, 4, 6, 8, 2));
  }
}
