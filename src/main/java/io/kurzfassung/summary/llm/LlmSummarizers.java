package io.kurzfassung.summary.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.Json;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the LangChain4j-backed summariser for the configured provider: builds the provider's chat model and wraps
 * it in the validating {@link LlmSummarizer}. Missing keys or regions fail here, as a
 * {@link io.kurzfassung.config.ConfigException}.
 */
public final class LlmSummarizers {

  private LlmSummarizers() {}

  /**
   * The layered summariser of the configured provider: {@link FallbackSummarizer} around {@link RepairingSummarizer}
   * around {@link MapReduceSummarizer} around the one-prompt {@link LlmSummarizer}, whose {@link ModelCall} talks to
   * the provider's chat model.
   *
   * @param apiKey the provider's key as {@link io.kurzfassung.config.Secrets} resolved it; null for Bedrock (IAM)
   *     and keyless servers
   */
  public static Summarizer create(Config config, String apiKey) {
    return create(config, apiKey, null);
  }

  /**
   * As {@link #create(Config, String)}, with a way to read the key again: after a 401 or 403 the key is read once
   * more and, if it changed (rotated after a SnapStart snapshot), the call is made again with it.
   *
   * @param rereadKey reads the key from its source again; null when it cannot change
   */
  public static Summarizer create(Config config, String apiKey, Supplier<String> rereadKey) {
    ChatModels.Built built = ChatModels.create(config, apiKey);
    ModelCall.Rekeying rekeying = rereadKey == null || apiKey == null ? null
        : new ModelCall.Rekeying(rereadKey, key -> ChatModels.create(config, key).model());
    ModelCall call = new ModelCall(built.model(), built.provider().id(), built.modelName(),
        Retries.of(config.llmMaxRetries(), config.llmTimeout()), apiKey, rekeying);
    return layered(call, config.llmFallback(), MapReduceSummarizer.DEFAULT_INPUT_BUDGET);
  }

  /** The decorators around one model call. */
  static Summarizer layered(ModelCall call, Config.Fallback fallback, int inputBudget) {
    LlmSummarizer model = new LlmSummarizer(call);
    return new FallbackSummarizer(new RepairingSummarizer(new MapReduceSummarizer(model, inputBudget), model),
        fallback, new ExtractiveSummarizer());
  }

  /**
   * Runs the whole LLM path once (prompt, model call, parsing, language identification, grounding, validation)
   * against an in-process model that answers with the article's own first sentences: no network, no key. For
   * SnapStart priming, so that a restored function has LangChain4j and data binding loaded.
   */
  public static Summary primeOffline(SummaryRequest request) {
    List<String> sentences = request.article().analysis().sentences();
    ObjectNode answer = Json.mapper().createObjectNode().put("summary", sentences.getFirst());
    ArrayNode facts = answer.putArray("keyFacts");
    for (int i = 0; i < Math.min(3, sentences.size()); i++) {
      facts.addObject().put("text", sentences.get(i)).putArray("sentences").add(i + 1);
    }
    String text = answer.toString();
    ChatModel offline = new ChatModel() {
      @Override
      public ChatResponse doChat(ChatRequest chatRequest) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).tokenUsage(new TokenUsage(0, 0))
            .finishReason(FinishReason.STOP).build();
      }
    };
    ModelCall call = new ModelCall(offline, "priming", "offline", Retries.of(0, Duration.ofSeconds(30)), null);
    return layered(call, Config.Fallback.FAIL, MapReduceSummarizer.DEFAULT_INPUT_BUDGET).summarize(request);
  }
}
