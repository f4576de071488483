package io.kurzfassung.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.kurzfassung.document.Json;
import io.kurzfassung.lambda.LocalContext;
import io.kurzfassung.lambda.LocalS3;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private final HttpClient http = HttpClient.newHttpClient();
  private ServeCommand.Serving server;
  private URI base;

  @TempDir
  Path dir;

  @BeforeEach
  void startServer() throws Exception {
    Path envVars = dir.resolve("env.json");
    Files.writeString(envVars, Json.write(Map.of("Parameters", s3.environment())));
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0", "--env-vars", envVars.toString());
    server = serve.start();
    base = URI.create("http://127.0.0.1:" + server.port());
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void should_summarise_a_posted_text_article_and_serve_it_by_id() throws Exception {
    HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("/summaries"))
        .header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofFile(Path.of("events/putin-olympia.de.txt"))));

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    String id = Json.mapper().readTree(posted.body()).get("id").asText();
    assertThat(posted.headers().firstValue("Location")).contains("/summaries/" + id);

    HttpResponse<String> fetched = send(HttpRequest.newBuilder(base.resolve("/summaries/" + id)).GET());
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(fetched.body()).get("id").asText()).isEqualTo(id);
  }

  @Test
  void should_read_a_windows_1252_text_body_like_the_command_line_does() throws Exception {
    String sample = java.nio.file.Files.readString(Path.of("events/putin-olympia.de.txt"));
    byte[] legacy = sample.getBytes(java.nio.charset.Charset.forName("windows-1252"));

    HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("/summaries"))
        .header("Content-Type", "text/plain; charset=windows-1252")
        .POST(HttpRequest.BodyPublishers.ofByteArray(legacy)));

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(Json.mapper().readTree(posted.body()).get("id").asText()).isEqualTo("6ecb7e9e41cd9c38");
  }

  @Test
  void should_answer_problem_json_for_an_unknown_id() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/summaries/0000000000000000")).GET());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("requestId").asText()).isNotBlank();
  }

  @Test
  void should_answer_415_for_an_unsupported_content_type() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/summaries"))
        .header("Content-Type", "application/pdf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2})));

    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void should_answer_413_without_reading_a_body_over_api_gateways_limit() throws Exception {
    // Declares more than the limit and sends nothing: a server that tried to read the body would wait for it.
    try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(2_000);
      socket.getOutputStream().write(("POST /summaries HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + (ServeCommand.MAX_BODY_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

      assertThat(response).isEqualTo("HTTP/1.1 413");
    }
  }

  /** Sends raw bytes on a fresh connection and returns everything the server answers before it closes. */
  private String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode problemOf(String response) throws IOException {
    assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
    return Json.mapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
  }

  @Test
  void should_answer_problem_json_400_for_a_malformed_percent_encoding_in_the_request_line() throws Exception {
    String response = raw(base.getPort(), "GET /summaries/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400");
    JsonNode problem = problemOf(response);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).contains("URI encoding");
  }

  @Test
  void should_answer_problem_json_400_for_conflicting_transfer_encoding_and_content_length() throws Exception {
    String response = raw(base.getPort(), "POST /summaries HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
        + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nHallo\r\n0\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400");
    JsonNode problem = problemOf(response);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).contains("Transfer-Encoding and Content-Length");
  }

  @Test
  void should_answer_others_while_clients_that_sent_headers_stall() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 2 * ServeCommand.WORKERS; i++) {
        Socket socket = new Socket("127.0.0.1", base.getPort());
        String request = i % 2 == 0
            ? "POST /summaries HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nDie"
            : "GET /summaries/0000000000000000 HTTP/1.1\r\nHost: local"; // headers never finished
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }

      HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/summaries/0000000000000000"))
          .timeout(java.time.Duration.ofSeconds(20)).GET());

      assertThat(response.statusCode()).isEqualTo(404);
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void should_close_a_connection_that_stalls_longer_than_the_read_timeout() throws Exception {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0", "--read-timeout", "1");
    try (ServeCommand.Serving quick = serve.start((event, context) -> null, () -> new LocalContext("t", java.time.Duration.ofSeconds(5), 128));
        Socket socket = new Socket("127.0.0.1", quick.port())) {
      socket.setSoTimeout(15_000); // the test fails with a SocketTimeoutException if the server never closes
      socket.getOutputStream().write("POST /summaries HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\nDie"
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      socket.getInputStream().readAllBytes(); // returns when the server closes the connection
    }
  }

  @Test
  void should_answer_problem_json_500_and_keep_serving_when_the_function_runs_out_of_stack_or_memory() throws Exception {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0");
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    try (ServeCommand.Serving failing = serve.start((event, context) -> {
      if (calls.incrementAndGet() == 1) {
        throw new StackOverflowError();
      }
      throw new OutOfMemoryError("Java heap space");
    }, () -> new LocalContext("t", java.time.Duration.ofSeconds(5), 128))) {
      URI uri = URI.create("http://127.0.0.1:" + failing.port() + "/summaries/0000000000000000");
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Json.mapper().readTree(response.body()).get("requestId").asText()).isNotBlank();
      }
      assertThat(calls.get()).isEqualTo(2);
    }
  }
}
