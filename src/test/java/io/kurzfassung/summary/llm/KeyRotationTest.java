package io.kurzfassung.summary.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.Article;
import io.kurzfassung.config.Config;
import io.kurzfassung.config.Secrets;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.SummaryRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A key rotated after it was read (after a SnapStart snapshot): the provider's 401 makes the function read the
 * secret again (SSM Parameter Store, served by WireMock with the provider's API) and ask once more with the new key.
 */
class KeyRotationTest {

  static final String CHAT = "/v1/chat/completions";
  static final String UNAUTHORIZED = "{\"error\":{\"message\":\"Incorrect API key provided\","
      + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}";

  WireMockServer server;
  final Article article = Samples.article();

  @BeforeEach
  void start() {
    server = WireAnswers.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  Summarizer summarizer() {
    Config config = WireAnswers.config("openai", server.baseUrl() + "/v1", "LLM_API_KEY_SECRET",
        "/kurzfassung/llm-key", "AWS_REGION", "eu-central-1", "LLM_MAX_RETRIES", "0");
    Secrets secrets = Secrets.at(URI.create(server.baseUrl()),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")));
    return Kurzfassung.summarizer(config, secrets);
  }

  /** The parameter holds sk-old when first read, then the given key. */
  void parameter(String after) {
    var ssm = post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter")).inScenario("key");
    server.stubFor(ssm.whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"Parameter\":{\"Value\":\"sk-old\"}}")).willSetStateTo("rotated"));
    server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
        .inScenario("key").whenScenarioStateIs("rotated")
        .willReturn(okJson("{\"Parameter\":{\"Value\":\"" + after + "\"}}")));
    server.stubFor(post(urlEqualTo(CHAT)).withHeader("Authorization", equalTo("Bearer sk-old"))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED)));
    server.stubFor(post(urlEqualTo(CHAT)).withHeader("Authorization", equalTo("Bearer sk-new"))
        .willReturn(okJson(WireAnswers.openAi(Samples.good(article)))));
  }

  List<LoggedRequest> chats() {
    return server.findAll(postRequestedFor(urlEqualTo(CHAT)));
  }

  List<LoggedRequest> parameterReads() {
    return server.findAll(postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void should_read_the_key_again_after_a_401_and_succeed_with_the_rotated_key() {
    parameter("sk-new");
    Summarizer summarizer = summarizer();
    assertThat(parameterReads()).hasSize(1);
    SummaryRequest request = Samples.request(article);

    var summary = summarizer.summarize(request);

    assertThat(summary.model().fallbackReason()).isNull();
    assertThat(chats()).extracting(r -> r.getHeader("Authorization")).containsExactly("Bearer sk-old", "Bearer sk-new");
    assertThat(parameterReads()).hasSize(2);
    assertThat(request.use().figures().errors()).containsEntry("Authentication", 1);
    // The new key stays: the next article is asked with it at once, and the secret is not read again.
    summarizer.summarize(Samples.request(article));
    assertThat(chats()).hasSize(3);
    assertThat(chats().get(2).getHeader("Authorization")).isEqualTo("Bearer sk-new");
    assertThat(parameterReads()).hasSize(2);
  }

  @Test
  void should_fail_after_one_re_read_when_the_key_did_not_change() {
    parameter("sk-old");
    Summarizer summarizer = summarizer();

    assertThatThrownBy(() -> summarizer.summarize(Samples.request(article)))
        .isInstanceOf(ModelAuthenticationException.class)
        .hasMessageNotContaining("sk-old");
    assertThat(chats()).hasSize(1);
    assertThat(parameterReads()).hasSize(2);
  }
}
