package io.kurzfassung.summary.extractive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.article.UnsupportedLanguageException;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.text.GermanClauses;
import io.kurzfassung.text.Languages;
import io.kurzfassung.text.SentenceSplitter;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

  private static final String TEXT = String.join(" ",
      "Die Stadt Freiburg hat am Montag einen neuen Haushalt von 1,2 Milliarden Euro beschlossen.",
      "Der Gemeinderat stimmte mit 32 zu 15 Stimmen für den Entwurf von Oberbürgermeister Martin Horn.",
      "Ein großer Teil des Geldes fließt in Schulen und Kindergärten.",
      "Die Opposition kritisierte die hohe Neuverschuldung scharf.",
      "„Wir verschieben die Lasten auf die nächste Generation“, sagte die Fraktionschefin Anna Roth.",
      "Der Kämmerer verwies dagegen auf steigende Steuereinnahmen im Jahr 2025.",
      "Bis 2030 sollen zudem 400 neue Wohnungen auf städtischen Flächen entstehen.",
      "Das Wetter war an diesem Tag sonnig und mild.",
      "Die Sitzung dauerte insgesamt sieben Stunden.",
      "Der Haushalt muss noch vom Regierungspräsidium Freiburg genehmigt werden.");

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  private static Article article(String title, String text) {
    return Article.of(title, text, null, null, null, "de");
  }

  private Summary summarize(Article article, int maxWords, int maxFacts) {
    return summarizer.summarize(new SummaryRequest(article, maxWords, maxFacts, null));
  }

  @Test
  void should_keep_the_summary_within_the_word_budget() {
    for (int budget : new int[] {20, 40, 80}) {
      Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), budget, 5);
      assertThat(Article.countWords(s.text())).isBetween(1, budget);
    }
  }

  @Test
  void should_give_the_summary_sentences_in_article_order() {
    Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), 60, 5);
    List<String> sentences = SentenceSplitter.split(TEXT);
    int last = -1;
    for (String sentence : SentenceSplitter.split(s.text())) {
      int at = TEXT.indexOf(sentence.replaceAll("\\.$", ""));
      assertThat(at).as("summary sentence from the article: %s", sentence).isGreaterThanOrEqualTo(0);
      assertThat(at).as("article order").isGreaterThan(last);
      last = at;
    }
    assertThat(s.text()).startsWith(sentences.get(0));
  }

  @Test
  void should_choose_sentences_other_than_the_lead_when_they_are_more_central() {
    Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), 60, 5);
    assertThat(s.text()).doesNotContain("Das Wetter war").doesNotContain("sieben Stunden");
  }

  @Test
  void should_trim_a_long_sentence_to_its_leading_clause_when_only_that_fits() {
    String clause = GermanClauses.mainClause(
        "Der Minister reiste am Dienstag nach Brüssel, wo er mit den Kollegen über die Krise beriet, die seit Wochen anhält.", 12);
    assertThat(clause).isEqualTo("Der Minister reiste am Dienstag nach Brüssel.");
  }

  @Test
  void should_not_trim_before_an_object_clause() {
    assertThat(GermanClauses.mainClause(
        "Die USA und Großbritannien haben angekündigt, dass keine Beamten zu den Spielen reisen werden.", 12)).isNull();
  }

  @Test
  void should_return_between_three_and_max_facts_that_carry_numbers_names_or_dates() {
    Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), 40, 5);
    assertThat(s.keyFacts()).hasSizeBetween(3, 5);
    for (KeyFact f : s.keyFacts()) {
      assertThat(KeyFactSelector.signals(f.text())).as(f.text()).isPositive();
    }
  }

  @Test
  void should_respect_max_facts() {
    Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), 40, 3);
    assertThat(s.keyFacts()).hasSize(3);
  }

  @Test
  void should_give_distinct_short_facts_with_verbatim_evidence() {
    Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), 40, 7);
    assertThat(new HashSet<>(s.keyFacts().stream().map(KeyFact::text).toList())).hasSameSizeAs(s.keyFacts());
    for (KeyFact f : s.keyFacts()) {
      assertThat(Article.countWords(f.text())).isLessThanOrEqualTo(KeyFactSelector.MAX_FACT_WORDS);
      assertThat(f.evidence()).isNotEmpty();
      for (String evidence : f.evidence()) {
        assertThat(TEXT).contains(evidence);
      }
    }
  }

  @Test
  void should_not_repeat_the_summary_as_the_facts() {
    // The summary takes three of the seven sentences that carry a number, a date, a name or a quotation; the other
    // four are enough for the facts, so at most one fact (the lead's, which outranks everything) repeats the summary.
    for (int maxFacts = 2; maxFacts <= 3; maxFacts++) {
      Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), 40, maxFacts);
      List<String> summarySentences = SentenceSplitter.split(s.text());
      assertThat(summarySentences).hasSize(3);
      long repeated = s.keyFacts().stream().filter(f -> summarySentences.contains(f.text())).count();
      assertThat(s.keyFacts()).hasSize(maxFacts);
      assertThat(repeated).as("facts repeating the summary, of %d", maxFacts).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void should_never_repeat_an_identical_sentence_in_the_summary_or_the_facts() {
    String text = String.join(" ", java.util.Collections.nCopies(2_000, "Die Regierung sagt ja."));
    Summary s = summarize(article("Die Regierung", text), 80, 5);
    assertThat(s.text()).isEqualTo("Die Regierung sagt ja.");
    assertThat(s.keyFacts()).extracting(KeyFact::text).doesNotHaveDuplicates();
    assertThat(s.keyFacts()).flatExtracting(KeyFact::evidence).doesNotHaveDuplicates();
  }

  @Test
  void should_rank_only_a_bounded_set_of_candidates_and_keep_them_distinct() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3 * SentenceRanker.MAX_CANDIDATES; i++) {
      text.append("Im Bezirk ").append(i).append(" wurden am Montag neue Zahlen vorgelegt. ");
      text.append("Die Regierung sagt ja. ");
    }
    SentenceRanker.Ranking ranking = SentenceRanker.rank(article("Zahlen", text.toString()));
    assertThat(ranking.sentences()).hasSize(SentenceRanker.MAX_CANDIDATES);
    assertThat(ranking.sentences()).extracting(Sentence::text).doesNotHaveDuplicates();
    assertThat(ranking.sentences().get(2).position()).isEqualTo(2);
    assertThat(ranking.sentences().get(3).position()).isEqualTo(4); // the repeated sentence is one candidate
  }

  @Test
  void should_shorten_a_long_fact_sentence_to_at_most_25_words() {
    String longSentence = "Der Gemeinderat hat am Montag nach einer langen und teilweise hitzigen Debatte mit 32 zu 15 Stimmen"
        + " den Haushalt beschlossen, der Investitionen von 1,2 Milliarden Euro vorsieht, die vor allem in Schulen,"
        + " Kindergärten und den Ausbau des Nahverkehrs fließen sollen.";
    String fact = KeyFactSelector.shorten(longSentence);
    assertThat(Article.countWords(fact)).isLessThanOrEqualTo(25);
    assertThat(fact).startsWith("Der Gemeinderat hat am Montag").endsWith(".");
  }

  @Test
  void should_name_the_extractive_model() {
    Summary s = summarize(article("Freiburg beschließt Haushalt", TEXT), 40, 5);
    assertThat(s.model().provider()).isEqualTo("extractive");
    assertThat(s.model().name()).isEqualTo("textrank-de");
  }

  @Test
  void should_summarise_the_sample_article_in_german_within_budget_with_facts_and_no_source_line() throws Exception {
    Article article = new ArticleParser(200000).parse(Files.readAllBytes(Path.of("events/putin-olympia.de.txt")));

    Summary s = summarize(article, 80, 5);

    assertThat(Languages.isGerman(s.text())).isTrue();
    assertThat(Article.countWords(s.text())).isBetween(20, 80);
    assertThat(s.keyFacts()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(s.text()).doesNotContain("site-30");
    for (KeyFact f : s.keyFacts()) {
      assertThat(f.text()).doesNotContain("site-30");
      assertThat(f.evidence()).allSatisfy(e -> assertThat(article.text()).contains(e));
      assertThat(f.evidence()).allSatisfy(e -> assertThat(e).doesNotContain("site-30"));
    }
  }

  @Test
  void should_drop_a_leading_conjunction_and_never_cut_a_fact_inside_a_quotation() {
    assertThat(KeyFactSelector.withoutLeadingConjunction("Doch nun revidiert die Zeitung ihre Angaben."))
        .isEqualTo("Nun revidiert die Zeitung ihre Angaben.");
    assertThat(KeyFactSelector.withoutLeadingConjunction("Doktor Weber sagte nichts.")).isEqualTo("Doktor Weber sagte nichts.");
    assertThat(KeyFactSelector.withoutLeadingConjunction("Und: Forum SA sei Marktführer in Griechenland."))
        .isEqualTo("Forum SA sei Marktführer in Griechenland.");
    String fact = KeyFactSelector.shorten("Bei den Dreharbeiten der ARD-Show «Klein gegen Gross – das unglaubliche Duell» mit "
        + "Moderator Kai Pflaume (54) trat die 37-Jährige am Sonntag in Berlin nämlich erstmals mit einer scheinbar "
        + "sichtbaren Kugel auf.");
    assertThat(fact == null ? "" : fact).doesNotStartWith("Das unglaubliche Duell»");
    assertThat(KeyFactSelector.isFragment("Zum Schuss schrieb sie: «Die Spiele sind speziell.")).isTrue();
  }

  @Test
  void should_refuse_an_article_that_is_not_german_rather_than_summarise_it_in_english() {
    Article english = article("Putin to attend Beijing Olympics", "Vladimir Putin has confirmed that he will attend the "
        + "opening of the Winter Olympics in Beijing. Boris Johnson and other Western leaders are boycotting the event "
        + "over human rights abuses in China. Putin made the promise during a video call with the Chinese leader Xi "
        + "Jinping. Xi has not left China publicly since 2019, and Putin has travelled abroad only twice since then.");

    assertThatThrownBy(() -> summarize(english, 80, 5))
        .isInstanceOf(UnsupportedLanguageException.class)
        .hasMessageStartingWith("article is in English (en)");
  }

  @Test
  void should_leave_headings_out_of_the_summary_and_the_facts() {
    String text = String.join("\n\n",
        "Die Stadt Ulm hat am Dienstag ein neues Busnetz mit 14 Linien vorgestellt.",
        "Größte Reform seit 1990",
        "Verkehrsdezernentin Lea Hofmann sprach von der größten Reform seit dem Jahr 1990.",
        "Fahrpreis bleibt gleich",
        "Der Fahrpreis bleibt bei 2,80 Euro, wie die Stadtwerke am Dienstag mitteilten.",
        "Die neuen Linien fahren ab dem 1. Juni alle zehn Minuten durch die Innenstadt.");

    Summary s = summarize(article("Ulm stellt neues Busnetz vor", text), 80, 5);

    assertThat(s.text()).doesNotContain("Größte Reform seit 1990").doesNotContain("Fahrpreis bleibt gleich")
        .contains("Der Fahrpreis bleibt bei 2,80 Euro");
    assertThat(s.keyFacts()).extracting(KeyFact::text)
        .noneMatch(f -> f.startsWith("Größte Reform") || f.startsWith("Fahrpreis bleibt gleich"));
  }

  @Test
  void should_summarise_a_text_without_any_sentence_punctuation() {
    String text = String.join("\n\n",
        "Die Stadt Ulm hat am Dienstag ein neues Busnetz mit 14 Linien vorgestellt",
        "Verkehrsdezernentin Lea Hofmann sprach von der größten Reform seit dem Jahr 1990",
        "Der Fahrpreis bleibt bei 2,80 Euro wie die Stadtwerke am Dienstag mitteilten");

    Summary s = summarize(article("Ulm stellt neues Busnetz vor", text), 80, 5);

    assertThat(s.text()).contains("Die Stadt Ulm hat am Dienstag ein neues Busnetz");
  }
}
