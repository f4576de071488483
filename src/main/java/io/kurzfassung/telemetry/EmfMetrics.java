package io.kurzfassung.telemetry;

import io.kurzfassung.config.Observability;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes one CloudWatch Embedded Metric Format document per summarisation to standard output, where Lambda's log
 * agent turns it into metrics: Summaries, ModelLatency, InputTokens, OutputTokens, Repairs, Fallbacks, ModelErrors,
 * ArticleCharacters, StorageConflicts and SkippedRedeliveries, with the dimensions [Function, Provider]. Fallbacks
 * are also counted by [Function, Provider, FallbackReason]; each type of failed model call gets one more small
 * document, ModelErrors by [Function, Provider, ErrorType]. The document is also the summarisation's log line:
 * level, message, request id, article id, provider, model and outcome are its properties.
 *
 * <p>Written directly rather than with Powertools Metrics: the format is a documented JSON shape, and this class is
 * one small class on a path that runs in every invocation (the README's cold-start section has the figures).
 *
 * @see <a href=
 *     "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html"
 *     >EMF specification</a>
 */
public final class EmfMetrics implements SummaryMetrics {

  private final String namespace;
  private final String function;
  private final Supplier<PrintStream> out;
  private final Clock clock;

  public EmfMetrics(String namespace, String function, Supplier<PrintStream> out, Clock clock) {
    this.namespace = Objects.requireNonNull(namespace, "namespace == null");
    this.function = Objects.requireNonNull(function, "function == null");
    this.out = Objects.requireNonNull(out, "out == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** The metrics of this Lambda function: its name, the namespace {@code METRICS_NAMESPACE}, standard output. */
  public static SummaryMetrics forLambda(Observability settings) {
    return settings.inLambda()
        ? new EmfMetrics(settings.metricsNamespace(), settings.functionName(), () -> System.out, Clock.systemUTC())
        : NONE;
  }

  @Override
  public void record(Summarisation s) {
    StringBuilder lines = new StringBuilder(1024).append(document(s)).append('\n');
    s.modelErrors().forEach((type, count) -> lines.append(errorDocument(s, type, count)).append('\n'));
    out.get().print(lines);
  }

  String document(Summarisation s) {
    boolean summarised = s.outcome() == Summarisation.Outcome.SUMMARISED
        || s.outcome() == Summarisation.Outcome.FALLBACK;
    List<Object[]> metrics = new ArrayList<>();
    metrics.add(new Object[] {"Summaries", "Count", summarised ? 1 : 0});
    if (s.modelCalls() > 0) {
      metrics.add(new Object[] {"ModelLatency", "Milliseconds", s.modelLatencyMillis()});
    }
    metrics.add(new Object[] {"InputTokens", "Count", s.inputTokens()});
    metrics.add(new Object[] {"OutputTokens", "Count", s.outputTokens()});
    metrics.add(new Object[] {"Repairs", "Count", s.repairs()});
    metrics.add(new Object[] {"Fallbacks", "Count", s.fallbackReason() != null ? 1 : 0});
    metrics.add(new Object[] {"ModelErrors", "Count", s.modelErrors().values().stream().mapToInt(i -> i).sum()});
    metrics.add(new Object[] {"ArticleCharacters", "Count", s.articleCharacters()});
    metrics.add(new Object[] {"StorageConflicts", "Count", s.storageConflict() ? 1 : 0});
    metrics.add(new Object[] {"SkippedRedeliveries", "Count", s.outcome() == Summarisation.Outcome.SKIPPED ? 1 : 0});

    StringBuilder doc = new StringBuilder(1024).append("{\"_aws\":{\"Timestamp\":").append(clock.millis())
        .append(",\"CloudWatchMetrics\":[");
    directive(doc, List.of("Function", "Provider"), metrics);
    if (s.fallbackReason() != null) {
      doc.append(',');
      directive(doc, List.of("Function", "Provider", "FallbackReason"),
          List.<Object[]>of(new Object[] {"Fallbacks", "Count", 1}));
    }
    doc.append("]}");
    JsonText.field(doc, "Function", function);
    JsonText.field(doc, "Provider", s.provider());
    if (s.fallbackReason() != null) {
      JsonText.field(doc, "FallbackReason", s.fallbackReason());
    }
    for (Object[] metric : metrics) {
      JsonText.quote(doc.append(','), (String) metric[0]).append(':').append(metric[2]);
    }
    JsonText.field(doc, "level", s.outcome() == Summarisation.Outcome.FAILED ? "ERROR" : "INFO");
    JsonText.field(doc, "message", message(s));
    JsonText.field(doc, "requestId", LogContext.requestId());
    JsonText.field(doc, "articleId", s.articleId());
    JsonText.field(doc, "model", s.model());
    JsonText.field(doc, "outcome", s.outcome().name().toLowerCase(Locale.ROOT));
    doc.append(",\"modelCalls\":").append(s.modelCalls());
    if (s.errorType() != null) {
      JsonText.field(doc, "errorType", s.errorType());
    }
    return doc.append('}').toString();
  }

  private String errorDocument(Summarisation s, String type, int count) {
    StringBuilder doc = new StringBuilder(512).append("{\"_aws\":{\"Timestamp\":").append(clock.millis())
        .append(",\"CloudWatchMetrics\":[");
    directive(doc, List.of("Function", "Provider", "ErrorType"),
        List.<Object[]>of(new Object[] {"ModelErrors", "Count", count}));
    doc.append("]}");
    JsonText.field(doc, "Function", function);
    JsonText.field(doc, "Provider", s.provider());
    JsonText.field(doc, "ErrorType", type);
    doc.append(",\"ModelErrors\":").append(count);
    JsonText.field(doc, "level", "WARN");
    JsonText.field(doc, "message", count + " failed " + s.provider() + " call(s): " + type);
    JsonText.field(doc, "requestId", LogContext.requestId());
    JsonText.field(doc, "articleId", s.articleId());
    return doc.append('}').toString();
  }

  private void directive(StringBuilder doc, List<String> dimensions, List<Object[]> metrics) {
    JsonText.quote(doc.append("{\"Namespace\":"), namespace).append(",\"Dimensions\":[[");
    for (int i = 0; i < dimensions.size(); i++) {
      JsonText.quote(i == 0 ? doc : doc.append(','), dimensions.get(i));
    }
    doc.append("]],\"Metrics\":[");
    for (int i = 0; i < metrics.size(); i++) {
      JsonText.quote((i == 0 ? doc : doc.append(',')).append("{\"Name\":"), (String) metrics.get(i)[0]);
      JsonText.quote(doc.append(",\"Unit\":"), (String) metrics.get(i)[1]).append('}');
    }
    doc.append("]}");
  }

  private static String message(Summarisation s) {
    return switch (s.outcome()) {
      case SUMMARISED -> "summarised article " + s.articleId();
      case FALLBACK -> "summarised article " + s.articleId() + " with the extractive fallback ("
          + s.fallbackReason() + ")";
      case SKIPPED -> "skipped article " + s.articleId() + ": its summary is stored";
      case FAILED -> "failed to summarise article " + s.articleId() + ": " + s.errorType();
    };
  }
}
