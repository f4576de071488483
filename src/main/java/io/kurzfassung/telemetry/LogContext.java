package io.kurzfassung.telemetry;

import org.slf4j.MDC;

/**
 * What every log line of a request carries (SLF4J's MDC, which {@link LineLogger} writes as fields): the request id,
 * set by the handler when the request starts, then the article id, provider and model once they are known. The
 * model client's lines, on the request's thread or the virtual threads of its calls, carry them too.
 *
 * <pre>{@code
 * LogContext.request(context.getAwsRequestId());   // first line of a handler
 * }</pre>
 */
public final class LogContext {

  public static final String REQUEST_ID = "requestId";
  public static final String ARTICLE_ID = "articleId";
  public static final String PROVIDER = "provider";
  public static final String MODEL = "model";

  private LogContext() {}

  /** A new request: forgets the previous request's fields. */
  public static void request(String requestId) {
    MDC.clear();
    if (requestId != null) {
      MDC.put(REQUEST_ID, requestId);
    }
  }

  /** The article being summarised, and by which provider and model. */
  public static void article(String articleId, String provider, String model) {
    MDC.put(ARTICLE_ID, articleId);
    MDC.put(PROVIDER, provider);
    MDC.put(MODEL, model);
  }

  /** The request's id, or null outside a request. */
  public static String requestId() {
    return MDC.get(REQUEST_ID);
  }
}
