package io.kurzfassung.config;

import java.util.Locale;
import java.util.Map;

/**
 * How the process logs and reports metrics, from the variables Lambda sets: {@code AWS_LAMBDA_LOG_FORMAT} (JSON
 * when the function's LoggingConfig says so), {@code AWS_LAMBDA_LOG_LEVEL}, {@code AWS_LAMBDA_FUNCTION_NAME}
 * (set only inside Lambda: metrics are written only there) and {@code METRICS_NAMESPACE}.
 *
 * @param jsonLogs every log line is one JSON object
 * @param logLevel TRACE, DEBUG, INFO, WARN or ERROR (FATAL counts as ERROR); null, also for an unknown value, leaves
 *     it to the logger (INFO, or what the CLI sets)
 * @param functionName the Lambda function's name; null outside Lambda
 * @param metricsNamespace the CloudWatch namespace of the metrics (default kurzfassung)
 */
public record Observability(boolean jsonLogs, String logLevel, String functionName, String metricsNamespace) {

  public static Observability fromEnvironment() {
    return from(System.getenv());
  }

  public static Observability from(Map<String, String> env) {
    // Lambda sets only valid levels; anything else leaves the level to the logger rather than stopping the
    // logging, which starts before any configuration error could be reported.
    String level = blankToNull(env.get("AWS_LAMBDA_LOG_LEVEL"));
    if (level != null) {
      level = level.toUpperCase(Locale.ROOT);
      level = level.equals("FATAL") ? "ERROR" : level;
      level = level.matches("TRACE|DEBUG|INFO|WARN|ERROR") ? level : null;
    }
    String namespace = blankToNull(env.get("METRICS_NAMESPACE"));
    return new Observability("JSON".equalsIgnoreCase(blankToNull(env.get("AWS_LAMBDA_LOG_FORMAT"))), level,
        blankToNull(env.get("AWS_LAMBDA_FUNCTION_NAME")), namespace == null ? "kurzfassung" : namespace);
  }

  /** Whether this process is a Lambda function (and so writes metrics). */
  public boolean inLambda() {
    return functionName != null;
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
