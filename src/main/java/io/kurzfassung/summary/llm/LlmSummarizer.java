package io.kurzfassung.summary.llm;

import dev.langchain4j.model.output.FinishReason;
import io.kurzfassung.article.Article;
import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.ModelUse;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.SummaryValidator;
import io.kurzfassung.summary.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Summarises with one prompt: the article's sentences are numbered, the model's answer ({@link ModelCall}) is parsed
 * ({@link AnswerParser}), its facts' citations become evidence, and the summary is validated
 * ({@link SummaryValidator}). An answer that fails any of this is a {@link RejectedAnswerException}; repair,
 * map-reduce and the fallback are the decorators {@link LlmSummarizers#create} puts around it.
 */
public final class LlmSummarizer implements Summarizer {

  /**
   * Room kept before the caller's deadline (which already leaves time to store the result) to validate the answer
   * and, if need be, fall back.
   */
  static final Duration FINISH_RESERVE = Duration.ofSeconds(1);

  private final ModelCall call;
  private final SummaryValidator validator = new SummaryValidator();

  public LlmSummarizer(ModelCall call) {
    this.call = Objects.requireNonNull(call, "call == null");
  }

  /** A parsed answer to a prompt that asks for a draft, or what kept it from parsing. */
  record Drafted(SummaryDraft draft, ModelCall.Answer answer, String parseError) {
    boolean usable() {
      return draft != null && answer.finishReason() != FinishReason.LENGTH;
    }
  }

  @Override
  public ModelInfo model() {
    return call.model();
  }

  @Override
  public Summary summarize(SummaryRequest request) {
    Article article = request.article();
    List<String> sentences = article.analysis().sentences();
    String prompt = Prompts.article(article.title(), sentences, 1, article.analysis().language(), request.maxWords(),
        request.maxFacts());
    return answer(request, sentences, prompt, Usage.UNKNOWN);
  }

  /**
   * The summary from the model's answer to a prompt about the request's article.
   *
   * @param before tokens already spent on this article, added to this call's
   * @throws RejectedAnswerException when the answer cannot be used
   */
  Summary answer(SummaryRequest request, String prompt, Usage before) {
    return answer(request, request.article().analysis().sentences(), prompt, before);
  }

  private Summary answer(SummaryRequest request, List<String> sentences, String prompt, Usage before) {
    Drafted drafted = draft(prompt, deadline(request), request.use());
    Usage usage = before.plus(drafted.answer().usage());
    List<String> problems = new ArrayList<>();
    Summary summary = null;
    if (drafted.answer().finishReason() == FinishReason.LENGTH) {
      problems.add("Die Antwort wurde abgeschnitten, weil sie zu lang war. Antworte kürzer: höchstens "
          + request.maxWords() + " Wörter und " + request.maxFacts() + " knappe Kernfakten.");
    } else if (drafted.draft() == null) {
      problems.add(drafted.parseError() + " Antworte nur mit dem JSON-Objekt in der verlangten Form.");
    } else {
      summary = summary(drafted.draft(), sentences, usage, problems);
      problems.addAll(validator.problems(summary, request));
    }
    if (problems.isEmpty()) {
      return summary;
    }
    throw new RejectedAnswerException("rejected: " + String.join(" ", problems), prompt, drafted.answer().text(),
        problems, usage);
  }

  /** One call and its parsed draft, not validated: a part of a long article, or a whole one. */
  Drafted draft(String prompt, Instant deadline, ModelUse use) {
    ModelCall.Answer answer = call.ask(prompt, deadline, use);
    try {
      return new Drafted(AnswerParser.parse(answer.text()), answer, null);
    } catch (InvalidModelOutputException e) {
      return new Drafted(null, answer, e.getMessage());
    }
  }

  /** The cited sentences become each fact's evidence; numbers outside the article are problems. */
  private Summary summary(SummaryDraft draft, List<String> sentences, Usage usage, List<String> problems) {
    List<KeyFact> facts = new ArrayList<>();
    for (int i = 0; i < draft.keyFacts().size(); i++) {
      SummaryDraft.Fact fact = draft.keyFacts().get(i);
      Set<String> evidence = new LinkedHashSet<>();
      List<Integer> unknown = new ArrayList<>();
      for (int n : fact.sentences()) {
        if (n >= 1 && n <= sentences.size()) {
          evidence.add(sentences.get(n - 1));
        } else {
          unknown.add(n);
        }
      }
      if (!unknown.isEmpty()) {
        problems.add("Kernfakt " + (i + 1) + " nennt Satznummern, die es nicht gibt: " + unknown
            + " (erlaubt sind 1 bis " + sentences.size() + ").");
      }
      facts.add(new KeyFact(fact.text().strip(), List.copyOf(evidence)));
    }
    return new Summary(draft.summary().strip(), facts, model(), usage);
  }

  /** The language the prompt names: the article's own, else detected. */
  static String language(Article article) {
    return article.analysis().language();
  }

  /** The model's deadline: the caller's, less the time to validate and fall back; null when there is none. */
  static Instant deadline(SummaryRequest request) {
    return request.deadline() == null ? null : request.deadline().minus(FINISH_RESERVE);
  }
}
