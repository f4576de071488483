package io.kurzfassung;

import io.kurzfassung.config.Config;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.config.Observability;
import io.kurzfassung.config.Provider;
import io.kurzfassung.config.Secrets;
import io.kurzfassung.storage.S3SummaryStore;
import io.kurzfassung.storage.S3Uploads;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import io.kurzfassung.summary.llm.LlmSummarizers;
import io.kurzfassung.telemetry.EmfMetrics;
import io.kurzfassung.telemetry.SummaryMetrics;
import java.time.Clock;
import java.util.Objects;

/**
 * The composition root: builds the summariser, the store and the {@link SummarizeService} from a {@link Config}, for
 * every Lambda handler, CLI command and the SnapStart priming. The Lambda functions share one instance per execution
 * environment ({@link #forLambda}), built at class initialisation so that a SnapStart snapshot holds it ready.
 *
 * @param uploads reads the articles uploaded to S3, over the store's client
 */
public record Kurzfassung(Config config, S3Uploads uploads, SummarizeService service) {

  public Kurzfassung {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(uploads, "uploads == null");
    Objects.requireNonNull(service, "service == null");
  }

  /** The Lambda functions' collaborators: the S3 store in {@code OUTPUT_BUCKET}, its upload reader, the service. */
  public static Kurzfassung forLambda(Config config) {
    if (config.outputBucket() == null) {
      throw new ConfigException("OUTPUT_BUCKET must be set to the bucket that receives the summaries");
    }
    if (config.awsRegion() == null) {
      throw new ConfigException("AWS_REGION must be set (Lambda sets it; locally export AWS_REGION=eu-central-1)");
    }
    S3SummaryStore store =
        S3SummaryStore.create(config.awsRegion(), config.s3Endpoint(), config.outputBucket(), config.outputPrefix());
    return new Kurzfassung(config, store.uploads(),
        service(config, store, EmfMetrics.forLambda(Observability.fromEnvironment())));
  }

  /** The service over a store, with the summariser the configuration asks for; it reports no metrics. */
  public static SummarizeService service(Config config, SummaryStore store) {
    return service(config, store, SummaryMetrics.NONE);
  }

  /** The service over a store, reporting each summarisation to the given metrics. */
  public static SummarizeService service(Config config, SummaryStore store, SummaryMetrics metrics) {
    return new SummarizeService(config, summarizer(config), store, Clock.systemUTC(), metrics);
  }

  /**
   * The summariser the configuration asks for: the embedded extractive one unless a provider is set. The provider's
   * API key is read here, from {@code LLM_API_KEY} or the secret {@code LLM_API_KEY_SECRET} names.
   *
   * @throws ConfigException when a setting, the key or its secret is missing or wrong
   */
  public static Summarizer summarizer(Config config) {
    return summarizer(config, config.llmProvider().isLanguageModel() ? Secrets.standard() : null);
  }

  /** As {@link #summarizer(Config)}, with the key read from the given secrets reader (and read again after a 401). */
  public static Summarizer summarizer(Config config, Secrets secrets) {
    if (!config.llmProvider().isLanguageModel()) {
      return new ExtractiveSummarizer();
    }
    if (config.llmProvider() == Provider.BEDROCK) {
      return LlmSummarizers.create(config, null); // the Lambda role
    }
    return LlmSummarizers.create(config, secrets.apiKey(config), secrets.rereading(config));
  }

  /** The same collaborators with another service, e.g. one that stores nothing, for priming. */
  public Kurzfassung withService(SummarizeService other) {
    return new Kurzfassung(config, uploads, other);
  }
}
