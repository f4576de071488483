package io.kurzfassung.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Every setting of kurzfassung, read from the environment in this one place and validated at start. Invalid values
 * fail with a {@link ConfigException} that names the variable. {@link #toString()} never shows the API key.
 *
 * @param llmProvider {@code LLM_PROVIDER}: extractive (default), bedrock, openai, anthropic, ollama, gemini
 * @param llmModel {@code LLM_MODEL}: the provider's model id; null means the provider's default
 * @param llmBaseUrl {@code LLM_BASE_URL}: endpoint of an OpenAI-compatible server, Ollama or another provider
 * @param llmApiKey {@code LLM_API_KEY}: the key itself (prefer {@code LLM_API_KEY_SECRET} on AWS)
 * @param llmApiKeySecret {@code LLM_API_KEY_SECRET}: a Secrets Manager ARN or an SSM parameter name holding the key
 * @param llmTimeout {@code LLM_TIMEOUT_SECONDS} (default 60): bound of one model call
 * @param llmMaxRetries {@code LLM_MAX_RETRIES} (default 2): retries after the first attempt
 * @param llmFallback {@code LLM_FALLBACK}: extractive (default) or fail, when the model's answer is rejected
 * @param summaryMaxWords {@code SUMMARY_MAX_WORDS} (default 80, 20..400)
 * @param keyFactsMax {@code KEY_FACTS_MAX} (default 5, 3..7)
 * @param maxArticleChars {@code MAX_ARTICLE_CHARS} (default 200000)
 * @param summaryDir {@code SUMMARY_DIR} (default ./summaries): the local directory store
 * @param awsRegion {@code AWS_REGION}; null when unset
 * @param outputBucket {@code OUTPUT_BUCKET}: where the Lambda functions store summaries; null when unset
 * @param inputPrefix {@code INPUT_PREFIX} (default incoming/): S3 uploads under it are summarised
 * @param outputPrefix {@code OUTPUT_PREFIX} (default summaries/): summaries are written under it
 * @param s3Endpoint {@code AWS_ENDPOINT_URL_S3}, else {@code AWS_ENDPOINT_URL}: an S3-compatible server (MinIO,
 *     S3Proxy, LocalStack) reached with path-style requests; null means AWS itself
 */
public record Config(
    Provider llmProvider,
    String llmModel,
    URI llmBaseUrl,
    String llmApiKey,
    String llmApiKeySecret,
    Duration llmTimeout,
    int llmMaxRetries,
    Fallback llmFallback,
    int summaryMaxWords,
    int keyFactsMax,
    int maxArticleChars,
    Path summaryDir,
    String awsRegion,
    String outputBucket,
    String inputPrefix,
    String outputPrefix,
    URI s3Endpoint) {

  /** What happens when a model's answer fails validation after the repair round. */
  public enum Fallback {
    EXTRACTIVE,
    FAIL
  }

  /** Reads and validates the process environment. */
  public static Config fromEnvironment() {
    return from(System.getenv());
  }

  /**
   * Reads the process environment over some defaults, with some variables replaced: as {@code invoke} and
   * {@code serve} take a function's variables from template.yaml (defaults) and {@code --env-vars} (overrides).
   */
  public static Config fromEnvironment(Map<String, String> defaults, Map<String, String> overrides) {
    return from(layered(defaults, System.getenv(), overrides));
  }

  /** Later maps win. */
  @SafeVarargs
  static Map<String, String> layered(Map<String, String>... layers) {
    Map<String, String> env = new java.util.HashMap<>();
    for (Map<String, String> layer : layers) {
      env.putAll(layer);
    }
    return env;
  }

  /** Reads and validates the given variables, as if they were the environment. */
  public static Config from(Map<String, String> env) {
    Settings s = new Settings(env);
    Provider provider = Provider.of(s.string("LLM_PROVIDER", "extractive"), "LLM_PROVIDER");
    String fallback = s.string("LLM_FALLBACK", "extractive").toLowerCase(Locale.ROOT);
    if (!fallback.equals("extractive") && !fallback.equals("fail")) {
      throw new ConfigException("LLM_FALLBACK must be extractive or fail, was " + fallback);
    }
    return new Config(
        provider,
        s.string("LLM_MODEL", null),
        s.uri("LLM_BASE_URL"),
        s.string("LLM_API_KEY", null),
        s.string("LLM_API_KEY_SECRET", null),
        Duration.ofSeconds(s.integer("LLM_TIMEOUT_SECONDS", 60, 1, 900)),
        s.integer("LLM_MAX_RETRIES", 2, 0, 10),
        Fallback.valueOf(fallback.toUpperCase(Locale.ROOT)),
        s.integer("SUMMARY_MAX_WORDS", 80, 20, 400),
        s.integer("KEY_FACTS_MAX", 5, 3, 7),
        s.integer("MAX_ARTICLE_CHARS", 200_000, 1_000, 5_000_000),
        Path.of(s.string("SUMMARY_DIR", "summaries")),
        s.string("AWS_REGION", s.string("AWS_DEFAULT_REGION", null)),
        s.string("OUTPUT_BUCKET", null),
        s.prefix("INPUT_PREFIX", "incoming/"),
        s.prefix("OUTPUT_PREFIX", "summaries/"),
        s.uri("AWS_ENDPOINT_URL_S3") != null ? s.uri("AWS_ENDPOINT_URL_S3") : s.uri("AWS_ENDPOINT_URL"));
  }

  /** A copy with the provider and model overridden, as the command line's --provider and --model do. */
  public Config withModel(String provider, String model) {
    Provider p = provider == null ? llmProvider : Provider.of(provider, "--provider");
    return new Config(p, model == null ? llmModel : model, llmBaseUrl, llmApiKey, llmApiKeySecret, llmTimeout,
        llmMaxRetries, llmFallback, summaryMaxWords, keyFactsMax, maxArticleChars, summaryDir, awsRegion,
        outputBucket, inputPrefix, outputPrefix, s3Endpoint);
  }

  /** A copy with another provider and model. */
  public Config withModel(Provider provider, String model) {
    return withModel(provider.id(), model);
  }

  /**
   * The most bytes an article's raw input may have before it is parsed: up to four UTF-8 bytes per character of
   * {@code MAX_ARTICLE_CHARS}, plus room for JSON framing and markup. Larger input is refused unread.
   */
  public int maxInputBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 8, 4L * maxArticleChars + 65_536);
  }

  /** A copy with another summary directory. */
  public Config withSummaryDir(Path dir) {
    return new Config(llmProvider, llmModel, llmBaseUrl, llmApiKey, llmApiKeySecret, llmTimeout, llmMaxRetries,
        llmFallback, summaryMaxWords, keyFactsMax, maxArticleChars, dir, awsRegion, outputBucket, inputPrefix,
        outputPrefix, s3Endpoint);
  }

  @Override
  public String toString() {
    return "Config[llmProvider=" + llmProvider + ", llmModel=" + llmModel + ", llmBaseUrl=" + llmBaseUrl
        + ", llmApiKey=" + (llmApiKey == null ? "null" : "****") + ", llmApiKeySecret=" + llmApiKeySecret
        + ", llmTimeout=" + llmTimeout + ", llmMaxRetries=" + llmMaxRetries + ", llmFallback=" + llmFallback
        + ", summaryMaxWords=" + summaryMaxWords + ", keyFactsMax=" + keyFactsMax + ", maxArticleChars="
        + maxArticleChars + ", summaryDir=" + summaryDir + ", awsRegion=" + awsRegion + ", outputBucket="
        + outputBucket + ", inputPrefix=" + inputPrefix + ", outputPrefix=" + outputPrefix + ", s3Endpoint=" + s3Endpoint + "]";
  }

  private record Settings(Map<String, String> env) {

    String string(String name, String fallback) {
      String v = env.get(name);
      return v == null || v.isBlank() ? fallback : v.strip();
    }

    int integer(String name, int fallback, int min, int max) {
      String v = string(name, null);
      if (v == null) {
        return fallback;
      }
      int n;
      try {
        n = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new ConfigException(name + " must be a whole number between " + min + " and " + max + ", was " + v);
      }
      if (n < min || n > max) {
        throw new ConfigException(name + " must be between " + min + " and " + max + ", was " + n);
      }
      return n;
    }

    URI uri(String name) {
      String v = string(name, null);
      if (v == null) {
        return null;
      }
      try {
        URI uri = URI.create(v);
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
          throw new IllegalArgumentException("not http(s)");
        }
        return uri;
      } catch (IllegalArgumentException e) {
        throw new ConfigException(name + " must be an http or https URL, was " + v);
      }
    }

    String prefix(String name, String fallback) {
      String v = string(name, fallback);
      if (v.startsWith("/")) {
        throw new ConfigException(name + " must be an S3 key prefix without a leading slash, was " + v);
      }
      return v.isEmpty() || v.endsWith("/") ? v : v + "/";
    }
  }
}
