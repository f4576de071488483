package io.kurzfassung.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.document.Json;
import io.kurzfassung.lambda.LocalContext;
import io.kurzfassung.lambda.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
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
 * <p>The server is Jetty: connections are read without holding a worker, so clients that send headers and stall
 * cannot block the others, and a connection silent for {@code --read-timeout} is closed. Every answer, also to a
 * request Jetty refuses before it reaches the function (a malformed request line, conflicting
 * {@code Transfer-Encoding} and {@code Content-Length}), is {@code application/problem+json}, and so is an
 * {@code OutOfMemoryError} or {@code StackOverflowError} in the function (500). At most {@link #WORKERS} requests
 * run the function at once.
 *
 * <pre>{@code
 * curl -s -X POST localhost:3000/summaries -H 'Content-Type: text/plain' --data-binary @events/putin-olympia.de.txt
 * }</pre>
 */
@Command(name = "serve", description = "Serve POST /summaries and GET /summaries/{id} locally over HTTP, without Docker.")
public final class ServeCommand implements Callable<Integer> {

  /** API Gateway's payload limit: a larger body is answered 413 here, unread, as API Gateway would refuse it. */
  static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  /** Requests that run the function at once (each may hold an article and its analysis in memory). */
  static final int WORKERS = 4;

  @Spec
  CommandSpec spec;

  @Option(names = {"-p", "--port"}, defaultValue = "3000", description = "Port (default 3000; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default 127.0.0.1).")
  String host;

  @Option(names = "--function", defaultValue = "ApiFunction", description = "API function in the template (default ApiFunction).")
  String function;

  @Option(names = "--read-timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Close a connection that sends nothing for this long (default 30).")
  int readTimeoutSeconds;

  @Mixin
  LocalFunctionOptions local;

  /** A running server: its port, and stop. */
  public record Serving(Server server, int port) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      server.stop();
    }
  }

  @Override
  public Integer call() throws Exception {
    Serving serving = start();
    spec.commandLine().getOut().println("kurzfassung serving " + function + " on http://" + host + ":"
        + serving.port() + "  (POST /summaries, GET /summaries/{id}; Ctrl-C stops)");
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        serving.close();
      } catch (Exception e) {
        // stopping anyway
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /** Loads the API function of the template, binds and starts the server; the caller stops it. */
  Serving start() throws Exception {
    LocalFunction fn = local.load(function);
    if (!fn.handles(APIGatewayProxyRequestEvent.class)) {
      throw new ConfigException(function + " does not take API Gateway proxy events");
    }
    @SuppressWarnings("unchecked")
    var handler = (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>) fn.handler();
    return start(handler, () -> fn.newContext());
  }

  /** Serves the given handler (tests inject one); each request gets a fresh context. */
  Serving start(RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler,
      java.util.function.Supplier<LocalContext> contexts) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(Duration.ofSeconds(readTimeoutSeconds).toMillis());
    server.addConnector(connector);
    server.setErrorHandler(new ProblemErrorHandler());
    server.setHandler(new FunctionHandler(handler, contexts, spec == null ? null : spec.commandLine().getErr()));
    server.start();
    return new Serving(server, connector.getLocalPort());
  }

  /** Every request through the function, answered as API Gateway would. */
  private static final class FunctionHandler extends Handler.Abstract {

    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler;
    private final java.util.function.Supplier<LocalContext> contexts;
    private final PrintWriter err;
    private final Semaphore workers = new Semaphore(WORKERS);

    FunctionHandler(RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler,
        java.util.function.Supplier<LocalContext> contexts, PrintWriter err) {
      this.handler = handler;
      this.contexts = contexts;
      this.err = err;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      LocalContext context = contexts.get();
      String path = request.getHttpURI().getPath();
      try {
        String decodedPath;
        try {
          decodedPath = path == null ? "/" : URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          sendProblem(response, callback, Problem.of(400, "The request path is not valid percent-encoding.", path,
              context.getAwsRequestId()));
          return true;
        }
        byte[] body = body(request);
        if (body == null) {
          sendProblem(response, callback, Problem.of(413, "The request body is larger than API Gateway's 10 MB limit.",
              path, context.getAwsRequestId()));
          return true;
        }
        APIGatewayProxyRequestEvent event = toEvent(request, decodedPath, body, context);
        APIGatewayProxyResponseEvent answer;
        workers.acquire();
        try {
          answer = handler.handleRequest(event, context);
        } finally {
          workers.release();
        }
        send(response, callback, answer);
      } catch (IOException e) {
        // The body did not arrive: the client went away, or sent nothing for --read-timeout.
        if (response.isCommitted() || e instanceof org.eclipse.jetty.io.EofException) {
          callback.failed(e);
        } else {
          sendProblem(response, callback, Problem.of(408, "The request was not received in time.", path,
              context.getAwsRequestId()));
        }
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError | InterruptedException e) {
        // The function failed outside its own error handling (or ran out of memory or stack): a 500 problem, one
        // line in the log, and the server keeps serving.
        if (err != null) {
          err.println("error: " + context.getAwsRequestId() + ": unexpected " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
          err.flush();
        }
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        if (response.isCommitted()) {
          callback.failed(e);
        } else {
          response.reset();
          sendProblem(response, callback, Problem.of(500, "An unexpected error occurred.", path,
              context.getAwsRequestId()));
        }
      }
      return true;
    }
  }

  /** Jetty's answer to a request it refuses itself (bad request line, bad headers, idle timeout), as problem+json. */
  private static final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      // Jetty's message is often only the reason phrase ("Bad Request"); say what kind of thing was wrong then.
      String detail = message == null || message.isBlank() || message.equalsIgnoreCase(HttpStatus.getMessage(code))
          ? "The request is not valid HTTP (request line, URI encoding or headers)." : message;
      // A request Jetty could not parse has no path of its own (Jetty names it /badMessage).
      String path = request.getHttpURI() == null || "/badMessage".equals(request.getHttpURI().getPath())
          ? null : request.getHttpURI().getPath();
      sendProblem(response, callback, Problem.of(code, detail, path, UUID.randomUUID().toString()));
    }
  }

  /** The request body, or null when it is over {@link #MAX_BODY_BYTES} (declared or read); never reads more. */
  private static byte[] body(Request request) throws IOException {
    if (request.getLength() > MAX_BODY_BYTES) {
      return null;
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      return body.length > MAX_BODY_BYTES ? null : body;
    }
  }

  private static void sendProblem(Response response, Callback callback, Problem problem) {
    byte[] body = Json.write(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.status());
    response.getHeaders().put("Content-Type", "application/problem+json");
    response.getHeaders().put("Content-Length", String.valueOf(body.length));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** The event API Gateway's REST proxy integration sends for this request. */
  static APIGatewayProxyRequestEvent toEvent(Request request, String path, byte[] body, LocalContext context) {
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, List<String>> multi = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.putIfAbsent(field.getName(), field.getValue());
      multi.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
    }
    Map<String, String> pathParameters = null;
    String resource = path;
    if (path.matches("/summaries/[^/]+")) {
      resource = "/summaries/{id}";
      pathParameters = Map.of("id", path.substring("/summaries/".length()));
    }
    // A text body that is not UTF-8 (a windows-1252 file) goes base64-encoded, so its bytes reach the parser intact.
    boolean text = isText(request.getHeaders().get("Content-Type")) && isUtf8(body);
    return new APIGatewayProxyRequestEvent()
        .withHttpMethod(request.getMethod())
        .withPath(path)
        .withResource(resource)
        .withPathParameters(pathParameters)
        .withQueryStringParameters(query(request.getHttpURI().getQuery()))
        .withHeaders(headers)
        .withMultiValueHeaders(multi)
        .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
            .withRequestId(context.getAwsRequestId())
            .withHttpMethod(request.getMethod())
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

  private static void send(Response response, Callback callback, APIGatewayProxyResponseEvent answer) {
    if (answer.getHeaders() != null) {
      answer.getHeaders().forEach((k, v) -> response.getHeaders().put(k, v));
    }
    String body = answer.getBody();
    byte[] bytes = body == null ? new byte[0] : Boolean.TRUE.equals(answer.getIsBase64Encoded())
        ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(answer.getStatusCode() == null ? 200 : answer.getStatusCode());
    response.getHeaders().put("Content-Length", String.valueOf(bytes.length));
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
