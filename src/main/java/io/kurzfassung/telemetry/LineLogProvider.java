package io.kurzfassung.telemetry;

import io.kurzfassung.config.Observability;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J 2 provider of kurzfassung and of the libraries it uses (LangChain4j): every log line of the process,
 * the handlers' and the model client's, goes through it, so a Lambda function with {@code LogFormat: JSON} writes
 * only JSON lines ({@link LineLogger}). Written instead of slf4j-simple plus a JSON layout, or Powertools Logging
 * (Log4j 2, about 2 MB and its plugin scan at start): two small classes, no configuration file.
 *
 * <p>The level: {@code AWS_LAMBDA_LOG_LEVEL} (the function's ApplicationLogLevel), else the system property
 * {@code kurzfassung.log.level} (the CLI sets it), else INFO.
 */
public final class LineLogProvider implements SLF4JServiceProvider, ILoggerFactory {

  /** The system property with the level, when the environment does not set one. */
  public static final String LEVEL_PROPERTY = "kurzfassung.log.level";

  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
  private IMarkerFactory markers;
  private MDCAdapter mdc;
  private boolean json;
  private String environmentLevel;

  @Override
  public void initialize() {
    markers = new BasicMarkerFactory();
    mdc = new BasicMDCAdapter();
    Observability settings = Observability.fromEnvironment();
    json = settings.jsonLogs();
    environmentLevel = settings.logLevel();
  }

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(name, n -> new LineLogger(n, json, level()));
  }

  /** The level of a new logger: the property is read when the logger is made, so a test or the CLI can set it. */
  private Level level() {
    String name = environmentLevel != null ? environmentLevel : System.getProperty(LEVEL_PROPERTY, "INFO");
    try {
      return Level.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Level.INFO;
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return this;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }
}
