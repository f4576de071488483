package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.config.Config;
import io.kurzfassung.config.Provider;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.llm.LlmSummarizers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before Lambda takes the snapshot, runs the bundled sample article through the API and direct
 * handlers with the offline extractive summariser and a store that keeps nothing, so that parsing, summarising,
 * JSON and the handlers' code are loaded and initialised in the snapshot. With a language model configured, it also
 * runs the LangChain4j path against an in-process model ({@link LlmSummarizers#primeOffline}). No network is used.
 */
final class Priming implements Resource {

  /** A strong reference: CRaC contexts may hold resources weakly. */
  private static Priming registered;

  private final Kurzfassung components;

  Priming(Kurzfassung components) {
    this.components = components;
  }

  static synchronized void register(Kurzfassung components) {
    if (registered == null) {
      registered = new Priming(components);
      Core.getGlobalContext().register(registered);
    }
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: the clients resolve credentials per request.
  }

  /** What a priming run did: the API handler's status, and whether the language-model path ran too. */
  record Primed(int apiStatus, boolean languageModel) {}

  /** Runs the sample through the handlers offline. */
  Primed prime() {
    Config extractive = components.config().withModel(Provider.EXTRACTIVE, null);
    Kurzfassung primed = components.withService(Kurzfassung.service(extractive, SummaryStore.NONE));
    byte[] article = sample();
    // A 30-second budget and a logger that keeps nothing.
    var context = new LocalContext("priming", "priming", Duration.ofSeconds(30), 1024, message -> {});

    var api = new ApiGatewayHandler(primed);
    int status = api.handleRequest(new APIGatewayProxyRequestEvent()
        .withHttpMethod("POST").withPath("/summaries").withResource("/summaries")
        .withHeaders(Map.of("Content-Type", "text/plain; charset=utf-8"))
        .withBody(new String(article, StandardCharsets.UTF_8)), context).getStatusCode();
    api.handleRequest(new APIGatewayProxyRequestEvent()
        .withHttpMethod("POST").withPath("/summaries").withResource("/summaries")
        .withHeaders(Map.of("Content-Type", "application/json")).withBody("{\"title\":"), context);
    try {
      var json = io.kurzfassung.document.Json.mapper().createObjectNode()
          .put("title", "Priming").put("text", new String(article, StandardCharsets.UTF_8));
      new DirectInvokeHandler(primed).handleRequest(
          new ByteArrayInputStream(io.kurzfassung.document.Json.bytes(json)), new ByteArrayOutputStream(), context);
    } catch (IOException | RuntimeException e) {
      // Priming is best effort; the function works without it.
    }
    boolean languageModel = components.config().llmProvider().isLanguageModel() && primeLanguageModelPath(article);
    return new Primed(status, languageModel);
  }

  /** The LangChain4j path against an in-process model: the provider itself is never called. */
  private boolean primeLanguageModelPath(byte[] article) {
    try {
      Config config = components.config();
      var input = SummarizeService.Input.of(article, ArticleParser.Format.TEXT, null);
      var request = new SummaryRequest(components.service().parse(input),
          config.summaryMaxWords(), config.keyFactsMax(), null);
      LlmSummarizers.primeOffline(request);
      return true;
    } catch (RuntimeException e) {
      return false; // best effort, as above
    }
  }

  static byte[] sample() {
    try (InputStream in = Priming.class.getResourceAsStream("priming-article.txt")) {
      if (in == null) {
        throw new IllegalStateException("priming-article.txt is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read priming-article.txt", e);
    }
  }
}
