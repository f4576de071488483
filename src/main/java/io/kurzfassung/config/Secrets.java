package io.kurzfassung.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Where the provider's API key comes from: {@code LLM_API_KEY}, or the secret that {@code LLM_API_KEY_SECRET} names
 * (a Secrets Manager ARN, or an SSM Parameter Store ARN or name starting with {@code /}). The SSM call is one signed
 * {@code AmazonSSM.GetParameter} request, which spares the package the 6 MB SSM SDK module. A key never appears
 * in a message or log. A key that cannot be read is a configuration error ({@link ConfigException}): the function
 * cannot work until its setting or its permissions are fixed.
 */
public final class Secrets {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final AwsCredentialsProvider credentials;
  private final URI secretsManagerEndpoint;
  private final URI ssmEndpoint;

  /**
   * @param secretsManagerEndpoint null for the regional endpoint
   * @param ssmEndpoint null for the regional endpoint
   */
  Secrets(AwsCredentialsProvider credentials, URI secretsManagerEndpoint, URI ssmEndpoint) {
    this.credentials = credentials;
    this.secretsManagerEndpoint = secretsManagerEndpoint;
    this.ssmEndpoint = ssmEndpoint;
  }

  /** Reads with the default AWS credentials from the regional endpoints. */
  public static Secrets standard() {
    return new Secrets(DefaultCredentialsProvider.builder().build(), null, null);
  }

  /** The provider's API key, or null when neither variable is set. */
  public String apiKey(Config config) {
    if (config.llmApiKey() != null) {
      return config.llmApiKey();
    }
    String secret = config.llmApiKeySecret();
    if (secret == null) {
      return null;
    }
    try {
      if (secret.startsWith("arn:aws:secretsmanager:")) {
        return fromSecretsManager(secret, arnRegion(secret, config));
      }
      if (secret.startsWith("arn:aws:ssm:")) {
        String name = secret.substring(secret.indexOf(":parameter") + ":parameter".length());
        return fromParameterStore(name.startsWith("/") ? name : "/" + name, arnRegion(secret, config));
      }
      if (secret.startsWith("/")) {
        return fromParameterStore(secret, region(config));
      }
    } catch (SdkException | IOException e) {
      throw new ConfigException("cannot read LLM_API_KEY_SECRET " + secret + ": " + e.getMessage(), e);
    }
    throw new ConfigException("LLM_API_KEY_SECRET must be a Secrets Manager ARN (arn:aws:secretsmanager:...),"
        + " an SSM parameter ARN (arn:aws:ssm:...) or a parameter name starting with /, was " + secret);
  }

  private String fromSecretsManager(String arn, String region) {
    var builder = SecretsManagerClient.builder()
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(TIMEOUT).socketTimeout(TIMEOUT).build());
    if (secretsManagerEndpoint != null) {
      builder.endpointOverride(secretsManagerEndpoint);
    }
    try (SecretsManagerClient client = builder.build()) {
      String value = client.getSecretValue(r -> r.secretId(arn)).secretString();
      return unwrap(value, arn);
    }
  }

  private String fromParameterStore(String name, String region) throws IOException {
    URI endpoint = ssmEndpoint != null ? ssmEndpoint : URI.create("https://ssm." + region + ".amazonaws.com/");
    String body = JSON.writeValueAsString(JSON.createObjectNode().put("Name", name).put("WithDecryption", true));
    SdkHttpFullRequest request = SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint)
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("X-Amz-Target", "AmazonSSM.GetParameter")
        .build();
    SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(credentials.resolveCredentials())
        .request(request)
        .payload(ContentStreamProvider.fromUtf8String(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ssm")
        .putProperty(AwsV4HttpSigner.REGION_NAME, region));
    try (SdkHttpClient http = UrlConnectionHttpClient.builder().connectionTimeout(TIMEOUT).socketTimeout(TIMEOUT).build()) {
      HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
          .request(signed.request())
          .contentStreamProvider(signed.payload().orElse(null))
          .build()).call();
      String text;
      try (InputStream in = response.responseBody().map(InputStream.class::cast).orElse(InputStream.nullInputStream())) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      JsonNode json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
      int status = response.httpResponse().statusCode();
      if (status != 200) {
        String type = json.path("__type").asText("HTTP " + status);
        throw new ConfigException("cannot read SSM parameter " + name + ": " + type.replaceAll(".*#", "")
            + (json.hasNonNull("message") ? " (" + json.get("message").asText() + ")" : ""));
      }
      JsonNode value = json.path("Parameter").path("Value");
      if (!value.isTextual() || value.asText().isBlank()) {
        throw new ConfigException("SSM parameter " + name + " has no value");
      }
      return value.asText().strip();
    }
  }

  /** A secret is either the key itself or a JSON object holding it. */
  private static String unwrap(String value, String arn) {
    if (value == null || value.isBlank()) {
      throw new ConfigException("secret " + arn + " has no SecretString");
    }
    String v = value.strip();
    if (!v.startsWith("{")) {
      return v;
    }
    try {
      JsonNode json = JSON.readTree(v);
      for (String field : new String[] {"apiKey", "api_key", "LLM_API_KEY", "key"}) {
        if (json.path(field).isTextual()) {
          return json.get(field).asText().strip();
        }
      }
      if (json.size() == 1 && json.elements().next().isTextual()) {
        return json.elements().next().asText().strip();
      }
    } catch (IOException e) {
      return v;
    }
    throw new ConfigException("secret " + arn + " is a JSON object without an apiKey field");
  }

  private static String arnRegion(String arn, Config config) {
    String[] parts = arn.split(":");
    return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : region(config);
  }

  private static String region(Config config) {
    if (config.awsRegion() == null) {
      throw new ConfigException("AWS_REGION must be set to read LLM_API_KEY_SECRET");
    }
    return config.awsRegion();
  }
}
