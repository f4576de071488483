package io.kurzfassung.summary.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A chat model for fast tests: canned answers (or a function of the prompt), every request recorded. */
final class FakeChatModel implements ChatModel {

  final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
  private final Deque<ChatResponse> answers = new ArrayDeque<>();
  private Function<String, ChatResponse> byPrompt;
  private Set<Capability> capabilities = Set.of();

  static ChatResponse answer(String text) {
    return answer(text, FinishReason.STOP);
  }

  static ChatResponse answer(String text, FinishReason finish) {
    return ChatResponse.builder().aiMessage(AiMessage.from(text)).tokenUsage(new TokenUsage(100, 20))
        .finishReason(finish).build();
  }

  FakeChatModel thenAnswer(String... texts) {
    for (String t : texts) {
      answers.add(answer(t));
    }
    return this;
  }

  FakeChatModel thenAnswer(ChatResponse response) {
    answers.add(response);
    return this;
  }

  FakeChatModel answeringBy(Function<String, ChatResponse> byUserMessage) {
    this.byPrompt = byUserMessage;
    return this;
  }

  FakeChatModel withCapabilities(Capability... capabilities) {
    this.capabilities = Set.of(capabilities);
    return this;
  }

  @Override
  public synchronized ChatResponse doChat(ChatRequest request) {
    requests.add(request);
    if (byPrompt != null) {
      return byPrompt.apply(userText(request));
    }
    if (answers.isEmpty()) {
      throw new AssertionError("no canned answer left for request " + requests.size());
    }
    return answers.removeFirst();
  }

  @Override
  public Set<Capability> supportedCapabilities() {
    return capabilities;
  }

  static String userText(ChatRequest request) {
    for (ChatMessage m : request.messages()) {
      if (m instanceof UserMessage u) {
        return u.singleText();
      }
    }
    return "";
  }

  static String systemText(ChatRequest request) {
    for (ChatMessage m : request.messages()) {
      if (m instanceof SystemMessage s) {
        return s.text();
      }
    }
    return "";
  }
}
