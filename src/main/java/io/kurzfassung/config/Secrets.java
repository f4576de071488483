package io.kurzfassung.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Where the provider's API key comes from: {@code LLM_API_KEY}, or the secret that {@code LLM_API_KEY_SECRET} names
 * (a Secrets Manager ARN, or an SSM Parameter Store ARN or name starting with {@code /}). The SSM call is one signed
 * {@code AmazonSSM.GetParameter} request, which spares the package the 6 MB SSM SDK module. A key never appears
 * in a message or log. A key that cannot be read is a configuration error ({@link ConfigException}): the function
 * cannot work until its setting or its permissions are fixed. ARNs of every partition are read ({@code arn:aws:},
 * {@code arn:aws-cn:}, {@code arn:aws-us-gov:}); the SSM endpoint is the region's partition's
 * ({@code ssm.cn-north-1.amazonaws.com.cn}).
 */
public final class Secrets {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** arn:partition:service:region:account:resource, for the two services a key can live in. */
  private static final Pattern ARN = Pattern.compile("arn:(aws[a-z-]*):(secretsmanager|ssm):([^:]*):.*");

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

  /** Reads from one endpoint serving both APIs (LocalStack, a test server) with the given credentials. */
  public static Secrets at(URI endpoint, AwsCredentialsProvider credentials) {
    return new Secrets(credentials, endpoint, endpoint);
  }

  /**
   * Reads the key again from where {@link #apiKey} read it: for a provider that refused the key, which may have been
   * rotated since it was read (before a SnapStart snapshot). Null when the key comes from {@code LLM_API_KEY}, which
   * cannot change while the function runs.
   */
  public Supplier<String> rereading(Config config) {
    return config.llmApiKey() == null && config.llmApiKeySecret() != null ? () -> apiKey(config) : null;
  }

  /** The partition of a region ({@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...). */
  static PartitionMetadata partition(String region) {
    return PartitionMetadata.of(Region.of(region));
  }

  /** The regional SSM endpoint, in the region's partition's DNS domain. */
  static URI ssmEndpoint(String region) {
    return URI.create("https://ssm." + region + "." + partition(region).dnsSuffix() + "/");
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
    Matcher arn = ARN.matcher(secret);
    try {
      if (arn.matches()) {
        String region = arn.group(3).isEmpty() ? region(config) : arn.group(3);
        requirePartition(arn.group(1), region, secret);
        if (arn.group(2).equals("secretsmanager")) {
          return fromSecretsManager(secret, region);
        }
        int parameter = secret.indexOf(":parameter");
        if (parameter < 0) {
          throw new ConfigException("LLM_API_KEY_SECRET " + secret + " is an SSM ARN without :parameter/<name>");
        }
        String name = secret.substring(parameter + ":parameter".length());
        return fromParameterStore(name.startsWith("/") ? name : "/" + name, region);
      }
      if (secret.startsWith("/")) {
        return fromParameterStore(secret, region(config));
      }
    } catch (SdkException | IOException e) {
      throw new ConfigException("cannot read LLM_API_KEY_SECRET " + secret + ": " + e.getMessage(), e);
    }
    throw new ConfigException("LLM_API_KEY_SECRET must be a Secrets Manager ARN (arn:<partition>:secretsmanager:...),"
        + " an SSM parameter ARN (arn:<partition>:ssm:...) or a parameter name starting with /, was " + secret);
  }

  /** An ARN's partition must be its region's: arn:aws:...:cn-north-1 is a typo that would only fail at signing. */
  private static void requirePartition(String partition, String region, String arn) {
    String expected = partition(region).id();
    if (!partition.equals(expected)) {
      throw new ConfigException("LLM_API_KEY_SECRET " + arn + " names partition " + partition + ", but region "
          + region + " is in partition " + expected);
    }
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
    URI endpoint = ssmEndpoint != null ? ssmEndpoint : ssmEndpoint(region);
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

  private static String region(Config config) {
    if (config.awsRegion() == null) {
      throw new ConfigException("AWS_REGION must be set to read LLM_API_KEY_SECRET");
    }
    return config.awsRegion();
  }
}
