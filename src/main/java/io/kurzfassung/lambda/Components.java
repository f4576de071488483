package io.kurzfassung.lambda;

import io.kurzfassung.SummarizeService;
import io.kurzfassung.config.Config;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.storage.S3SummaryStore;
import io.kurzfassung.summary.Summarizers;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the handlers work with: the configuration, one S3 client, the S3 store and the service. The handlers'
 * public constructors share one instance per execution environment, built during Lambda's init phase so that a
 * SnapStart snapshot holds it ready.
 */
public record Components(Config config, S3Client s3, S3SummaryStore store, SummarizeService service) {

  public Components {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(s3, "s3 == null");
    Objects.requireNonNull(store, "store == null");
    Objects.requireNonNull(service, "service == null");
  }

  /**
   * The most bytes an article's raw input may have before it is parsed: up to four UTF-8 bytes per character of
   * {@code MAX_ARTICLE_CHARS}, plus room for JSON framing and markup. Larger input is refused unread (413).
   */
  public int maxInputBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 8, 4L * config.maxArticleChars() + 65_536);
  }

  /** Builds the S3 client, the store and the service for a configuration. */
  public static Components create(Config config) {
    if (config.outputBucket() == null) {
      throw new ConfigException("OUTPUT_BUCKET must be set to the bucket that receives the summaries");
    }
    if (config.awsRegion() == null) {
      throw new ConfigException("AWS_REGION must be set (Lambda sets it; locally export AWS_REGION=eu-central-1)");
    }
    S3Client s3 = S3SummaryStore.client(config.awsRegion(), config.s3Endpoint());
    S3SummaryStore store = new S3SummaryStore(s3, config.outputBucket(), config.outputPrefix());
    SummarizeService service = new SummarizeService(config, Summarizers.create(config), store, Clock.systemUTC());
    return new Components(config, s3, store, service);
  }

  /** The same collaborators with another service, e.g. one that stores nothing, for priming. */
  Components withService(SummarizeService other) {
    return new Components(config, s3, store, other);
  }

  /** The components of this execution environment, from its environment variables; built once. */
  static Components fromEnvironment() {
    return FromEnvironment.INSTANCE;
  }

  private static final class FromEnvironment {
    static final Components INSTANCE = create(Config.fromEnvironment());

    static {
      Priming.register(INSTANCE);
    }
  }
}
