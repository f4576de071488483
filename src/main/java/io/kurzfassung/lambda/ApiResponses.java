package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API's answers: JSON documents and RFC 9457 problems, with the headers they need. */
final class ApiResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ApiResponses.class);

  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM_JSON = "application/problem+json";

  private ApiResponses() {}

  /** 200 with a pretty-printed JSON body and the given extra headers (name, value, ...). */
  static APIGatewayProxyResponseEvent ok(Object body, String... headers) {
    return new APIGatewayProxyResponseEvent()
        .withStatusCode(200)
        .withHeaders(headers(JSON, headers))
        // A document through the streaming writer: Json.writePretty(Object) is data binding, whose start-up the
        // first invoke would pay (README, cold start).
        .withBody(body instanceof SummaryDocument document ? Json.writePretty(document) : Json.writePretty(body));
  }

  /** A problem with a detail that the caller may read; extra headers as name, value, .... */
  static APIGatewayProxyResponseEvent problem(int status, String detail, String path, String requestId,
      String... headers) {
    return response(Problem.of(status, detail, path, requestId), headers(PROBLEM_JSON, headers));
  }

  /** Errors of the JVM (out of memory, a stack overflow) too: the caller gets a fixed text, never a stack trace. */
  static APIGatewayProxyResponseEvent failure(Throwable e, String path, Context context) {
    Problem problem = Problem.from(e, path, context.getAwsRequestId());
    if (problem.status() < 500) {
      // The caller's input: its type only, since a parser's message may quote the article.
      LOG.info("request " + context.getAwsRequestId() + " answered " + problem.status() + ": "
          + e.getClass().getName());
    } else {
      // The log keeps what the answer leaves out: the exception and its cause, under the request id.
      LOG.error("request " + context.getAwsRequestId() + " failed with " + problem.status() + ": "
          + e.getClass().getName() + ": " + e.getMessage()
          + (e.getCause() == null ? "" : " (cause: " + e.getCause() + ")")
          + (problem.status() == 500 && !(e instanceof StackOverflowError) ? "\n" + stackTrace(e) : ""));
    }
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
