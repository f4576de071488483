package io.kurzfassung.telemetry;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * One logger of {@link LineLogProvider}: a line per event. As JSON (Lambda's {@code LogFormat: JSON}): one object on
 * standard output with {@code timestamp}, {@code level}, {@code message}, {@code logger}, the request's context
 * ({@link LogContext}: requestId, articleId, provider, model, outcome) and the event's key-value pairs. As text:
 * slf4j-simple's {@code [thread] LEVEL logger - message} on standard error.
 */
public final class LineLogger extends LegacyAbstractLogger implements LoggingEventAware {

  private final boolean json;
  private final int threshold;

  LineLogger(String name, boolean json, Level threshold) {
    this.name = name;
    this.json = json;
    this.threshold = threshold.toInt();
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  /**
   * Where the human-readable lines go instead of stderr, whether with stack traces, and the level from which they go
   * there whatever the loggers' own level.
   */
  private record Redirect(java.util.function.Consumer<String> sink, boolean stackTraces, Level shown) {}

  private static volatile Redirect REDIRECT;

  /** Ends a {@link #redirect}. */
  public interface Restore extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Sends the human-readable lines (not the JSON ones) to {@code sink} until the returned handle is closed, with the
   * stack trace of a logged exception only when {@code stackTraces}: how the docker-free {@code invoke} shows the
   * function's log on its own stderr, one line per message unless {@code --debug}. Lines at {@code shown} or above
   * go there even when the loggers' level is higher (the command line's is ERROR, so that a summary's warnings stay
   * in its document): the function's warnings, such as a rejected upload, are its answer's only explanation. For one
   * caller at a time.
   */
  public static Restore redirect(java.util.function.Consumer<String> sink, boolean stackTraces, Level shown) {
    REDIRECT = new Redirect(sink, stackTraces, java.util.Objects.requireNonNull(shown, "shown == null"));
    return () -> REDIRECT = null;
  }

  private boolean enabled(Level level) {
    if (level.toInt() >= threshold) {
      return true;
    }
    Redirect redirect = REDIRECT;
    return !json && redirect != null && level.toInt() >= redirect.shown().toInt();
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
      Throwable throwable) {
    write(level, MessageFormatter.basicArrayFormat(pattern, arguments), List.of(), throwable);
  }

  /** The fluent API's events, with their key-value pairs. */
  @Override
  public void log(LoggingEvent event) {
    if (!enabled(event.getLevel())) {
      return;
    }
    Object[] arguments = event.getArgumentArray();
    String message = arguments == null ? event.getMessage()
        : MessageFormatter.basicArrayFormat(event.getMessage(), arguments);
    List<KeyValuePair> pairs = event.getKeyValuePairs() == null ? List.of() : event.getKeyValuePairs();
    write(event.getLevel(), message, pairs, event.getThrowable());
  }

  private void write(Level level, String message, List<KeyValuePair> pairs, Throwable throwable) {
    if (json) {
      String line = jsonLine(level, message, pairs, throwable);
      PrintStream out = System.out;
      out.print(line);
    } else {
      StringBuilder line = new StringBuilder("[").append(Thread.currentThread().getName()).append("] ")
          .append(level).append(' ').append(name).append(" - ").append(message);
      for (KeyValuePair pair : pairs) {
        line.append(' ').append(pair.key).append('=').append(pair.value);
      }
      Redirect redirect = REDIRECT;
      if (redirect != null) {
        StringWriter text = new StringWriter().append(line);
        if (throwable != null && redirect.stackTraces()) {
          text.append(System.lineSeparator());
          throwable.printStackTrace(new PrintWriter(text));
        }
        redirect.sink().accept(text.toString());
        return;
      }
      PrintStream err = System.err;
      synchronized (err) {
        err.println(line);
        if (throwable != null) {
          throwable.printStackTrace(err);
        }
      }
    }
  }

  private String jsonLine(Level level, String message, List<KeyValuePair> pairs, Throwable throwable) {
    StringBuilder line = new StringBuilder(256).append("{\"timestamp\":\"").append(Instant.now()).append('"');
    JsonText.field(line, "level", level.toString());
    JsonText.field(line, "message", message);
    JsonText.field(line, "logger", name);
    Map<String, String> context = MDC.getCopyOfContextMap();
    if (context != null) {
      context.forEach((key, value) -> JsonText.field(line, key, value));
    }
    for (KeyValuePair pair : pairs) {
      JsonText.field(line, pair.key, pair.value == null ? null : String.valueOf(pair.value));
    }
    if (throwable != null) {
      JsonText.field(line, "errorType", throwable.getClass().getName());
      JsonText.field(line, "errorMessage", throwable.getMessage());
      StringWriter trace = new StringWriter();
      throwable.printStackTrace(new PrintWriter(trace));
      JsonText.field(line, "stackTrace", trace.toString());
    }
    return line.append("}\n").toString();
  }
}
