import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.config.Config;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.SummaryValidator;
import io.kurzfassung.summary.llm.LlmSummarizers;
import io.kurzfassung.text.Grounding;
import io.kurzfassung.text.Languages;
import java.io.BufferedReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-article overhead of the LLM path outside the model call: prompt building, the model call (LangChain4j), HTTP to a local
 * OpenAI-compatible stub that answers at once (its own time is measured and subtracted), parsing, language
 * identification, grounding and validation. Run with bench/llm-overhead.sh.
 */
public class LlmOverheadBench {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern SENTENCE = Pattern.compile("^\\[(\\d+)] (.+)$", Pattern.MULTILINE);
  static final AtomicLong stubNanos = new AtomicLong();

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext("/v1/chat/completions", exchange -> {
      long t0 = System.nanoTime();
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      String user = request.get("messages").get(1).get("content").asText();
      byte[] body = answer(user).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      stubNanos.addAndGet(System.nanoTime() - t0);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    stub.start();
    Config config = Config.from(Map.of("LLM_PROVIDER", "openai", "LLM_API_KEY", "bench",
        "LLM_BASE_URL", "http://127.0.0.1:" + stub.getAddress().getPort() + "/v1", "LLM_FALLBACK", "fail"));
    Summarizer summarizer = Kurzfassung.summarizer(config);
    ArticleParser parser = new ArticleParser(config.maxArticleChars());

    List<Article> articles = new ArrayList<>();
    articles.add(parser.parse(Files.readAllBytes(Path.of("events/putin-olympia.de.txt")), null));
    Path eval = Path.of("../shared/eval/mlsum_de_public.jsonl");
    if (Files.exists(eval)) {
      try (BufferedReader r = Files.newBufferedReader(eval)) {
        String line;
        while ((line = r.readLine()) != null && articles.size() < 50) {
          JsonNode n = JSON.readTree(line);
          String title = n.path("title").asText("");
          try {
            articles.add(parser.fromFields(title.isBlank() ? "Artikel" : title, n.get("text").asText(), null, null,
                null, null));
          } catch (RuntimeException skipped) {
            // too short or otherwise rejected by the parser
          }
        }
      }
    }
    System.out.printf("articles: %d (sample%s), rounds: %d%n", articles.size(),
        Files.exists(eval) ? " + mlsum_de_public" : "", rounds);

    // Warm-up: class loading, JIT, language profiles.
    for (int i = 0; i < 30; i++) {
      summarizer.summarize(new SummaryRequest(articles.get(i % articles.size()), 80, 5, null));
    }
    SummaryValidator validator = new SummaryValidator();
    long[] total = new long[rounds];
    long[] checks = new long[rounds];
    int fallbacks = 0;
    for (int i = 0; i < rounds; i++) {
      Article parsed = articles.get(i % articles.size());
      stubNanos.set(0);
      long t0 = System.nanoTime();
      // The article's analysis (sentences, terms, language, grounding facts) is made when an Article is built, once
      // per request: build it again inside the timed part so that the figure includes it.
      Article article = new Article(parsed.id(), parsed.title(), parsed.text(), parsed.topic(), parsed.source(),
          parsed.url(), parsed.language());
      SummaryRequest request = new SummaryRequest(article, 80, 5, null);
      Summary summary = summarizer.summarize(request);
      total[i] = System.nanoTime() - t0 - stubNanos.get();
      if (summary.model().fallbackReason() != null) {
        fallbacks++;
      }
      long t1 = System.nanoTime();
      validator.problems(summary, request);
      Languages.detect(summary.text());
      Grounding.ungrounded(summary.text(), article.analysis());
      checks[i] = System.nanoTime() - t1;
    }
    report("summarize() outside the model (prompt, model call, local HTTP, parse, validate)", total);
    report("  of which validation alone (language id + grounding + checks)", checks);
    System.out.println("answers rejected by validation: " + fallbacks);
    stub.stop(0);
    System.exit(0);
  }

  static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
  }

  /** A valid answer built from the prompt's numbered sentences: the first as summary, the next three as facts. */
  static String answer(String prompt) {
    List<String[]> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(prompt);
    while (m.find()) {
      sentences.add(new String[] {m.group(1), m.group(2)});
    }
    ObjectNode content = JSON.createObjectNode();
    String first = sentences.isEmpty() ? "Keine Angaben." : sentences.get(0)[1];
    String[] words = first.split("\\s+");
    content.put("summary", String.join(" ", Arrays.copyOf(words, Math.min(words.length, 60))));
    ArrayNode facts = content.putArray("keyFacts");
    for (int i = 1; i < Math.min(4, sentences.size()); i++) {
      ObjectNode f = facts.addObject().put("text", sentences.get(i)[1]);
      f.putArray("sentences").add(Integer.parseInt(sentences.get(i)[0]));
    }
    ObjectNode root = JSON.createObjectNode().put("id", "b").put("object", "chat.completion").put("created", 1)
        .put("model", "bench");
    ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", content.toString());
    root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
    return root.toString();
  }
}
