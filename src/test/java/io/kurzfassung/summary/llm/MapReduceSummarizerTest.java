package io.kurzfassung.summary.llm;

import static io.kurzfassung.summary.llm.FakeChatModel.answer;
import static io.kurzfassung.summary.llm.FakeChatModel.userText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.Summary;
import org.junit.jupiter.api.Test;

/** Long articles in parts, then one merging prompt; short ones in one prompt. */
class MapReduceSummarizerTest {

  final FakeChatModel model = new FakeChatModel();
  final LlmSummarizer once = new LlmSummarizer(ModelCallTest.call(model));

  static Article longArticle() {
    StringBuilder text = new StringBuilder("Ein langer Artikel | Politik\n\n");
    for (int p = 1; p <= 8; p++) {
      text.append("Im Abschnitt ").append(p).append(" berieten die Abgeordneten lange über den Haushalt des Bundes.\n\n");
    }
    return Samples.parse(text.toString());
  }

  @Test
  void should_send_a_short_article_in_one_prompt() {
    Article article = Samples.article();
    model.thenAnswer(Samples.good(article));

    Summary summary = new MapReduceSummarizer(once, MapReduceSummarizer.DEFAULT_INPUT_BUDGET)
        .summarize(Samples.request(article));

    assertThat(summary.text()).isEqualTo(Samples.GOOD_SUMMARY);
    assertThat(model.requests).hasSize(1);
    assertThat(userText(model.requests.get(0))).doesNotContain("Teil 1 von");
  }

  @Test
  void should_summarise_the_parts_then_merge_them_in_one_reduce_prompt() {
    Article article = longArticle();
    model.answeringBy(prompt -> prompt.contains("Teil ")
        ? answer("{\"summary\": \"Die Abgeordneten berieten.\", \"keyFacts\": []}")
        : answer("{\"summary\": \"kein gültiger Entwurf\"")); // the reduce answer: rejected, not repaired here

    assertThatThrownBy(() -> new MapReduceSummarizer(once, 40).summarize(Samples.request(article)))
        .isInstanceOfSatisfying(RejectedAnswerException.class, e -> {
          assertThat(e.repairable()).as("the reduce answer can be repaired").isTrue();
          assertThat(e.usage().inputTokens()).isEqualTo(100 * model.requests.size());
        });
    long parts = model.requests.stream().filter(r -> userText(r).contains("Teil 1 von")).count();
    assertThat(parts).isEqualTo(1);
    assertThat(model.requests.size()).isGreaterThan(2);
    assertThat(userText(model.requests.getLast())).doesNotContain("Teil 1 von").contains("Die Abgeordneten berieten.");
  }

  @Test
  void should_reject_when_no_part_is_answered_usably() {
    model.answeringBy(prompt -> answer("Das kann ich nicht."));

    assertThatThrownBy(() -> new MapReduceSummarizer(once, 40).summarize(Samples.request(longArticle())))
        .isInstanceOfSatisfying(RejectedAnswerException.class, e -> assertThat(e.repairable()).isFalse())
        .hasMessage("answered no part of the long article usably");
  }
}
