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
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.ModelUse;
import io.kurzfassung.summary.Usage;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One model call: the versioned German system prompt and a prompt in; the raw answer text, its token usage and
 * finish reason out. The answer is asked for as JSON in the shape of {@link SummaryDraft}: with the provider's native
 * JSON-schema response format where the model has it, else with format instructions appended to the prompt. A
 * provider that rejects the JSON-schema setting is asked again, and from then on, with format instructions.
 * Retries and time are {@link Retries}'; failures surface as typed {@link ModelException}s. A provider that refuses
 * the key (401/403) gets one more try with the key read again, when it changed: a key rotated after a SnapStart
 * snapshot is picked up without a new deployment. Every answered and failed call is counted in the request's
 * {@link ModelUse}.
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

  /** How to read the key again and build the model with it; null when the key cannot change. */
  public record Rekeying(Supplier<String> key, Function<String, ChatModel> model) {}

  private volatile ChatModel model;
  private final ModelInfo info;
  private final Retries retries;
  private volatile String secret;
  private final Rekeying rekeying;
  /** Native structured output, until the provider rejects it once. */
  private volatile boolean structured;

  /**
   * @param secret the API key, only to keep it out of error messages (may be null)
   */
  public ModelCall(ChatModel model, String provider, String modelName, Retries retries, String secret) {
    this(model, provider, modelName, retries, secret, null);
  }

  /**
   * @param secret the API key the model was built with, also to keep it out of error messages (may be null)
   * @param rekeying reads the key again after a 401/403; null when there is no key to re-read
   */
  public ModelCall(ChatModel model, String provider, String modelName, Retries retries, String secret,
      Rekeying rekeying) {
    this.rekeying = rekeying;
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
    return ask(prompt, deadline, new ModelUse());
  }

  /** The answer to one prompt, with retries, by the deadline (null: only the attempt timeout), counted in use. */
  public Answer ask(String prompt, Instant deadline, ModelUse use) {
    String used = secret;
    try {
      return askFormatted(prompt, deadline, use);
    } catch (ModelAuthenticationException e) {
      if (!rekeyed(used)) {
        throw e;
      }
      LOG.warn("{} refused the API key; it was read again and has changed, asking once more", info.provider());
      return askFormatted(prompt, deadline, use);
    }
  }

  /**
   * Reads the key again after the provider refused {@code used}; true when the model now has another key (read now,
   * or by a concurrent call that was refused too). A key that cannot be read leaves the refusal as it is.
   */
  private synchronized boolean rekeyed(String used) {
    if (rekeying == null) {
      return false;
    }
    if (!Objects.equals(used, secret)) {
      return true;
    }
    String key;
    try {
      key = rekeying.key().get();
    } catch (RuntimeException e) {
      LOG.warn("{} refused the API key, and reading it again failed: {}", info.provider(), e.getMessage());
      return false;
    }
    if (key == null || key.equals(secret)) {
      return false;
    }
    model = rekeying.model().apply(key);
    secret = key;
    return true;
  }

  private Answer askFormatted(String prompt, Instant deadline, ModelUse use) {
    boolean nativeFormat = structured;
    try {
      return ask(prompt, nativeFormat, deadline, use);
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
      return ask(prompt, false, deadline, use);
    }
  }

  private Answer ask(String prompt, boolean nativeFormat, Instant deadline, ModelUse use) {
    ChatRequest.Builder request = ChatRequest.builder();
    if (nativeFormat) {
      request.messages(SYSTEM, UserMessage.from(prompt)).responseFormat(DRAFT_SCHEMA);
    } else {
      request.messages(SYSTEM, UserMessage.from(prompt + FORMAT_INSTRUCTIONS));
    }
    ChatRequest chat = request.build();
    ChatModel current = model;
    return retries.run(() -> {
      long start = System.nanoTime();
      ChatResponse response = current.chat(chat);
      TokenUsage tokens = response.tokenUsage();
      Usage usage = tokens == null ? Usage.UNKNOWN : new Usage(tokens.inputTokenCount(), tokens.outputTokenCount());
      use.answered((System.nanoTime() - start) / 1_000_000, usage);
      String text = response.aiMessage() == null ? null : response.aiMessage().text();
      return new Answer(text, usage, response.finishReason());
    }, deadline, info.provider(), secret, failure -> use.failed(errorType(failure)));
  }

  /** The metric's name of a failure: RateLimited, Timeout, Unavailable, Authentication; Rejected for a 400. */
  static String errorType(ModelException failure) {
    String name = failure.getClass().getSimpleName();
    if (failure.getClass() == ModelException.class || !name.startsWith("Model") || !name.endsWith("Exception")) {
      return "Rejected";
    }
    return name.substring("Model".length(), name.length() - "Exception".length());
  }
}
