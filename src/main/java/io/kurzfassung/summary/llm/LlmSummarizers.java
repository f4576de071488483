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
import java.time.Duration;
import java.util.List;

/**
 * Builds the LangChain4j-backed summariser for the configured provider: resolves the API key (also from Secrets
 * Manager or SSM Parameter Store), builds the provider's chat model, and wraps it in the validating
 * {@link LlmSummarizer}. Missing keys or regions fail here, as {@link io.kurzfassung.summary.ModelAuthenticationException}.
 */
public final class LlmSummarizers {

  private LlmSummarizers() {}

  public static Summarizer create(Config config) {
    String apiKey = config.llmProvider().equals("bedrock") ? null : ApiKeys.standard().resolve(config);
    ChatModels.Built built = ChatModels.create(config, apiKey, null);
    return new LlmSummarizer(built.model(), built.plain(), built.provider(), built.modelName(),
        Retries.of(config.llmMaxRetries(), config.llmTimeout()), config.llmFallback(), apiKey,
        LlmSummarizer.DEFAULT_INPUT_BUDGET);
  }

  /**
   * Runs the whole LLM path once (prompt, AI service, parsing, language identification, grounding, validation)
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
    return new LlmSummarizer(offline, "priming", "offline", Retries.of(0, Duration.ofSeconds(30)),
        Config.Fallback.FAIL, null, LlmSummarizer.DEFAULT_INPUT_BUDGET).summarize(request);
  }
}
