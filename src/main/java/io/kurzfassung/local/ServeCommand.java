package io.kurzfassung.local;

import io.kurzfassung.config.ConfigException;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kurzfassung.document.Json;
import io.kurzfassung.lambda.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve --port 3000}: the API routes over plain HTTP for curl, without Docker. Each request becomes the
 * {@code APIGatewayProxyRequestEvent} that API Gateway's proxy integration would send, and goes to the API function
 * of template.yaml; no API key is checked.
 *
 * <pre>{@code
 * curl -s -X POST localhost:3000/summaries -H 'Content-Type: text/plain' --data-binary @events/putin-olympia.de.txt
 * }</pre>
 */
@Command(name = "serve", description = "Serve POST /summaries and GET /summaries/{id} locally over HTTP, without Docker.")
public final class ServeCommand implements Callable<Integer> {

  /** API Gateway's payload limit: a larger body is answered 413 here, unread, as API Gateway would refuse it. */
  static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  @Spec
  CommandSpec spec;

  @Option(names = {"-p", "--port"}, defaultValue = "3000", description = "Port (default 3000; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default 127.0.0.1).")
  String host;

  @Option(names = "--function", defaultValue = "ApiFunction", description = "API function in the template (default ApiFunction).")
  String function;

  @Mixin
  LocalFunctionOptions local;

  @Override
  public Integer call() throws Exception {
    HttpServer server = start();
    spec.commandLine().getOut().println("kurzfassung serving " + function + " on http://" + host + ":"
        + server.getAddress().getPort() + "  (POST /summaries, GET /summaries/{id}; Ctrl-C stops)");
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop(1);
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /** Binds and starts the server; the caller stops it. */
  HttpServer start() throws IOException {
    LocalFunction fn = local.load(function);
    if (!fn.handles(APIGatewayProxyRequestEvent.class)) {
      throw new ConfigException(function + " does not take API Gateway proxy events");
    }
    @SuppressWarnings("unchecked")
    var handler = (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) fn.handler();
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> {
      LocalContext context = fn.newContext();
      try (exchange) {
        byte[] body = body(exchange);
        if (body == null) {
          sendProblem(exchange, Problem.of(413, "The request body is larger than API Gateway's 10 MB limit.",
              exchange.getRequestURI().getRawPath(), context.getAwsRequestId()));
          return;
        }
        send(exchange, handler.handleRequest(toEvent(exchange, body, context), context));
      } catch (RuntimeException e) {
        spec.commandLine().getErr().println("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        sendProblem(exchange, Problem.of(500, "An unexpected error occurred.", exchange.getRequestURI().getRawPath(),
            context.getAwsRequestId()));
      }
    });
    server.start();
    return server;
  }

  /** The request body, or null when it is over {@link #MAX_BODY_BYTES} (declared or read); never reads more. */
  private static byte[] body(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
      return null;
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      return body.length > MAX_BODY_BYTES ? null : body;
    }
  }

  private static void sendProblem(HttpExchange exchange, Problem problem) throws IOException {
    byte[] body = Json.write(problem).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    exchange.sendResponseHeaders(problem.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body); // closing sends it, before the server drains what is left of the request
    }
  }

  /** The event API Gateway's REST proxy integration sends for this request. */
  static APIGatewayProxyRequestEvent toEvent(HttpExchange exchange, byte[] body, LocalContext context) {
    URI uri = exchange.getRequestURI();
    String path = uri.getRawPath() == null ? "/" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, List<String>> multi = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      headers.put(name, values.get(0));
      multi.put(name, new ArrayList<>(values));
    });
    Map<String, String> pathParameters = null;
    String resource = path;
    if (path.matches("/summaries/[^/]+")) {
      resource = "/summaries/{id}";
      pathParameters = Map.of("id", path.substring("/summaries/".length()));
    }
    // A text body that is not UTF-8 (a windows-1252 file) goes base64-encoded, so its bytes reach the parser intact.
    boolean text = isText(exchange.getRequestHeaders().getFirst("Content-Type")) && isUtf8(body);
    return new APIGatewayProxyRequestEvent()
        .withHttpMethod(exchange.getRequestMethod())
        .withPath(path)
        .withResource(resource)
        .withPathParameters(pathParameters)
        .withQueryStringParameters(query(uri.getRawQuery()))
        .withHeaders(headers)
        .withMultiValueHeaders(multi)
        .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
            .withRequestId(context.getAwsRequestId())
            .withHttpMethod(exchange.getRequestMethod())
            .withPath(path)
            .withResourcePath(resource)
            .withStage("local"))
        .withBody(body.length == 0 ? null : text ? new String(body, StandardCharsets.UTF_8)
            : Base64.getEncoder().encodeToString(body))
        .withIsBase64Encoded(body.length > 0 && !text);
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** API Gateway sends text bodies as strings and everything else base64-encoded. */
  private static boolean isText(String contentType) {
    if (contentType == null) {
      return false;
    }
    String ct = contentType.toLowerCase(java.util.Locale.ROOT);
    return ct.startsWith("text/") || ct.contains("json") || ct.contains("xml");
  }

  private static Map<String, String> query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return params;
  }

  private static void send(HttpExchange exchange, APIGatewayProxyResponseEvent response) throws IOException {
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    }
    String body = response.getBody();
    byte[] bytes = body == null ? new byte[0] : Boolean.TRUE.equals(response.getIsBase64Encoded())
        ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
