package io.kurzfassung.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.config.Config;
import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.Usage;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What LLM_FALLBACK does with a rejected answer, and what it lets through. */
class FallbackSummarizerTest {

  static final ModelInfo MODEL = new ModelInfo("openai", "gpt-test", Prompts.VERSION);

  /** A summariser that always fails the same way. */
  static Summarizer failing(RuntimeException failure) {
    return new Summarizer() {
      @Override
      public Summary summarize(SummaryRequest request) {
        throw failure;
      }

      @Override
      public ModelInfo model() {
        return MODEL;
      }
    };
  }

  static final RejectedAnswerException REJECTED = new RejectedAnswerException("rejected after a repair round: kaputt",
      null, null, List.of("kaputt"), new Usage(300, 40));

  @Test
  void should_stand_in_with_the_extractive_summary_marked_with_the_reason_and_the_usage_spent() {
    Summarizer summarizer = new FallbackSummarizer(failing(REJECTED), Config.Fallback.EXTRACTIVE,
        new ExtractiveSummarizer());

    Summary summary = summarizer.summarize(Samples.request(Samples.article()));

    assertThat(summary.model().provider()).isEqualTo("extractive");
    assertThat(summary.model().fallbackReason())
        .isEqualTo("answer of openai gpt-test rejected after a repair round: kaputt");
    assertThat(summary.usage()).isEqualTo(new Usage(300, 40));
    assertThat(summarizer.model()).isEqualTo(MODEL);
  }

  @Test
  void should_fail_with_the_reason_when_the_fallback_is_fail() {
    Summarizer summarizer = new FallbackSummarizer(failing(REJECTED), Config.Fallback.FAIL,
        new ExtractiveSummarizer());

    assertThatThrownBy(() -> summarizer.summarize(Samples.request(Samples.article())))
        .isInstanceOf(InvalidModelOutputException.class)
        .hasMessage("answer of openai gpt-test rejected after a repair round: kaputt");
  }

  @Test
  void should_let_failures_that_are_not_answers_through() {
    ModelTimeoutException timeout = new ModelTimeoutException("too slow");
    Summarizer summarizer = new FallbackSummarizer(failing(timeout), Config.Fallback.EXTRACTIVE,
        new ExtractiveSummarizer());

    assertThatThrownBy(() -> summarizer.summarize(Samples.request(Samples.article()))).isSameAs(timeout);
  }
}
