package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** What the API handler reads from an API Gateway proxy event: method, path, route, id, headers, the body. */
record ApiRequest(APIGatewayProxyRequestEvent event) {

  String method() {
    return event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT);
  }

  String path() {
    return event.getPath() == null ? "" : event.getPath();
  }

  /** The route template: API Gateway sends it as the resource; local callers may send only the path. */
  String route() {
    String path = path();
    String resource = event.getResource();
    if (resource != null && !resource.isBlank() && !resource.contains("{proxy+}")) {
      return resource;
    }
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/summaries")) {
      return p;
    }
    return p.startsWith("/summaries/") && p.indexOf('/', "/summaries/".length()) < 0 ? "/summaries/{id}" : p;
  }

  /** The {id} of {@code /summaries/{id}}. */
  String id() {
    Map<String, String> params = event.getPathParameters();
    if (params != null && params.get("id") != null) {
      return params.get("id");
    }
    String path = path();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * {@code ?refresh=true}: summarise again even when the article's current summary is stored.
   *
   * @throws ArticleException when the parameter is anything but true or false
   */
  boolean refresh() {
    Map<String, String> query = event.getQueryStringParameters();
    String refresh = query == null ? null : query.get("refresh");
    if (refresh == null || refresh.equalsIgnoreCase("false")) {
      return false;
    }
    if (refresh.isEmpty() || refresh.equalsIgnoreCase("true")) {
      return true;
    }
    throw new ArticleException("the query parameter refresh must be true or false, was " + refresh);
  }

  /**
   * The body's bytes, refused over the service's size cap before anything is decoded, copied or parsed. A base64 body
   * (raw bytes) declared {@code charset=utf-8} must be valid UTF-8 (no silent re-reading as windows-1252); one declared
   * in another charset is converted to UTF-8; an undeclared one goes as it is (the parser reads UTF-8, else
   * windows-1252). A text body is characters already (API Gateway decoded it) and goes as UTF-8.
   *
   * @throws ArticleException when the declared charset is unknown or the bytes are not valid in it
   */
  byte[] body(SummarizeService service) {
    BodyCharset charset = BodyCharset.of(header("Content-Type"));
    byte[] bytes = rawBody(service);
    return Boolean.TRUE.equals(event.getIsBase64Encoded()) ? charset.toUtf8(bytes) : bytes;
  }

  private byte[] rawBody(SummarizeService service) {
    String body = event.getBody();
    if (body == null || body.isEmpty()) {
      throw new ArticleException("request body is empty; send a JSON article or text/plain");
    }
    boolean base64 = Boolean.TRUE.equals(event.getIsBase64Encoded());
    // A lower bound of the body's size in bytes.
    service.requireWithinCap(base64 ? body.length() / 4L * 3 : body.length());
    try {
      // Strict: API Gateway sends base64 without line breaks, and a MIME decoder would skip any garbage.
      return base64 ? Base64.getDecoder().decode(body.strip()) : body.getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ArticleException("request body is marked as base64 but is not valid base64");
    }
  }

  /** A header's value, case-insensitive, from the single- or multi-value map; null when absent. */
  String header(String name) {
    if (event.getHeaders() != null) {
      for (Map.Entry<String, String> h : event.getHeaders().entrySet()) {
        if (name.equalsIgnoreCase(h.getKey())) {
          return h.getValue();
        }
      }
    }
    if (event.getMultiValueHeaders() != null) {
      for (var h : event.getMultiValueHeaders().entrySet()) {
        if (name.equalsIgnoreCase(h.getKey()) && h.getValue() != null && !h.getValue().isEmpty()) {
          return h.getValue().get(0);
        }
      }
    }
    return null;
  }
}
