package io.kurzfassung.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.kurzfassung.document.Json;
import io.kurzfassung.lambda.LocalS3;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  private static LocalS3 s3;
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer server;
  private URI base;

  @TempDir
  Path dir;

  @BeforeAll
  static void startS3() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  @BeforeEach
  void startServer() throws IOException {
    s3.clear();
    Path envVars = dir.resolve("env.json");
    Files.writeString(envVars, Json.write(Map.of("Parameters", s3.environment())));
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0", "--env-vars", envVars.toString());
    server = serve.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
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
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(2_000);
      socket.getOutputStream().write(("POST /summaries HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + (ServeCommand.MAX_BODY_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

      assertThat(response).isEqualTo("HTTP/1.1 413");
    }
  }
}
