package io.kurzfassung.summary.llm;

import static dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.output.ServiceOutputParser;
import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Usage;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One model call: the versioned German system prompt and a prompt in; the raw answer text, its token usage and
 * finish reason out. The answer is asked for as JSON in the shape of {@link SummaryDraft}: with the provider's native
 * JSON-schema response format where the model has it, else with format instructions appended to the prompt. A
 * provider that rejects the JSON-schema setting is asked again, and from then on, with format instructions.
 * Retries and time are {@link Retries}'; failures surface as typed {@link ModelException}s.
 */
public final class ModelCall {

  /** The raw answer to one prompt. */
  public record Answer(String text, Usage usage, FinishReason finishReason) {}

  private static final Logger LOG = LoggerFactory.getLogger(ModelCall.class);
  private static final ServiceOutputParser OUTPUT = new ServiceOutputParser();
  private static final ResponseFormat DRAFT_SCHEMA = ResponseFormat.builder()
      .type(ResponseFormatType.JSON)
      .jsonSchema(OUTPUT.jsonSchema(SummaryDraft.class).orElseThrow())
      .build();
  /** What LangChain4j appends to a prompt for a model without native structured output. */
  private static final String FORMAT_INSTRUCTIONS = OUTPUT.outputFormatInstructions(SummaryDraft.class);
  private static final SystemMessage SYSTEM = SystemMessage.from(Prompts.system());

  /** What a provider's 400 says when it does not support the native structured-output setting. */
  private static final Pattern STRUCTURED_OUTPUT_REJECTED = Pattern.compile(
      "response_format|json_schema|outputConfig|textFormat|structured output|responseSchema|\\bformat\\b",
      Pattern.CASE_INSENSITIVE);

  private final ChatModel model;
  private final ModelInfo info;
  private final Retries retries;
  private final String secret;
  /** Native structured output, until the provider rejects it once. */
  private volatile boolean structured;

  /**
   * @param secret the API key, only to keep it out of error messages (may be null)
   */
  public ModelCall(ChatModel model, String provider, String modelName, Retries retries, String secret) {
    this.model = Objects.requireNonNull(model, "model == null");
    this.info = new ModelInfo(provider, modelName, Prompts.VERSION);
    this.retries = Objects.requireNonNull(retries, "retries == null");
    this.secret = secret;
    this.structured = model.supportedCapabilities().contains(RESPONSE_FORMAT_JSON_SCHEMA);
  }

  /** The provider, model and prompt version of the answers. */
  public ModelInfo model() {
    return info;
  }

  /** The answer to one prompt, with retries, by the deadline (null: only the attempt timeout). */
  public Answer ask(String prompt, Instant deadline) {
    boolean nativeFormat = structured;
    try {
      return ask(prompt, nativeFormat, deadline);
    } catch (ModelException e) {
      // Only a plain rejection of the request (HTTP 400, not auth, throttling or an outage) that names the setting.
      boolean rejectedSetting = e.getClass() == ModelException.class
          && STRUCTURED_OUTPUT_REJECTED.matcher(String.valueOf(e.getMessage())).find();
      if (!nativeFormat || !rejectedSetting) {
        throw e;
      }
      LOG.warn("{} {} rejected native structured output, using format instructions from now on: {}",
          info.provider(), info.name(), e.getMessage());
      structured = false;
      return ask(prompt, false, deadline);
    }
  }

  private Answer ask(String prompt, boolean nativeFormat, Instant deadline) {
    ChatRequest.Builder request = ChatRequest.builder();
    if (nativeFormat) {
      request.messages(SYSTEM, UserMessage.from(prompt)).responseFormat(DRAFT_SCHEMA);
    } else {
      request.messages(SYSTEM, UserMessage.from(prompt + FORMAT_INSTRUCTIONS));
    }
    ChatRequest chat = request.build();
    return retries.run(() -> {
      ChatResponse response = model.chat(chat);
      TokenUsage tokens = response.tokenUsage();
      Usage usage = tokens == null ? Usage.UNKNOWN : new Usage(tokens.inputTokenCount(), tokens.outputTokenCount());
      String text = response.aiMessage() == null ? null : response.aiMessage().text();
      return new Answer(text, usage, response.finishReason());
    }, deadline, info.provider(), secret);
  }
}
