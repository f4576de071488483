package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleAnalysisTest {

  private static final String BODY = "Der Bundestag hat am 4. Februar ein Gesetz beschlossen. Es betrifft 3.000 Firmen."
      + "\n\nDie Opposition um Friedrich Merz kündigte eine Klage an.";

  @Test
  void should_split_and_stem_each_sentence_once_in_order() {
    ArticleAnalysis a = ArticleAnalysis.of("Gesetz beschlossen", BODY, null);
    assertThat(a.sentences()).containsExactly("Der Bundestag hat am 4. Februar ein Gesetz beschlossen.",
        "Es betrifft 3.000 Firmen.", "Die Opposition um Friedrich Merz kündigte eine Klage an.");
    assertThat(a.terms()).hasSameSizeAs(a.sentences());
    assertThat(a.terms().get(1)).containsExactly(GermanTerms.stem("betrifft"), "3", "000", GermanTerms.stem("firmen"));
    assertThat(a.titleTerms()).containsExactly(GermanTerms.stem("gesetz"), GermanTerms.stem("beschlossen"));
  }

  @Test
  void should_take_the_declared_language_but_remember_the_detected_one() {
    ArticleAnalysis declared = ArticleAnalysis.of("Titel", BODY, "en");
    assertThat(declared.language()).isEqualTo("en");
    assertThat(declared.detectedLanguage()).isEqualTo("de");
    assertThat(declared.readsGerman()).isTrue();

    ArticleAnalysis english = ArticleAnalysis.of("Title", "The parliament passed a new law on Monday. It affects "
        + "three thousand companies across the whole country, the government said in a statement.", null);
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.readsGerman()).isFalse();
  }

  @Test
  void should_hold_the_numbers_months_and_words_that_claims_are_grounded_against() {
    ArticleAnalysis a = ArticleAnalysis.of("Gesetz", BODY, null);
    assertThat(a.facts().numbers()).contains("4", "3000");
    assertThat(a.facts().months()).containsExactly(2);
    assertThat(a.facts().words()).contains("merz", "opposition");
    assertThat(Grounding.ungrounded("Friedrich Merz klagt gegen das Gesetz vom 4. Februar.", a)).isEmpty();
    assertThat(Grounding.ungrounded("Olaf Scholz klagt gegen das Gesetz vom 5. März.", a))
        .containsExactly("5", "Olaf Scholz", "März");
  }

  @Test
  void should_ask_for_three_facts_unless_the_budget_or_the_article_has_fewer() {
    ArticleAnalysis a = ArticleAnalysis.of("Gesetz", BODY, null);
    assertThat(a.minimumFacts(5)).isEqualTo(3);
    assertThat(a.minimumFacts(2)).isEqualTo(2);
    assertThat(ArticleAnalysis.minimumFacts(5, 1)).isEqualTo(1);
    assertThat(ArticleAnalysis.minimumFacts(5, 0)).isEqualTo(1);
  }
}
