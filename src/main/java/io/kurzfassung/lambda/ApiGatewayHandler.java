package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The REST API behind API Gateway (proxy integration): {@code POST /summaries} summarises a JSON or
 * {@code text/plain} article, stores the document and answers it; {@code GET /summaries/{id}} answers a stored one.
 * Errors are RFC 9457 problem details with the request id.
 *
 * <pre>{@code
 * curl -X POST "$API_URL/summaries" -H "x-api-key: $KEY" -H 'Content-Type: text/plain; charset=utf-8' \
 *      --data-binary @events/putin-olympia.de.txt
 * sam local invoke ApiFunction -e events/api-post.json
 * }</pre>
 */
public final class ApiGatewayHandler
    implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
  private static final String JSON = "application/json; charset=utf-8";
  private static final String PROBLEM_JSON = "application/problem+json";

  private final SummarizeService service;

  /** For Lambda: the collaborators of this execution environment. */
  public ApiGatewayHandler() {
    this(ExecutionEnvironment.get());
  }

  public ApiGatewayHandler(Kurzfassung kurzfassung) {
    this.service = kurzfassung.service();
  }

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
    String requestId = context.getAwsRequestId();
    String path = request.getPath() == null ? "" : request.getPath();
    try {
      String method = request.getHttpMethod() == null ? "" : request.getHttpMethod().toUpperCase(Locale.ROOT);
      String route = route(request, path);
      return switch (route) {
        case "/summaries" -> method.equals("POST")
            ? post(request, context)
            : problem(405, "Use POST on /summaries.", path, requestId).withHeaders(headers(PROBLEM_JSON, "Allow", "POST"));
        case "/summaries/{id}" -> method.equals("GET")
            ? get(id(request, path), path, requestId)
            : problem(405, "Use GET on /summaries/{id}.", path, requestId).withHeaders(headers(PROBLEM_JSON, "Allow", "GET"));
        default -> problem(404, "No route for " + method + " " + path + ".", path, requestId);
      };
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failure(e, path, context);
    }
  }

  private APIGatewayProxyResponseEvent post(APIGatewayProxyRequestEvent request, Context context) {
    ArticleParser.Format format = ArticleParser.Format.forContentType(header(request, "Content-Type"));
    SummaryDocument document =
        service.summarize(SummarizeService.Input.of(body(request), format, Deadlines.forModel(context))).document();
    return new APIGatewayProxyResponseEvent()
        .withStatusCode(200)
        .withHeaders(headers(JSON, "Location", "/summaries/" + document.id()))
        .withBody(Json.writePretty(document));
  }

  private APIGatewayProxyResponseEvent get(String id, String path, String requestId) {
    if (!ID.matcher(id).matches()) {
      return problem(400, "A summary id is 16 hexadecimal digits, as in the id field of a document.", path, requestId);
    }
    Optional<SummaryDocument> document = service.find(id);
    if (document.isEmpty()) {
      return problem(404, "No summary with id " + id + ".", path, requestId);
    }
    return new APIGatewayProxyResponseEvent()
        .withStatusCode(200)
        .withHeaders(headers(JSON))
        .withBody(Json.writePretty(document.get()));
  }

  /** The route template: API Gateway sends it as the resource; local callers may send only the path. */
  private static String route(APIGatewayProxyRequestEvent request, String path) {
    String resource = request.getResource();
    if (resource != null && !resource.isBlank() && !resource.contains("{proxy+}")) {
      return resource;
    }
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/summaries")) {
      return p;
    }
    return p.startsWith("/summaries/") && p.indexOf('/', "/summaries/".length()) < 0 ? "/summaries/{id}" : p;
  }

  private static String id(APIGatewayProxyRequestEvent request, String path) {
    Map<String, String> params = request.getPathParameters();
    if (params != null && params.get("id") != null) {
      return params.get("id");
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private byte[] body(APIGatewayProxyRequestEvent request) {
    String body = request.getBody();
    if (body == null || body.isEmpty()) {
      throw new ArticleException("request body is empty; send a JSON article or text/plain");
    }
    boolean base64 = Boolean.TRUE.equals(request.getIsBase64Encoded());
    // A lower bound of the body's size in bytes, checked before anything is decoded, copied or parsed.
    service.requireWithinCap(base64 ? body.length() / 4L * 3 : body.length());
    try {
      // Strict: API Gateway sends base64 without line breaks, and a MIME decoder would skip any garbage.
      return base64 ? Base64.getDecoder().decode(body.strip()) : body.getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ArticleException("request body is marked as base64 but is not valid base64");
    }
  }

  private static String header(APIGatewayProxyRequestEvent request, String name) {
    if (request.getHeaders() != null) {
      for (Map.Entry<String, String> h : request.getHeaders().entrySet()) {
        if (name.equalsIgnoreCase(h.getKey())) {
          return h.getValue();
        }
      }
    }
    if (request.getMultiValueHeaders() != null) {
      for (var h : request.getMultiValueHeaders().entrySet()) {
        if (name.equalsIgnoreCase(h.getKey()) && h.getValue() != null && !h.getValue().isEmpty()) {
          return h.getValue().get(0);
        }
      }
    }
    return null;
  }

  /** Errors of the JVM (out of memory, a stack overflow) too: the caller gets a fixed text, never a stack trace. */
  private static APIGatewayProxyResponseEvent failure(Throwable e, String path, Context context) {
    Problem problem = Problem.from(e, path, context.getAwsRequestId());
    // The log keeps what the answer leaves out: the exception and its cause, under the request id.
    context.getLogger().log("request " + context.getAwsRequestId() + " failed with " + problem.status() + ": "
        + e.getClass().getName() + ": " + e.getMessage()
        + (e.getCause() == null ? "" : " (cause: " + e.getCause() + ")")
        + (problem.status() == 500 && !(e instanceof StackOverflowError) ? "\n" + stackTrace(e) : ""));
    Map<String, String> headers = headers(PROBLEM_JSON);
    Long retryAfter = Problem.retryAfterSeconds(e);
    if (retryAfter != null) {
      headers.put("Retry-After", Long.toString(retryAfter));
    }
    return response(problem, headers);
  }

  private static String stackTrace(Throwable e) {
    var out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  private static APIGatewayProxyResponseEvent problem(int status, String detail, String path, String requestId) {
    return response(Problem.of(status, detail, path, requestId), headers(PROBLEM_JSON));
  }

  private static APIGatewayProxyResponseEvent response(Problem problem, Map<String, String> headers) {
    return new APIGatewayProxyResponseEvent()
        .withStatusCode(problem.status())
        .withHeaders(headers)
        .withBody(Json.write(problem));
  }

  private static Map<String, String> headers(String contentType, String... more) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", Objects.requireNonNull(contentType));
    for (int i = 0; i + 1 < more.length; i += 2) {
      headers.put(more[i], more[i + 1]);
    }
    return headers;
  }
}
