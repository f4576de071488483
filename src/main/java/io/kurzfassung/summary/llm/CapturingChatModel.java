package io.kurzfassung.summary.llm;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;

/**
 * Passes requests to the provider's model and keeps the last raw response of the calling thread, so that an answer
 * the AI service could not parse can still be parsed robustly, repaired, and its token usage counted.
 */
final class CapturingChatModel implements ChatModel {

  private final ChatModel delegate;
  private final ThreadLocal<ChatResponse> last = new ThreadLocal<>();

  CapturingChatModel(ChatModel delegate) {
    this.delegate = delegate;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    last.remove();
    ChatResponse response = delegate.chat(request);
    last.set(response);
    return response;
  }

  /** The last response on this thread, then forgotten; null when the call failed before an answer. */
  ChatResponse takeLast() {
    ChatResponse response = last.get();
    last.remove();
    return response;
  }

  /** The last response on this thread, kept. */
  ChatResponse peekLast() {
    return last.get();
  }

  @Override
  public ChatRequestParameters defaultRequestParameters() {
    return delegate.defaultRequestParameters();
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return delegate.supportedCapabilities();
  }

  @Override
  public ModelProvider provider() {
    return delegate.provider();
  }
}
