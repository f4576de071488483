package io.kurzfassung.summary.llm;

import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One repair round: a rejected answer is sent back to the model with what failed ({@link Prompts#repair}). A second
 * rejection, or throttling, a timeout or an outage during the round, is a {@link RejectedAnswerException} for the
 * {@link FallbackSummarizer} to decide; a rejected key is not.
 */
public final class RepairingSummarizer implements Summarizer {

  private static final Logger LOG = LoggerFactory.getLogger(RepairingSummarizer.class);

  private final Summarizer inner;
  private final LlmSummarizer model;

  /**
   * @param inner the summariser whose rejected answers are repaired
   * @param model asks the repair prompt and checks the repaired answer
   */
  public RepairingSummarizer(Summarizer inner, LlmSummarizer model) {
    this.inner = Objects.requireNonNull(inner, "inner == null");
    this.model = Objects.requireNonNull(model, "model == null");
  }

  @Override
  public ModelInfo model() {
    return inner.model();
  }

  @Override
  public Summary summarize(SummaryRequest request) {
    try {
      return inner.summarize(request);
    } catch (RejectedAnswerException first) {
      if (!first.repairable()) {
        throw first;
      }
      // How many problems, not which: a problem may quote the answer, and logs never hold it.
      LOG.warn("{} answer for article {} rejected ({} problems), repairing", model().provider(),
          request.article().id(), first.problems().size());
      request.use().repairing();
      return repair(request, first);
    }
  }

  private Summary repair(SummaryRequest request, RejectedAnswerException first) {
    String prompt = Prompts.repair(first.prompt(), first.answer(), first.problems());
    try {
      return model.answer(request, prompt, first.usage());
    } catch (RejectedAnswerException second) {
      throw afterRepair(second.problems(), second);
    } catch (ModelException e) {
      if (e instanceof ModelAuthenticationException || e instanceof InvalidModelOutputException) {
        throw e;
      }
      List<String> problems = new ArrayList<>(first.problems());
      problems.add("Die Reparaturrunde scheiterte: " + e.getMessage());
      throw afterRepair(problems, first);
    }
  }

  private static RejectedAnswerException afterRepair(List<String> problems, RejectedAnswerException last) {
    return new RejectedAnswerException("rejected after a repair round: " + String.join(" ", problems), null, null,
        problems, last.usage());
  }
}
