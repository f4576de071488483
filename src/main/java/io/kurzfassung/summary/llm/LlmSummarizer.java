package io.kurzfassung.summary.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.AiServices;
import io.kurzfassung.article.Article;
import io.kurzfassung.article.UnsupportedLanguageException;
import io.kurzfassung.config.Config;
import io.kurzfassung.summary.InvalidModelOutputException;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.SummaryValidator;
import io.kurzfassung.summary.Usage;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarises with a language model through the {@link SummaryAssistant} AI service: the article's sentences are
 * numbered, the answer's facts cite them, and every answer is validated ({@link SummaryValidator}). A rejected
 * answer gets one repair round that tells the model what failed; after that {@code LLM_FALLBACK} decides: the
 * extractive summary marked with a {@code fallbackReason}, or {@link InvalidModelOutputException}. Throttling,
 * timeouts, outages and authentication failures are not answers: they surface as typed {@link ModelException}s.
 * Articles over the input budget are summarised map-reduce, parts in parallel on virtual threads.
 */
public final class LlmSummarizer implements Summarizer {

  /**
   * Room kept before the caller's deadline (which already leaves time to store the result) to validate the answer
   * and, if need be, fall back.
   */
  static final Duration FINISH_RESERVE = Duration.ofSeconds(1);
  /** Article tokens sent in one call; longer articles are split. */
  static final int DEFAULT_INPUT_BUDGET = 12_000;
  static final int MAX_PARALLEL_PARTS = 4;

  private static final Logger LOG = LoggerFactory.getLogger(LlmSummarizer.class);

  /** The AI service and the model it talks to, whose last raw answer it keeps. */
  private record Assistant(CapturingChatModel model, SummaryAssistant service) {
    static Assistant over(ChatModel model) {
      CapturingChatModel capturing = new CapturingChatModel(model);
      return new Assistant(capturing, AiServices.builder(SummaryAssistant.class).chatModel(capturing).build());
    }
  }

  /** What a provider's 400 says when it does not support the native structured-output setting. */
  private static final Pattern STRUCTURED_OUTPUT_REJECTED = Pattern.compile(
      "response_format|json_schema|outputConfig|textFormat|structured output|responseSchema|\\bformat\\b",
      Pattern.CASE_INSENSITIVE);

  private volatile Assistant assistant;
  private final Assistant plain;
  private final ModelInfo info;
  private final Retries retries;
  private final Config.Fallback fallback;
  private final String secret;
  private final int inputBudget;
  private final SummaryValidator validator = new SummaryValidator();
  private final Summarizer extractive = new ExtractiveSummarizer();

  /**
   * @param secret the API key, only to keep it out of error messages (may be null)
   * @param inputBudget article tokens per call before map-reduce sets in
   */
  LlmSummarizer(ChatModel model, String provider, String modelName, Retries retries, Config.Fallback fallback,
      String secret, int inputBudget) {
    this(model, null, provider, modelName, retries, fallback, secret, inputBudget);
  }

  /**
   * @param plain the same model without native structured output, used from the first time the provider rejects the
   *     JSON-schema setting (an OpenAI-compatible server or a Bedrock model without it); null: no such fallback
   */
  LlmSummarizer(ChatModel model, ChatModel plain, String provider, String modelName, Retries retries,
      Config.Fallback fallback, String secret, int inputBudget) {
    this.assistant = Assistant.over(Objects.requireNonNull(model, "model == null"));
    this.plain = plain == null ? null : Assistant.over(plain);
    this.info = new ModelInfo(provider, modelName, Prompts.VERSION);
    this.retries = Objects.requireNonNull(retries, "retries == null");
    this.fallback = Objects.requireNonNull(fallback, "fallback == null");
    this.secret = secret;
    this.inputBudget = inputBudget;
  }

  /** The model's answer to one prompt, parsed or not. */
  private record Answer(SummaryDraft draft, String raw, FinishReason finish, String parseError) {}

  /** The outcome of checking an answer: the summary, or what is wrong with it. */
  private record Checked(Summary summary, List<String> problems) {}

  @Override
  public ModelInfo model() {
    return info;
  }

  @Override
  public Summary summarize(SummaryRequest request) {
    Instant deadline = request.deadline() == null ? null : request.deadline().minus(FINISH_RESERVE);
    Article article = request.article();
    List<String> sentences = article.analysis().sentences();
    String language = article.analysis().language();
    AtomicReference<Usage> usage = new AtomicReference<>(Usage.UNKNOWN);

    String rejected;
    try {
      String prompt = Chunks.estimateTokens(article.text()) > inputBudget
          ? reducePrompt(request, sentences, language, deadline, usage)
          : Prompts.article(article.title(), sentences, 1, language, request.maxWords(), request.maxFacts());
      Answer answer = ask(prompt, deadline, usage);
      Checked checked = check(answer, request, sentences, usage.get());
      if (checked.problems().isEmpty()) {
        return checked.summary();
      }
      LOG.warn("{} answer for article {} rejected, repairing: {}", info.provider(), article.id(), checked.problems());
      Checked second = repairRound(prompt, answer, checked, request, sentences, deadline, usage);
      if (second.problems().isEmpty()) {
        return second.summary();
      }
      rejected = "rejected after a repair round: " + String.join(" ", second.problems());
    } catch (InvalidModelOutputException e) {
      rejected = e.getMessage();
    }
    // Outside the try: with LLM_FALLBACK=fail, fallback() throws the final InvalidModelOutputException itself.
    return fallback(request, rejected, usage.get());
  }

  /**
   * The repair round. Throttling, a timeout or an outage during it count as a failed repair, so that
   * {@code LLM_FALLBACK} decides as after any rejected answer; a rejected key does not.
   */
  private Checked repairRound(String prompt, Answer answer, Checked checked, SummaryRequest request,
      List<String> sentences, Instant deadline, AtomicReference<Usage> usage) {
    try {
      Answer repaired = ask(Prompts.repair(prompt, answer.raw(), checked.problems()), deadline, usage);
      return check(repaired, request, sentences, usage.get());
    } catch (ModelException e) {
      if (e instanceof ModelAuthenticationException || e instanceof InvalidModelOutputException) {
        throw e;
      }
      List<String> problems = new ArrayList<>(checked.problems());
      problems.add("Die Reparaturrunde scheiterte: " + e.getMessage());
      return new Checked(null, problems);
    }
  }

  /** What {@code LLM_FALLBACK} says to do with a rejected answer. */
  private Summary fallback(SummaryRequest request, String why, Usage usage) {
    String reason = "answer of " + info.provider() + " " + info.name() + " " + why;
    if (fallback == Config.Fallback.FAIL) {
      throw new InvalidModelOutputException(reason);
    }
    LOG.warn("{}; falling back to the extractive summary", reason);
    Summary stand;
    try {
      stand = extractive.summarize(request);
    } catch (UnsupportedLanguageException e) {
      throw new InvalidModelOutputException(reason + "; no German fallback for an article in " + e.language());
    }
    return new Summary(stand.text(), stand.keyFacts(), stand.model().withFallbackReason(reason), usage);
  }

  /** Map: each part summarised on its own virtual thread (bounded); reduce: the prompt that merges them. */
  private String reducePrompt(SummaryRequest request, List<String> sentences, String language, Instant deadline,
      AtomicReference<Usage> usage) {
    Article article = request.article();
    List<Chunks.Chunk> chunks = Chunks.split(article.text(), sentences, inputBudget);
    Semaphore permits = new Semaphore(MAX_PARALLEL_PARTS);
    java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
    List<Future<Answer>> futures = new ArrayList<>();
    try (ExecutorService parts = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < chunks.size(); i++) {
        Chunks.Chunk chunk = chunks.get(i);
        String prompt = Prompts.chunk(article.title(), chunk.sentences(), chunk.first(), i + 1, chunks.size(),
            language, request.maxWords(), request.maxFacts());
        futures.add(parts.submit(() -> {
          permits.acquire();
          try {
            if (failed.get()) {
              throw new java.util.concurrent.CancellationException("another part failed");
            }
            return ask(prompt, deadline, usage);
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
        for (Future<Answer> future : futures) {
          Answer answer = future.get();
          if (answer.draft() != null && answer.finish() != FinishReason.LENGTH) {
            drafts.add(answer.draft());
          }
        }
      } catch (ExecutionException | InterruptedException e) {
        // Before the executor's close() waits for them: parts still waiting for a permit would call the
        // provider (paid, maybe throttled) for an answer that can no longer be used.
        parts.shutdownNow();
        throw e;
      }
      if (drafts.isEmpty()) {
        throw new InvalidModelOutputException("answered no part of the long article usably");
      }
      return Prompts.reduce(article.title(), drafts, request.maxWords(), request.maxFacts());
    } catch (ExecutionException e) {
      throw ModelErrors.map(e.getCause(), info.provider(), secret);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelTimeoutException("interrupted while summarising the parts", e);
    }
  }

  /**
   * One prompt through the AI service, with retries; the raw answer is kept for robust parsing and repair. A provider
   * that rejects native structured output is asked again, and from then on, with format instructions instead.
   */
  private Answer ask(String prompt, Instant deadline, AtomicReference<Usage> usage) {
    Assistant current = assistant;
    try {
      return ask(current, prompt, deadline, usage);
    } catch (ModelException e) {
      // Only a plain rejection of the request (HTTP 400, not auth, throttling or an outage) that names the setting.
      boolean rejectedSetting = e.getClass() == ModelException.class
          && STRUCTURED_OUTPUT_REJECTED.matcher(String.valueOf(e.getMessage())).find();
      if (plain == null || current == plain || !rejectedSetting) {
        throw e;
      }
      LOG.warn("{} {} rejected native structured output, using format instructions from now on: {}",
          info.provider(), info.name(), e.getMessage());
      assistant = plain;
      return ask(plain, prompt, deadline, usage);
    }
  }

  private Answer ask(Assistant assistant, String prompt, Instant deadline, AtomicReference<Usage> usage) {
    CapturingChatModel model = assistant.model();
    // Each attempt runs on its own thread (Retries), so the captured answer is this attempt's.
    return retries.run(() -> {
      SummaryDraft parsed = null;
      try {
        parsed = assistant.service().summarize(prompt).content();
      } catch (RuntimeException e) {
        if (model.peekLast() == null) {
          throw e; // no answer: the provider failed, and Retries types the failure
        }
        // An answer the AI service could not parse (OutputParsingException): parsed robustly below.
      }
      ChatResponse response = model.takeLast();
      TokenUsage tokens = response.tokenUsage();
      if (tokens != null) {
        usage.accumulateAndGet(new Usage(tokens.inputTokenCount(), tokens.outputTokenCount()), Usage::plus);
      }
      String raw = response.aiMessage() == null ? null : response.aiMessage().text();
      if (parsed != null && !parsed.summary().isBlank()) {
        return new Answer(parsed, raw, response.finishReason(), null);
      }
      try {
        return new Answer(AnswerParser.parse(raw), raw, response.finishReason(), null);
      } catch (InvalidModelOutputException e) {
        return new Answer(null, raw, response.finishReason(), e.getMessage());
      }
    }, deadline, info.provider(), secret);
  }

  private Checked check(Answer answer, SummaryRequest request, List<String> sentences, Usage usage) {
    if (answer.finish() == FinishReason.LENGTH) {
      return new Checked(null, List.of("Die Antwort wurde abgeschnitten, weil sie zu lang war. Antworte kürzer: "
          + "höchstens " + request.maxWords() + " Wörter und " + request.maxFacts() + " knappe Kernfakten."));
    }
    if (answer.draft() == null) {
      return new Checked(null, List.of(answer.parseError() + " Antworte nur mit dem JSON-Objekt in der verlangten Form."));
    }
    List<String> problems = new ArrayList<>();
    List<KeyFact> facts = new ArrayList<>();
    List<SummaryDraft.Fact> drafts = answer.draft().keyFacts();
    for (int i = 0; i < drafts.size(); i++) {
      SummaryDraft.Fact fact = drafts.get(i);
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
    Summary summary = new Summary(answer.draft().summary().strip(), facts, info, usage);
    problems.addAll(validator.problems(summary, request));
    return new Checked(summary, List.copyOf(problems));
  }
}
