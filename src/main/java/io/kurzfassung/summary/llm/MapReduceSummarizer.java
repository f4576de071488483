package io.kurzfassung.summary.llm;

import io.kurzfassung.article.Article;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Articles over the input budget, map-reduce: each part summarised on its own virtual thread (at most
 * {@value #MAX_PARALLEL_PARTS} at once), then one prompt that merges the parts' drafts into the summary. Shorter
 * articles go to the model in one prompt.
 */
public final class MapReduceSummarizer implements Summarizer {

  /** Article tokens sent in one call; longer articles are split. */
  public static final int DEFAULT_INPUT_BUDGET = 12_000;
  static final int MAX_PARALLEL_PARTS = 4;

  private final LlmSummarizer model;
  private final int inputBudget;

  /**
   * @param inputBudget article tokens per call before map-reduce sets in
   */
  public MapReduceSummarizer(LlmSummarizer model, int inputBudget) {
    this.model = Objects.requireNonNull(model, "model == null");
    this.inputBudget = inputBudget;
  }

  @Override
  public ModelInfo model() {
    return model.model();
  }

  @Override
  public Summary summarize(SummaryRequest request) {
    if (Chunks.estimateTokens(request.article().text()) <= inputBudget) {
      return model.summarize(request);
    }
    AtomicReference<Usage> usage = new AtomicReference<>(Usage.UNKNOWN);
    List<SummaryDraft> drafts = map(request, usage);
    if (drafts.isEmpty()) {
      throw new RejectedAnswerException("answered no part of the long article usably", null, null,
          List.of("Keiner der Teile wurde brauchbar beantwortet."), usage.get());
    }
    String reduce = Prompts.reduce(request.article().title(), drafts, request.maxWords(), request.maxFacts());
    return model.answer(request, reduce, usage.get());
  }

  /** The usable drafts of the parts, in order; the first failed part fails the article, unasked parts are dropped. */
  private List<SummaryDraft> map(SummaryRequest request, AtomicReference<Usage> usage) {
    Article article = request.article();
    List<String> sentences = article.analysis().sentences();
    String language = LlmSummarizer.language(article);
    Instant deadline = LlmSummarizer.deadline(request);
    List<Chunks.Chunk> chunks = Chunks.split(article.text(), sentences, inputBudget);
    Semaphore permits = new Semaphore(MAX_PARALLEL_PARTS);
    AtomicBoolean failed = new AtomicBoolean();
    List<Future<LlmSummarizer.Drafted>> futures = new ArrayList<>();
    try (ExecutorService parts = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < chunks.size(); i++) {
        Chunks.Chunk chunk = chunks.get(i);
        String prompt = Prompts.chunk(article.title(), chunk.sentences(), chunk.first(), i + 1, chunks.size(),
            language, request.maxWords(), request.maxFacts());
        futures.add(parts.submit(() -> {
          permits.acquire();
          try {
            if (failed.get()) {
              throw new CancellationException("another part failed");
            }
            LlmSummarizer.Drafted drafted = model.draft(prompt, deadline, request.use());
            usage.accumulateAndGet(drafted.answer().usage(), Usage::plus);
            return drafted;
          } catch (RuntimeException e) {
            failed.set(true); // before the permit goes to a waiting part
            throw e;
          } finally {
            permits.release();
          }
        }));
      }
      List<SummaryDraft> drafts = new ArrayList<>();
      try {
        for (Future<LlmSummarizer.Drafted> future : futures) {
          LlmSummarizer.Drafted drafted = future.get();
          if (drafted.usable()) {
            drafts.add(drafted.draft());
          }
        }
      } catch (ExecutionException | InterruptedException e) {
        // Before the executor's close() waits for them: parts still waiting for a permit would call the
        // provider (paid, maybe throttled) for an answer that can no longer be used.
        parts.shutdownNow();
        throw e;
      }
      return drafts;
    } catch (ExecutionException e) {
      throw ModelErrors.map(e.getCause(), model().provider(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelTimeoutException("interrupted while summarising the parts", e);
    }
  }
}
