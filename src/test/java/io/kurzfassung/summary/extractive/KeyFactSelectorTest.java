package io.kurzfassung.summary.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.text.ArticleAnalysis;
import io.kurzfassung.text.ReferenceOpeners;
import io.kurzfassung.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFactSelectorTest {

  private static Summary summarize(String title, String text, int maxWords, int maxFacts) {
    return new ExtractiveSummarizer().summarize(
        new SummaryRequest(Article.of(title, text, null, null, null, "de"), maxWords, maxFacts, null));
  }

  @Test
  void should_never_take_an_attribution_for_a_fact() {
    // Even as the last resort: the attribution opens with a reference ("Das teilte"), and such a sentence is a fact
    // only when there would be none else; here the only other sentences are questions, which are never facts.
    String text = String.join(" ",
        "Kommt die neue Brücke über die Argen noch vor dem Winter?",
        "Das teilte der Bürgermeister von Wangen am Montagabend im Rathaus mit.",
        "Und wer bezahlt die vier Millionen Euro für den Bau der Brücke?");
    SentenceRanker.Ranking ranking = SentenceRanker.rank(Article.of("Brücke über die Argen", text, null, null, null,
        "de"));

    assertThat(KeyFactSelector.select(ranking, List.of(), 5, 3)).noneMatch(f -> f.text().startsWith("Das teilte"));
  }

  @Test
  void should_not_cut_the_subject_off_a_long_sentence() {
    String sentence = "Der Franzose, der zuletzt so formidabel durch die Pyrenäen gestürmt war und in den Alpen als "
        + "Favorit galt, stieg am Freitag nach 30 Kilometern vom Rad, tränenerfüllt und erschöpft, teilte sein "
        + "Team am Abend in einer kurzen Mitteilung aus dem Hotel in Tignes mit.";

    String fact = KeyFactSelector.shorten(sentence);

    assertThat(fact == null || fact.startsWith("Der Franzose")).as(String.valueOf(fact)).isTrue();
  }

  @Test
  void should_keep_the_sentence_after_a_colon_when_the_opening_is_only_a_frame() {
    String sentence = "Anlass dafür waren die jüngsten Ergebnisse der Mannschaft in der Liga und im Pokal: Der TSV "
        + "Nord hat zuletzt drei Ligaspiele in Serie verloren.";

    assertThat(KeyFactSelector.shorten(sentence)).isEqualTo("Der TSV Nord hat zuletzt drei Ligaspiele in Serie verloren.");
  }

  @Test
  void should_not_reduce_a_sentence_to_its_opening_subordinate_clause() {
    String sentence = "Und wenn der Spanier Isaki Lacuesta in seinem Film die Lebenswege der aus San Fernando "
        + "stammenden Brüder Isra und Cheto dokumentarisch begleitet, dann leitet sich aus der intimen Geschichte "
        + "die schwierige Lage einer ganzen Region im Süden Spaniens ab.";

    String fact = KeyFactSelector.shorten(sentence);

    assertThat(KeyFactSelector.opensWithSubordinateClause(sentence)).isTrue();
    assertThat(fact).isNull(); // no main clause can be cut out: the sentence gives no trimmed fact
  }

  @Test
  void should_trim_a_fact_only_to_a_main_clause_with_its_verb_and_never_with_an_ellipsis() {
    String text = String.join(" ",
        "Der Stadtrat von Kiel hat am Montag den Bau einer neuen Brücke über den Hafen beschlossen.",
        "Die Vorsitzende der Partei Freie Wähler Nord (FWN), Anna Berger, die seit 2019 im Stadtrat sitzt und "
            + "die Fraktion seit 2021 führt, kündigte eine Klage gegen den Beschluss an, weil die Kosten von 80 "
            + "Millionen Euro nicht gedeckt seien.",
        "Der Mietvertrag mit dem Ruderverein Nord, dessen Verlängerung bis 2030 schon im Winter beschlossen worden "
            + "war, läuft Ende Juni aus, weil die Stadt das Gelände am Ufer an einen Investor aus Hamburg verkauft hat.",
        "Wenn der Bund die zugesagten Mittel von 20 Millionen Euro für das Projekt im kommenden Jahr nicht "
            + "rechtzeitig überweist und das Land seinen Anteil von zehn Millionen Euro ebenfalls zurückhält, dann "
            + "verschiebt sich der Baubeginn nach Angaben der Stadtverwaltung um mindestens zwei Jahre bis 2028.",
        "Die Brücke soll 2029 fertig sein.",
        "Oberbürgermeister Paul Weber sprach von einem historischen Tag für die Stadt.");

    Summary s = summarize("Kiel baut Brücke", text, 25, 5);

    assertThat(s.keyFacts()).isNotEmpty();
    for (KeyFact f : s.keyFacts()) {
      assertThat(f.text()).doesNotContain("…").endsWith(".");
      assertThat(f.text()).isNotEqualTo("Die Vorsitzende der Partei Freie Wähler Nord (FWN).");
      assertThat(f.text()).doesNotEndWith("beschlossen worden war.");
      assertThat(f.text()).doesNotStartWith("Wenn der Bund").as("a subordinate clause alone is no fact");
    }
    assertThat(s.keyFacts()).extracting(KeyFact::text)
        .contains("Der Mietvertrag mit dem Ruderverein Nord, dessen Verlängerung bis 2030 schon im Winter "
            + "beschlossen worden war, läuft Ende Juni aus.");
  }

  @Test
  void should_give_facts_that_the_summary_does_not_already_say() {
    String text = String.join(" ",
        "Die Stadt Ulm hat am Dienstag ein neues Busnetz mit 14 Linien vorgestellt.",
        "Es soll ab dem 1. September gelten und die Fahrzeiten in die Vororte um ein Drittel verkürzen.",
        "Verkehrsdezernentin Lea Hofmann sprach von der größten Reform seit 1990.",
        "Die Stadtwerke stellen dafür 40 neue Fahrer ein.",
        "Der Fahrpreis bleibt bei 2,80 Euro.",
        "Fünf Haltestellen in der Altstadt fallen weg.",
        "Der Fahrgastverband Pro Bahn lobte die Pläne am Mittwoch.",
        "Die Kosten von 6 Millionen Euro trägt zur Hälfte das Land Baden-Württemberg.");

    Summary s = summarize("Ulm stellt neues Busnetz vor", text, 30, 4);

    List<String> summarySentences = SentenceSplitter.split(s.text());
    assertThat(s.keyFacts()).hasSize(4);
    for (KeyFact f : s.keyFacts()) {
      assertThat(s.text()).doesNotContain(f.text().replaceAll("\\.$", ""));
      assertThat(summarySentences).doesNotContain(f.text());
    }
  }

  @Test
  void should_repeat_the_summary_only_when_the_article_has_nothing_else_to_offer() {
    String text = "Die Stadt Ulm hat am Dienstag ein neues Busnetz mit 14 Linien vorgestellt. "
        + "Verkehrsdezernentin Lea Hofmann sprach von der größten Reform seit 1990. "
        + "Der Fahrpreis bleibt bei 2,80 Euro.";

    Summary s = summarize("Ulm stellt neues Busnetz vor", text, 80, 5);

    // The summary holds all three sentences: one fact, rather than three that repeat it.
    assertThat(s.keyFacts()).hasSize(1);
  }

  @Test
  void should_give_fewer_facts_rather_than_repeat_the_summary() {
    String text = String.join(" ",
        "Die Stadt Ulm hat am Dienstag ein neues Busnetz mit 14 Linien vorgestellt.",
        "Verkehrsdezernentin Lea Hofmann sprach von der größten Reform seit dem Jahr 1990.",
        "Der Fahrpreis bleibt bei 2,80 Euro, wie die Stadtwerke am Dienstag mitteilten.",
        "Die neuen Linien fahren ab dem 1. Juni alle zehn Minuten durch die Innenstadt.",
        "Der Gemeinderat hatte die Reform im März mit 31 von 40 Stimmen beschlossen.");

    Summary s = summarize("Ulm stellt neues Busnetz vor", text, 45, 5);

    List<String> summarySentences = SentenceSplitter.split(s.text());
    assertThat(summarySentences).hasSizeGreaterThanOrEqualTo(3);
    assertThat(s.keyFacts()).isNotEmpty().hasSizeLessThan(ArticleAnalysis.MIN_FACTS);
    for (KeyFact f : s.keyFacts()) {
      assertThat(summarySentences).doesNotContain(f.text());
    }
  }

  @Test
  void should_not_open_a_fact_with_a_reference_the_reader_cannot_resolve() {
    String text = String.join(" ",
        "Die Gemeinde Altdorf hat am Montag ihren Bürgermeister Hans Keller verabschiedet.",
        "Er war 24 Jahre lang im Amt und hatte 2001 die erste Wahl mit 61 Prozent gewonnen.",
        "Dabei kamen rund 300 Gäste in die Turnhalle am Marktplatz.",
        "Sein Nachfolger Tim Brandt tritt das Amt am 1. Mai an.",
        "Das will die Gemeinde nun ändern: Ab Juni tagt der Gemeinderat öffentlich im Rathaus am Markt.",
        "Die Gemeinde zählt 4800 Einwohner.",
        "Der Landrat Peter Vogt dankte Keller für 24 Jahre Arbeit.",
        "Die Feier dauerte bis 23 Uhr.");

    Summary s = summarize("Altdorf verabschiedet Bürgermeister", text, 25, 5);

    assertThat(s.keyFacts()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(s.keyFacts()).extracting(KeyFact::text).noneMatch(ReferenceOpeners::opensUnresolved);
    assertThat(s.keyFacts()).extracting(KeyFact::text)
        .doesNotContain("Er war 24 Jahre lang im Amt und hatte 2001 die erste Wahl mit 61 Prozent gewonnen.")
        .contains("Ab Juni tagt der Gemeinderat öffentlich im Rathaus am Markt."); // resolved: the frame is dropped
  }

  @Test
  void should_drop_the_dateline_from_the_summary_and_the_facts() {
    String text = String.join(" ",
        "Bregenz – Die Polizei hat am Montag in Bregenz zwei Männer nach einem Einbruch in ein Juweliergeschäft festgenommen.",
        "Die Beute im Wert von 80.000 Euro wurde sichergestellt.",
        "Die Männer im Alter von 31 und 35 Jahren schweigen bisher.",
        "Der Besitzer Karl Huber lobte die schnelle Arbeit der Beamten.");

    Summary s = summarize("Festnahme nach Einbruch", text, 80, 4);

    assertThat(s.text()).startsWith("Die Polizei hat am Montag").doesNotContain("Bregenz –");
    assertThat(s.keyFacts()).extracting(KeyFact::text).noneMatch(f -> f.startsWith("Bregenz –"));
  }

  @Test
  void should_not_take_a_fact_with_a_glued_heading() {
    String text = String.join(" ",
        "Das Magazin Nordlicht hat am Freitag in Wien den Grand Prix für Reportagen gewonnen.",
        "Preis für das Magazin Nordlicht Die Sonderausgabe des Hefts über den Klimawandel erschien im Mai 2024.",
        "Die Jury lobte die Recherche von Chefredakteurin Eva Lang.",
        "Das Preisgeld beträgt 10.000 Euro.",
        "Die Redaktion will das Geld in ein Volontariat stecken.");

    Summary s = summarize("Grand Prix für Nordlicht", text, 20, 4);

    assertThat(s.keyFacts()).extracting(KeyFact::text).noneMatch(f -> f.contains("Nordlicht Die Sonderausgabe"));
  }

  @Test
  void should_not_take_a_subordinate_clause_standing_alone_for_a_fact() {
    String text = String.join(" ",
        "Die Handballerinnen des ASV Dachau haben ihr erstes Spiel in der dritten Liga mit 23:21 gewonnen.",
        "Der Trainer Thomas Lukauer hatte vor dem Spiel am Samstag gegen den Absteiger TV Nellingen gewarnt.",
        "Weshalb der Trainer am Samstag einen harten Kampf mit 2000 Zuschauern erwartete.",
        "Die Gegnerinnen aus Nellingen spielten in der vergangenen Saison noch in der ersten Bundesliga.",
        "Am 14. September trifft Dachau auswärts auf den TSV Wolfschlugen.");

    Summary s = summarize("Dachau gewinnt zum Auftakt", text, 20, 5);

    assertThat(s.keyFacts()).isNotEmpty();
    assertThat(s.keyFacts()).extracting(KeyFact::text).noneMatch(f -> f.startsWith("Weshalb"));
  }

  @Test
  void should_not_take_a_quotation_without_its_speaker_for_a_fact() {
    String text = String.join(" ",
        "Rafael Nadal verzichtet auf die Olympischen Spiele 2021 in Tokio.",
        "«Die Olympischen Spiele haben mir immer viel bedeutet», schrieb Nadal am Donnerstag.",
        "Weiter: «Ich durfte drei Spiele erleben und 2008 Gold gewinnen.»",
        "«Ich möchte im Jahr 2022 auf höchstem Level mitspielen.»",
        "Auch die Schweizerin Jil Teichmann verzichtet auf Tokio.");

    Summary s = summarize("Nadal verzichtet auf Tokio", text, 20, 5);

    assertThat(s.keyFacts()).isNotEmpty();
    assertThat(s.keyFacts()).extracting(KeyFact::text).noneMatch(f -> f.startsWith("Weiter") || f.startsWith("«Ich"));
  }
}
