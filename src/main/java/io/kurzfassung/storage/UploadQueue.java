package io.kurzfassung.storage;

import io.kurzfassung.config.ConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * The SQS queue that carries upload notifications to the upload function. A message that failed for a reason that
 * passes (the model throttling, unavailable or slow; S3 errors) is not retried at once: its visibility timeout is set
 * to a back-off, so that a provider's throttling does not use up the message's receives in seconds.
 */
public final class UploadQueue {

  private final SqsClient sqs;
  private final URI endpoint;

  public UploadQueue(SqsClient sqs, URI endpoint) {
    this.sqs = Objects.requireNonNull(sqs, "sqs == null");
    this.endpoint = endpoint;
  }

  /**
   * The queue client with the JDK's URL connection, an explicit region and the default credential chain.
   *
   * @param endpoint an SQS-compatible server; null for AWS itself
   */
  public static UploadQueue create(String region, URI endpoint) {
    if (region == null || region.isBlank()) {
      throw new ConfigException("AWS_REGION must be set for SQS, was " + region);
    }
    SqsClientBuilder builder = SqsClient.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .region(Region.of(region))
        .credentialsProvider(DefaultCredentialsProvider.builder().build());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return new UploadQueue(builder.build(), endpoint);
  }

  /**
   * Makes the received message visible again only after the delay (SQS allows 0 s to 12 h).
   *
   * @param queueArn the queue's ARN, as the event names it ({@code eventSourceARN})
   * @throws StorageException when SQS refuses (the message then reappears after the queue's visibility timeout)
   */
  public void delay(String queueArn, String receiptHandle, Duration delay) {
    String url = urlOf(queueArn);
    int seconds = (int) Math.max(0, Math.min(delay.toSeconds(), Duration.ofHours(12).toSeconds()));
    try {
      sqs.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(receiptHandle).visibilityTimeout(seconds));
    } catch (SdkException e) {
      throw new StorageException("cannot change the visibility of a message in " + url + ": " + e.getMessage(), e);
    }
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
