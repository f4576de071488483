package io.kurzfassung.config;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The API key from LLM_API_KEY, Secrets Manager and SSM Parameter Store, the AWS APIs served by WireMock. */
class SecretsTest {

  WireMockServer server;
  Secrets keys;

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    URI endpoint = URI.create(server.baseUrl());
    keys = new Secrets(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")), endpoint,
        endpoint);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  static Config config(String secret) {
    return Config.from(Map.of("LLM_PROVIDER", "openai", "LLM_API_KEY_SECRET", secret, "AWS_REGION", "eu-central-1"));
  }

  @Test
  void should_prefer_llm_api_key() {
    Config config = Config.from(Map.of("LLM_PROVIDER", "openai", "LLM_API_KEY", "sk-direct",
        "LLM_API_KEY_SECRET", "/never/read"));
    assertThat(keys.apiKey(config)).isEqualTo("sk-direct");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_read_the_key_from_secrets_manager() {
    String arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:kurzfassung/llm-AbCdEf";
    server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
        .willReturn(okJson("{\"ARN\":\"" + arn + "\",\"Name\":\"kurzfassung/llm\","
            + "\"SecretString\":\"{\\\"apiKey\\\":\\\"sk-from-secrets-manager\\\"}\"}")));
    assertThat(keys.apiKey(config(arn))).isEqualTo("sk-from-secrets-manager");
    var request = server.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
    assertThat(request.getBodyAsString()).contains(arn);
    assertThat(request.getHeader("Authorization")).contains("/eu-west-1/secretsmanager/aws4_request");
  }

  @Test
  void should_read_a_secure_string_from_parameter_store_with_a_signed_request() {
    server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
        .withRequestBody(equalToJson("{\"Name\":\"/kurzfassung/llm-key\",\"WithDecryption\":true}"))
        .willReturn(okJson("{\"Parameter\":{\"Name\":\"/kurzfassung/llm-key\",\"Type\":\"SecureString\","
            + "\"Value\":\"sk-from-ssm\",\"Version\":1}}")));
    assertThat(keys.apiKey(config("/kurzfassung/llm-key"))).isEqualTo("sk-from-ssm");
    var request = server.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
    assertThat(request.getHeader("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/")
        .contains("/eu-central-1/ssm/aws4_request")
        .contains("SignedHeaders=").contains("x-amz-target");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(request.getHeader("X-Amz-Date")).isNotBlank();
  }

  @Test
  void should_read_a_parameter_by_arn_in_its_region() {
    server.stubFor(post(urlEqualTo("/"))
        .withRequestBody(equalToJson("{\"Name\":\"/kurzfassung/llm-key\",\"WithDecryption\":true}"))
        .willReturn(okJson("{\"Parameter\":{\"Value\":\"sk-arn\"}}")));
    assertThat(keys.apiKey(config("arn:aws:ssm:us-east-1:123456789012:parameter/kurzfassung/llm-key")))
        .isEqualTo("sk-arn");
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/"))).get(0).getHeader("Authorization"))
        .contains("/us-east-1/ssm/aws4_request");
  }

  @Test
  void should_fail_as_configuration_error_when_the_parameter_is_missing() {
    server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/x-amz-json-1.1")
        .withBody("{\"__type\":\"ParameterNotFound\",\"message\":\"no such parameter\"}")));
    assertThatThrownBy(() -> keys.apiKey(config("/kurzfassung/missing")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ParameterNotFound");
  }

  @Test
  void should_reject_a_secret_reference_it_cannot_read() {
    assertThatThrownBy(() -> keys.apiKey(config("my-secret")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("LLM_API_KEY_SECRET");
  }

  @Test
  void should_build_the_ssm_endpoint_in_the_regions_partition() {
    assertThat(Secrets.ssmEndpoint("eu-central-1")).hasToString("https://ssm.eu-central-1.amazonaws.com/");
    assertThat(Secrets.ssmEndpoint("cn-north-1")).hasToString("https://ssm.cn-north-1.amazonaws.com.cn/");
    assertThat(Secrets.ssmEndpoint("us-gov-west-1")).hasToString("https://ssm.us-gov-west-1.amazonaws.com/");
    assertThat(Secrets.partition("cn-north-1").id()).isEqualTo("aws-cn");
    assertThat(Secrets.partition("us-gov-west-1").id()).isEqualTo("aws-us-gov");
  }

  @Test
  void should_read_parameter_and_secret_arns_of_the_china_and_govcloud_partitions() {
    server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
        .willReturn(okJson("{\"Parameter\":{\"Value\":\"sk-cn\"}}")));
    String cn = "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:kurzfassung/llm-AbCdEf";
    server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
        .willReturn(okJson("{\"ARN\":\"" + cn + "\",\"SecretString\":\"sk-gov\"}")));

    assertThat(keys.apiKey(config("arn:aws-cn:ssm:cn-north-1:123456789012:parameter/kurzfassung/llm-key")))
        .isEqualTo("sk-cn");
    assertThat(keys.apiKey(config(cn))).isEqualTo("sk-gov");
    assertThat(keys.apiKey(config("arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/k")))
        .isEqualTo("sk-cn");

    var requests = server.findAll(postRequestedFor(urlEqualTo("/")));
    assertThat(requests).extracting(r -> r.getHeader("Authorization"))
        .anySatisfy(a -> assertThat(a).contains("/cn-north-1/ssm/aws4_request"))
        .anySatisfy(a -> assertThat(a).contains("/cn-north-1/secretsmanager/aws4_request"))
        .anySatisfy(a -> assertThat(a).contains("/us-gov-west-1/ssm/aws4_request"));
  }

  @Test
  void should_refuse_an_arn_whose_partition_is_not_its_regions() {
    assertThatThrownBy(() -> keys.apiKey(config("arn:aws:ssm:cn-north-1:123456789012:parameter/k")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("partition aws, but region cn-north-1 is in partition aws-cn");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_read_the_secret_again_when_asked_and_not_a_key_given_directly() {
    server.stubFor(post(urlEqualTo("/")).inScenario("rotation").whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"Parameter\":{\"Value\":\"sk-old\"}}")).willSetStateTo("rotated"));
    server.stubFor(post(urlEqualTo("/")).inScenario("rotation").whenScenarioStateIs("rotated")
        .willReturn(okJson("{\"Parameter\":{\"Value\":\"sk-new\"}}")));
    Config config = config("/kurzfassung/llm-key");

    assertThat(keys.apiKey(config)).isEqualTo("sk-old");
    assertThat(keys.rereading(config).get()).isEqualTo("sk-new");
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/")))).hasSize(2);
    assertThat(keys.rereading(Config.from(Map.of("LLM_PROVIDER", "openai", "LLM_API_KEY", "sk-direct")))).isNull();
  }
}
