package io.kurzfassung.lambda;

import static io.kurzfassung.lambda.ApiResponses.problem;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.telemetry.LogContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The REST API behind API Gateway (proxy integration): {@code POST /summaries} summarises a JSON or
 * {@code text/plain} article, stores the document and answers it; an article whose summary by the same model and
 * prompt version is stored is answered from the store ({@value #CACHE_HEADER}: hit) unless
 * {@code ?refresh=true}. {@code GET /summaries/{id}} answers a stored one. Errors are RFC 9457 problem details with
 * the request id.
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

  /**
   * On every POST answer: {@code hit} when the article's stored summary (same model and prompt version) was
   * answered without calling the model, {@code miss} when it was summarised now.
   */
  public static final String CACHE_HEADER = "X-Kurzfassung-Cache";

  private final SummarizeService service;

  /** For Lambda: the collaborators of this execution environment. */
  public ApiGatewayHandler() {
    this(ExecutionEnvironment.get());
  }

  public ApiGatewayHandler(Kurzfassung kurzfassung) {
    this.service = kurzfassung.service();
  }

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
    ApiRequest request = new ApiRequest(event);
    String path = request.path();
    String requestId = context.getAwsRequestId();
    LogContext.request(requestId);
    try {
      String method = request.method();
      return switch (request.route()) {
        case "/summaries" -> method.equals("POST")
            ? post(request, context)
            : problem(405, "Use POST on /summaries.", path, requestId, "Allow", "POST");
        case "/summaries/{id}" -> method.equals("GET")
            ? get(request.id(), path, requestId)
            : problem(405, "Use GET on /summaries/{id}.", path, requestId, "Allow", "GET");
        default -> problem(404, "No route for " + method + " " + path + ".", path, requestId);
      };
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Errors of the JVM too: the caller gets a fixed text, never a stack trace.
      return ApiResponses.failure(e, path, context);
    }
  }

  private APIGatewayProxyResponseEvent post(ApiRequest request, Context context) {
    ArticleParser.Format format = ArticleParser.Format.forContentType(request.header("Content-Type"));
    boolean refresh = request.refresh(); // checked before the body is read
    var input = SummarizeService.Input.of(request.body(service), format, Deadlines.forModel(context))
        .refreshed(refresh);
    SummarizeService.Result result = service.summarize(input);
    SummaryDocument document = result.document();
    return ApiResponses.ok(document, "Location", "/summaries/" + document.id(),
        CACHE_HEADER, result.summarised() ? "miss" : "hit");
  }

  private APIGatewayProxyResponseEvent get(String id, String path, String requestId) {
    if (!ID.matcher(id).matches()) {
      return problem(400, "A summary id is 16 hexadecimal digits, as in the id field of a document.", path, requestId);
    }
    Optional<SummaryDocument> document = service.find(id);
    if (document.isEmpty()) {
      return problem(404, "No summary with id " + id + ".", path, requestId);
    }
    return ApiResponses.ok(document.get());
  }
}
