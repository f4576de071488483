package io.kurzfassung.summary.llm;

import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import io.kurzfassung.config.Config;
import io.kurzfassung.config.ConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The Bedrock chat model and the one place of the model client that knows the AWS SDK: the runtime client it is
 * built on, and what the SDK's exceptions say for {@link ModelErrors}.
 */
final class BedrockModels {

  /** What an AWS service error says: its HTTP status (429 when throttled), a detail, and any Retry-After. */
  record ServiceError(int status, String detail, Duration retryAfter) {}

  private BedrockModels() {}

  /**
   * @param credentials null for the SDK's default chain (the Lambda role)
   */
  static ChatModel chatModel(Config config, String modelId, Set<Capability> capabilities,
      AwsCredentialsProvider credentials) {
    return BedrockChatModel.builder()
        .client(client(config, credentials))
        .modelId(modelId)
        .maxRetries(0)
        .timeout(config.llmTimeout())
        .defaultRequestParameters(ChatRequestParameters.builder()
            .temperature(ChatModels.TEMPERATURE)
            .maxOutputTokens(ChatModels.MAX_OUTPUT_TOKENS)
            .build())
        .supportedCapabilities(capabilities)
        .build();
  }

  /**
   * The Bedrock runtime client: url-connection HTTP client, no SDK retries, socket and API-call timeouts set (the
   * SDK ignores LangChain4j's timeout otherwise). {@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME} is read by the SDK itself;
   * {@code LLM_BASE_URL}, when set, overrides the endpoint too.
   */
  static BedrockRuntimeClient client(Config config, AwsCredentialsProvider credentials) {
    if (config.awsRegion() == null) {
      throw new ConfigException("AWS_REGION must be set for LLM_PROVIDER bedrock");
    }
    Duration timeout = config.llmTimeout();
    var builder = BedrockRuntimeClient.builder()
        .region(Region.of(config.awsRegion()))
        .credentialsProvider(credentials != null ? credentials : DefaultCredentialsProvider.builder().build())
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(ModelHttpClient.connectTimeout(timeout))
            .socketTimeout(timeout))
        .overrideConfiguration(o -> o
            .apiCallTimeout(timeout)
            .apiCallAttemptTimeout(timeout)
            .retryStrategy(AwsRetryStrategy.doNotRetry()));
    if (config.llmBaseUrl() != null) {
      builder.endpointOverride(URI.create(config.llmBaseUrl().toString()));
    }
    return builder.build();
  }

  /** The service error an AWS exception reports; empty for anything else. */
  static Optional<ServiceError> serviceError(Throwable t) {
    if (!(t instanceof AwsServiceException aws)) {
      return Optional.empty();
    }
    AwsErrorDetails details = aws.awsErrorDetails();
    Duration retryAfter = details == null || details.sdkHttpResponse() == null ? null
        : ModelHttpClient.retryAfter(details.sdkHttpResponse().firstMatchingHeader("Retry-After"), Optional.empty());
    String detail = details == null ? aws.getMessage() : details.errorCode() + ": " + details.errorMessage();
    int status = aws.isThrottlingException() ? 429 : aws.statusCode();
    return Optional.of(new ServiceError(status, detail, retryAfter));
  }

  /** The SDK's own call timeouts. */
  static boolean isTimeout(Throwable t) {
    return t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException;
  }

  /**
   * The SDK's credential chain found no credentials. The SDK has no type of its own for it, only this message of
   * {@code AwsCredentialsProviderChain} and of each provider.
   */
  static boolean isMissingCredentials(Throwable t) {
    return t instanceof SdkClientException && t.getMessage() != null
        && t.getMessage().startsWith("Unable to load credentials");
  }

  /** A failure of the SDK's client side: the endpoint could not be reached or answered nothing usable. */
  static boolean isClientFailure(Throwable t) {
    return t instanceof SdkClientException;
  }
}
