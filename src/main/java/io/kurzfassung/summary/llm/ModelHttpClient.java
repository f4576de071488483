package io.kurzfassung.summary.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTTP client LangChain4j's OpenAI, Anthropic, Ollama and Gemini models talk through: the JDK's
 * {@link HttpURLConnection}, which the AWS SDK's URL-connection client has loaded already, instead of
 * {@code java.net.http} (LangChain4j's own JDK client): that one loads about 270 more classes and sets up the default
 * TLS context when it is built, even for plain HTTP, which cost the language-model path's cold start more than
 * 100 ms (README, cold start). An error response keeps its {@code Retry-After} header (as a {@link StatusException}),
 * so that the retry loop can honour it. Calls run on the retry loop's virtual threads, where an interrupt at the
 * deadline closes the socket.
 */
final class ModelHttpClient implements HttpClient {

  private final int connectTimeoutMillis;
  private final int readTimeoutMillis;

  private ModelHttpClient(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeoutMillis = millis(connectTimeout);
    this.readTimeoutMillis = millis(readTimeout);
  }

  private static int millis(Duration d) {
    return d == null ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  static Builder builder(Duration timeout) {
    return new Builder().connectTimeout(connectTimeout(timeout)).readTimeout(timeout);
  }

  /** Connecting takes at most 10 s, or the whole timeout when that is shorter. */
  static Duration connectTimeout(Duration timeout) {
    Duration max = Duration.ofSeconds(10);
    return timeout.compareTo(max) < 0 ? timeout : max;
  }

  /** A non-2xx answer: the status, the body and the server's {@code Retry-After}, if any. */
  static final class StatusException extends HttpException {
    private final transient Duration retryAfter;

    StatusException(int statusCode, String body, Duration retryAfter) {
      super(statusCode, body);
      this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait; null when it did not say. */
    Duration retryAfter() {
      return retryAfter;
    }
  }

  /**
   * No connection to the endpoint: the host is unknown or refused the connection. Names the endpoint it tried,
   * which is the provider's default when {@code LLM_BASE_URL} is not set. It has no cause on purpose: LangChain4j
   * rewraps the root cause of a failure and would drop the endpoint; the JDK's exception is kept as suppressed.
   */
  static final class UnreachableException extends RuntimeException {
    private final String endpoint;
    private final String reason;

    UnreachableException(URI url, IOException failure) {
      this(endpoint(url), reason(failure));
      addSuppressed(failure);
    }

    private UnreachableException(String endpoint, String reason) {
      super(endpoint + ": " + reason);
      this.endpoint = endpoint;
      this.reason = reason;
    }

    /** {@code scheme://host[:port]}, never user info or path. */
    String endpoint() {
      return endpoint;
    }

    /** "unknown host" or "connection refused" (or the JDK's words for another connect failure). */
    String reason() {
      return reason;
    }

    private static String endpoint(URI url) {
      return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    private static String reason(IOException failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
          return "unknown host";
        }
      }
      String m = failure.getMessage();
      // java.net.http says nothing, HttpURLConnection "Connection refused": one wording for both
      return m == null || m.isBlank() || m.toLowerCase(java.util.Locale.ROOT).contains("refused")
          ? "connection refused" : m;
    }
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(request.url()).toURL().openConnection();
      try {
        return exchange(connection, request);
      } finally {
        connection.disconnect(); // keeps the connection for reuse once the body is read; closes it otherwise
      }
    } catch (ConnectException | UnknownHostException e) {
      throw new UnreachableException(URI.create(request.url()), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SuccessfulHttpResponse exchange(HttpURLConnection connection, HttpRequest request) throws IOException {
    connection.setConnectTimeout(connectTimeoutMillis);
    connection.setReadTimeout(readTimeoutMillis);
    connection.setUseCaches(false);
    connection.setInstanceFollowRedirects(false);
    connection.setRequestMethod(request.method().name());
    request.headers().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
        values.forEach(v -> connection.addRequestProperty(name, v));
      }
    });
    if (request.body() != null) {
      byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
      // Buffered, not streaming mode: in streaming mode the body of a 401 is not readable.
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
    }
    int status = connection.getResponseCode();
    String body;
    try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (status < 200 || status > 299) {
      throw new StatusException(status, body, retryAfter(Optional.ofNullable(connection.getHeaderField("retry-after")),
          Optional.ofNullable(connection.getHeaderField("retry-after-ms"))));
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    connection.getHeaderFields().forEach((name, values) -> {
      if (name != null) { // the status line
        headers.put(name, values);
      }
    });
    return SuccessfulHttpResponse.builder().statusCode(status).headers(headers).body(body).build();
  }

  @Override
  public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    throw new UnsupportedOperationException("kurzfassung does not stream");
  }

  /** Parses {@code Retry-After} (seconds or an HTTP date) or {@code retry-after-ms}; null when absent or invalid. */
  static Duration retryAfter(Optional<String> header, Optional<String> millis) {
    try {
      if (millis.isPresent()) {
        return Duration.ofMillis((long) Double.parseDouble(millis.get().strip()));
      }
      if (header.isEmpty()) {
        return null;
      }
      String v = header.get().strip();
      if (v.chars().allMatch(Character::isDigit)) {
        return Duration.ofSeconds(Long.parseLong(v));
      }
      Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(Instant.now(), when);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  /** Collects the timeouts LangChain4j's model builders set. */
  static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration timeout) {
      if (timeout != null) {
        this.connectTimeout = timeout;
      }
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration timeout) {
      if (timeout != null) {
        this.readTimeout = timeout;
      }
      return this;
    }

    @Override
    public HttpClient build() {
      return new ModelHttpClient(connectTimeout, readTimeout);
    }
  }
}
