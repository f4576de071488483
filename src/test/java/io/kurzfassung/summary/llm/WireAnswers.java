package io.kurzfassung.summary.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.kurzfassung.config.Config;
import java.util.HashMap;
import java.util.Map;

/** Each provider's answer in its own wire format, and the settings that point kurzfassung at a WireMock server. */
public final class WireAnswers {

  private WireAnswers() {}

  public static WireMockServer start() {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    return server;
  }

  /** Answers in order, one per request to the URL. */
  public static void inOrder(WireMockServer server, UrlPattern url, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      server.stubFor(post(url).inScenario("answers")
          .whenScenarioStateIs(i == 0 ? STARTED : "step" + i)
          .willSetStateTo("step" + (i + 1))
          .willReturn(responses[i]));
    }
  }

  static Config config(String provider, String baseUrl, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("LLM_PROVIDER", provider);
    env.put("LLM_BASE_URL", baseUrl);
    env.put("LLM_TIMEOUT_SECONDS", "5");
    env.put("LLM_MAX_RETRIES", "2");
    env.put("AWS_REGION", "eu-central-1");
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return Config.from(env);
  }

  static String openAi(String content, String finishReason) {
    ObjectNode root = Samples.JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
        .put("created", 1_700_000_000).put("model", "gpt-4o-mini");
    ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason);
    choice.putObject("message").put("role", "assistant").put("content", content);
    root.putObject("usage").put("prompt_tokens", 812).put("completion_tokens", 143).put("total_tokens", 955);
    return root.toString();
  }

  public static String openAi(String content) {
    return openAi(content, "stop");
  }

  static String bedrock(String content) {
    return bedrock(content, "end_turn");
  }

  static String bedrock(String content, String stopReason) {
    ObjectNode root = Samples.JSON.createObjectNode();
    ObjectNode message = root.putObject("output").putObject("message").put("role", "assistant");
    message.putArray("content").addObject().put("text", content);
    root.put("stopReason", stopReason);
    root.putObject("usage").put("inputTokens", 812).put("outputTokens", 143).put("totalTokens", 955);
    root.putObject("metrics").put("latencyMs", 120);
    return root.toString();
  }

  static String anthropic(String content) {
    return anthropic(content, "end_turn");
  }

  static String anthropic(String content, String stopReason) {
    ObjectNode root = Samples.JSON.createObjectNode().put("id", "msg_1").put("type", "message").put("role", "assistant")
        .put("model", "claude-haiku-4-5").put("stop_reason", stopReason);
    root.putArray("content").addObject().put("type", "text").put("text", content);
    root.putObject("usage").put("input_tokens", 812).put("output_tokens", 143);
    return root.toString();
  }

  static String ollama(String content) {
    return ollama(content, "stop");
  }

  static String ollama(String content, String doneReason) {
    ObjectNode root = Samples.JSON.createObjectNode().put("model", "llama3.1").put("created_at", "2026-01-01T00:00:00Z")
        .put("done", true).put("done_reason", doneReason).put("prompt_eval_count", 812).put("eval_count", 143);
    root.putObject("message").put("role", "assistant").put("content", content);
    return root.toString();
  }

  static String gemini(String content) {
    return gemini(content, "STOP");
  }

  static String gemini(String content, String finishReason) {
    ObjectNode root = Samples.JSON.createObjectNode();
    ObjectNode candidate = root.putArray("candidates").addObject().put("finishReason", finishReason);
    candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", content);
    root.putObject("usageMetadata").put("promptTokenCount", 812).put("candidatesTokenCount", 143)
        .put("totalTokenCount", 955);
    return root.toString();
  }
}
