import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stub OpenAI chat-completions endpoint for the cold-start benchmark: answers every request at once with one
 * German summary of the sample article (grounded, citing its sentences 1 to 3). Usage: {@code java StubOpenAi PORT}
 */
public final class StubOpenAi {

  private static final String ANSWER = """
      {"summary": "Wladimir Putin hat bestätigt, dass er an der Eröffnung der Olympischen Winterspiele in Peking \
      teilnehmen wird, die westliche Führer aus Protest boykottieren.", "keyFacts": [\
      {"text": "Putin nimmt an der Eröffnung der Olympischen Winterspiele in Peking teil.", "sentences": [1]},\
      {"text": "Putin gab das Versprechen während eines Videoanrufs mit Xi Jinping ab.", "sentences": [2]},\
      {"text": "Russland und China sehen sich zunehmendem Druck aus den USA ausgesetzt.", "sentences": [3]}]}""";

  public static void main(String[] args) throws Exception {
    String content = ANSWER.replace("\\", "\\\\").replace("\"", "\\\"");
    byte[] body = ("{\"id\": \"chatcmpl-bench\", \"object\": \"chat.completion\", \"created\": 1764300000, "
        + "\"model\": \"gpt-4o-mini\", \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", "
        + "\"content\": \"" + content + "\"}, \"finish_reason\": \"stop\"}], "
        + "\"usage\": {\"prompt_tokens\": 900, \"completion_tokens\": 120, \"total_tokens\": 1020}}")
        .getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    System.out.println("stub OpenAI on " + args[0]);
  }
}
