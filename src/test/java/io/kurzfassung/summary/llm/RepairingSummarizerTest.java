package io.kurzfassung.summary.llm;

import static io.kurzfassung.summary.llm.FakeChatModel.answer;
import static io.kurzfassung.summary.llm.FakeChatModel.userText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.RateLimitException;
import io.kurzfassung.article.Article;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.Summary;
import org.junit.jupiter.api.Test;

/** The repair round around the one-prompt summariser. */
class RepairingSummarizerTest {

  final Article article = Samples.article();
  final FakeChatModel model = new FakeChatModel();
  final LlmSummarizer once = new LlmSummarizer(ModelCallTest.call(model));
  final RepairingSummarizer repairing = new RepairingSummarizer(once, once);

  @Test
  void should_send_the_problems_back_and_return_the_repaired_answer() {
    model.thenAnswer(Samples.english(article), Samples.good(article));

    Summary summary = repairing.summarize(Samples.request(article));

    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(model.requests).hasSize(2);
    assertThat(userText(model.requests.get(1))).contains("nicht auf Deutsch");
    assertThat(summary.usage().inputTokens()).as("both calls counted").isEqualTo(200);
  }

  @Test
  void should_not_repair_a_good_answer() {
    model.thenAnswer(Samples.good(article));

    repairing.summarize(Samples.request(article));

    assertThat(model.requests).hasSize(1);
  }

  @Test
  void should_reject_after_a_second_bad_answer_with_its_problems_and_usage() {
    model.thenAnswer(Samples.english(article), Samples.english(article));

    assertThatThrownBy(() -> repairing.summarize(Samples.request(article)))
        .isInstanceOfSatisfying(RejectedAnswerException.class, e -> {
          assertThat(e).hasMessageStartingWith("rejected after a repair round: ");
          assertThat(e.usage().inputTokens()).isEqualTo(200);
          assertThat(e.repairable()).isFalse();
        });
    assertThat(model.requests).hasSize(2);
  }

  @Test
  void should_count_a_throttled_repair_round_as_a_failed_repair() {
    int[] calls = {0};
    model.answeringBy(prompt -> {
      if (calls[0]++ == 0) {
        return answer(Samples.english(article));
      }
      throw new RateLimitException("429 Too Many Requests");
    });

    assertThatThrownBy(() -> repairing.summarize(Samples.request(article)))
        .isInstanceOf(RejectedAnswerException.class)
        .hasMessageContaining("Die Reparaturrunde scheiterte");
  }

  @Test
  void should_let_a_rejected_key_during_the_repair_round_through() {
    int[] calls = {0};
    model.answeringBy(prompt -> {
      if (calls[0]++ == 0) {
        return answer(Samples.english(article));
      }
      throw new dev.langchain4j.exception.AuthenticationException("401 invalid key");
    });

    assertThatThrownBy(() -> repairing.summarize(Samples.request(article)))
        .isInstanceOf(ModelAuthenticationException.class);
  }
}
