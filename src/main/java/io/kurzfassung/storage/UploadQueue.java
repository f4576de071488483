package io.kurzfassung.storage;

import io.kurzfassung.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * The SQS queue that carries upload notifications to the upload function. A message that failed for a reason that
 * passes (the model throttling, unavailable or slow; S3 errors) is not retried at once: its visibility timeout is set
 * to a back-off, so that a provider's throttling does not use up the message's receives in seconds.
 *
 * <p>One SQS action, {@code ChangeMessageVisibility}, in SQS's JSON protocol, signed with the SDK's SigV4 signer and
 * sent with the SDK's URL-connection client, both already in the Lambda jar for S3. Hand-written rather than the SDK's
 * SQS client on purpose: that module (about 700 KB compressed: 377 model classes for some 20 actions) would take the
 * Lambda jar over its 19 MB budget (LambdaJarIT) for this one call.
 */
public final class UploadQueue {

  private static final String TARGET = "AmazonSQS.ChangeMessageVisibility";
  private static final long MAX_VISIBILITY_SECONDS = Duration.ofHours(12).toSeconds();

  private final SdkHttpClient http;
  private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
  private final String region;
  private final URI endpoint;

  UploadQueue(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region,
      URI endpoint) {
    this.http = Objects.requireNonNull(http, "http == null");
    this.credentials = Objects.requireNonNull(credentials, "credentials == null");
    this.region = region;
    this.endpoint = endpoint;
  }

  /**
   * The queue client in a region with the default credential chain.
   *
   * @param endpoint an SQS-compatible server; null for SQS in the region
   */
  public static UploadQueue create(String region, URI endpoint) {
    if (region == null || region.isBlank()) {
      throw new ConfigException("AWS_REGION must be set for SQS, was " + region);
    }
    return new UploadQueue(UrlConnectionHttpClient.create(), DefaultCredentialsProvider.builder().build(), region,
        endpoint);
  }

  /**
   * Makes the received message visible again only after the delay (SQS allows 0 s to 12 h).
   *
   * @param queueArn the queue's ARN, as the event names it ({@code eventSourceARN})
   * @throws StorageException when SQS refuses (the message then reappears after the queue's visibility timeout)
   */
  public void delay(String queueArn, String receiptHandle, Duration delay) {
    String url = urlOf(queueArn);
    long seconds = Math.max(0, Math.min(delay.toSeconds(), MAX_VISIBILITY_SECONDS));
    byte[] body = io.kurzfassung.document.Json.write(Map.of("QueueUrl", url, "ReceiptHandle", receiptHandle,
        "VisibilityTimeout", seconds)).getBytes(StandardCharsets.UTF_8);
    call(url, body);
  }

  private void call(String url, byte[] body) {
    URI service = serviceEndpoint(url);
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(service)
        .putHeader("Content-Type", "application/x-amz-json-1.0")
        .putHeader("X-Amz-Target", TARGET)
        .build();
    try {
      AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
      SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
          .identity(identity)
          .request(request)
          .payload(ContentStreamProvider.fromByteArray(body))
          .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sqs")
          .putProperty(AwsV4HttpSigner.REGION_NAME, region));
      HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
          .request(signed.request())
          .contentStreamProvider(signed.payload().orElse(null))
          .build()).call();
      String answer = read(response);
      if (!response.httpResponse().isSuccessful()) {
        throw new StorageException("SQS answered " + response.httpResponse().statusCode() + " to " + TARGET + " on "
            + url + ": " + answer, null);
      }
    } catch (SdkException | IOException | java.util.concurrent.CompletionException e) {
      throw new StorageException("cannot change the visibility of a message in " + url + ": " + e.getMessage(), e);
    }
  }

  private static String read(HttpExecuteResponse response) throws IOException {
    if (response.responseBody().isEmpty()) {
      return "";
    }
    try (InputStream in = response.responseBody().get()) {
      return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    }
  }

  /** Where the request goes: the configured endpoint, else the queue URL's host. */
  private URI serviceEndpoint(String url) {
    if (endpoint != null) {
      return URI.create(endpoint.toString().replaceAll("/+$", "") + "/");
    }
    URI queue = URI.create(url);
    return URI.create(queue.getScheme() + "://" + queue.getHost() + "/");
  }

  /**
   * The queue URL of {@code arn:aws:sqs:<region>:<account>:<name>}: SQS's own host, or the endpoint's for an
   * SQS-compatible server.
   */
  public String urlOf(String queueArn) {
    String[] parts = queueArn == null ? new String[0] : queueArn.split(":", 6);
    if (parts.length != 6 || !"sqs".equals(parts[2])) {
      throw new IllegalArgumentException("not an SQS queue ARN: " + queueArn);
    }
    String base = endpoint != null ? endpoint.toString().replaceAll("/+$", "")
        : "https://sqs." + parts[3] + ".amazonaws.com" + (parts[1].startsWith("aws-cn") ? ".cn" : "");
    return base + "/" + parts[4] + "/" + parts[5];
  }
}
