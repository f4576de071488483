package io.kurzfassung.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class LlmSummarizersTest {

  @Test
  void should_run_the_validated_llm_path_offline_for_priming() {
    Article article = Samples.article();

    Summary summary = LlmSummarizers.primeOffline(Samples.request(article));

    assertThat(summary.model().provider()).isEqualTo("priming");
    assertThat(summary.model().fallbackReason()).isNull();
    assertThat(summary.keyFacts()).hasSize(3);
    assertThat(summary.keyFacts().get(0).evidence()).containsExactly(SentenceSplitter.split(article.text()).get(0));
  }
}
