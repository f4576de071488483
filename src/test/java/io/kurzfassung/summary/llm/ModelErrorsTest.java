package io.kurzfassung.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.Article;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelException;
import io.kurzfassung.summary.ModelUnavailableException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;

/** The messages of model failures a user meets first: no credentials, an endpoint that cannot be reached. */
class ModelErrorsTest {

  final Article article = Samples.article();

  @Test
  void should_say_that_no_aws_credentials_were_found_and_how_to_provide_them() {
    WireMockServer server = WireAnswers.start();
    try {
      // The SDK's own chain, with nothing to find (surefire points the profile files at /nonexistent).
      var nothing = AwsCredentialsProviderChain.of(SystemPropertyCredentialsProvider.create(),
          ProfileCredentialsProvider.builder().profileName("kurzfassung-test").build());
      var config = WireAnswers.config("bedrock", server.baseUrl());
      var model = BedrockModels.chatModel(config, BedrockProviderTest.MODEL, Set.of(), nothing);
      var call = new ModelCall(model, "bedrock", BedrockProviderTest.MODEL, Retries.of(2, Duration.ofSeconds(5)), null);

      ModelException e = catchThrowableOfType(ModelException.class, () -> call.ask("Fasse zusammen.", null));

      assertThat(e).isInstanceOf(ModelAuthenticationException.class);
      assertThat(e.getMessage()).startsWith("bedrock found no AWS credentials: set AWS_PROFILE")
          .contains("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
          .doesNotContain("AwsCredentialsProviderChain", "could not be reached");
      assertThat(server.getAllServeEvents()).as("nothing was sent, and not retried").isEmpty();
    } finally {
      server.stop();
    }
  }

  @Test
  void should_name_the_endpoint_that_refused_the_connection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    var summarizer = Kurzfassung.summarizer(WireAnswers.config("openai", "http://127.0.0.1:" + port + "/v1",
        "LLM_API_KEY", "sk-test-key", "LLM_MAX_RETRIES", "0"));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> summarizer.summarize(Samples.request(article)));

    assertThat(e).isInstanceOf(ModelUnavailableException.class);
    assertThat(e.getMessage()).isEqualTo("openai is unreachable at http://127.0.0.1:" + port
        + " (connection refused): check the network, or LLM_BASE_URL, which sets the endpoint");
  }

  @Test
  void should_name_the_host_that_could_not_be_resolved() {
    var summarizer = Kurzfassung.summarizer(WireAnswers.config("anthropic", "https://kurzfassung-test.invalid/v1",
        "LLM_API_KEY", "sk-test-key", "LLM_MAX_RETRIES", "0"));

    ModelException e = catchThrowableOfType(ModelException.class,
        () -> summarizer.summarize(Samples.request(article)));

    assertThat(e).isInstanceOf(ModelUnavailableException.class);
    assertThat(e.getMessage()).startsWith("anthropic is unreachable at https://kurzfassung-test.invalid (unknown host)");
  }

  @Test
  void should_name_the_providers_default_host_when_no_base_url_is_set() {
    // What LangChain4j makes of an unknown host: it keeps only the root cause, so the endpoint travels without one.
    ConnectException jdk = new ConnectException();
    jdk.initCause(new UnresolvedAddressException());
    var unreachable = new ModelHttpClient.UnreachableException(
        URI.create("https://api.openai.com/v1/chat/completions"), jdk);

    ModelException e = ModelErrors.map(new RuntimeException(unreachable), "openai", null);

    assertThat(e.getMessage()).startsWith("openai is unreachable at https://api.openai.com (unknown host)")
        .doesNotContain("/v1");
    assertThat(unreachable.getCause()).isNull();
    assertThat(unreachable.getSuppressed()).containsExactly(jdk);
    // Without the endpoint, as before: still unavailable, but it cannot say where.
    assertThat(ModelErrors.map(new UnresolvedModelServerException(new UnresolvedAddressException()), "openai", null))
        .isInstanceOf(ModelUnavailableException.class);
  }
}
