package io.kurzfassung.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.junit.jupiter.api.Test;

class GermanTermsTest {

  @Test
  void should_use_exactly_lucenes_german_stopwords() {
    CharArraySet lucene = GermanAnalyzer.getDefaultStopSet();
    var ours = GermanTerms.loadSnowballWordList("/org/apache/lucene/analysis/snowball/german_stop.txt");

    assertThat(ours).hasSize(lucene.size()).allSatisfy(word -> assertThat(lucene.contains(word)).as(word).isTrue());
    assertThat(GermanTerms.isStopword("und")).isTrue();
    assertThat(GermanTerms.isStopword("olympia")).isFalse();
  }

  @Test
  void should_stem_content_words_and_drop_stopwords() {
    assertThat(GermanTerms.terms("Die Winterspiele und die Winterspielen in Peking"))
        .containsExactly(GermanTerms.stem("winterspiele"), GermanTerms.stem("winterspiele"), "peking");
  }
}
