package io.kurzfassung.local;

import io.kurzfassung.lambda.LocalContext;
import io.kurzfassung.telemetry.LineLogger;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.document.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.event.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code invoke <FunctionLogicalId> --event events/x.json}: runs a function of template.yaml in this JVM, without
 * Docker, the way {@code sam local invoke} does, and prints its response. A failing handler prints Lambda's error
 * object ({@code errorMessage}, {@code errorType}) and exits with the error's exit code ({@link FunctionFailedException}).
 */
@Command(name = "invoke", description = "Run a function of template.yaml locally, without Docker, and print its response.")
public final class InvokeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FUNCTION", description = "Logical id in template.yaml, e.g. ApiFunction.")
  String function;

  @Option(names = {"-e", "--event"}, required = true, paramLabel = "FILE", description = "Event JSON; - reads stdin.")
  String event;

  @Mixin
  LocalFunctionOptions local;

  @Override
  public Integer call() throws IOException {
    LocalFunction fn = local.load(function);
    byte[] input = event.equals("-") ? System.in.readAllBytes() : readEvent(Path.of(event));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean debug = debug();
    // The function's log: one line per message (no stack traces, no credential-chain walls) unless --debug.
    LocalContext context = fn.newContext(message -> {
      err.println(debug ? message : ErrorLine.of(message));
      err.flush();
    });
    // The function logs through SLF4J (telemetry.LineLogger): the same lines, on this command's stderr, from WARN up
    // (a rejected upload, a fallback) also without --debug: they explain an answer that looks like success.
    try (LineLogger.Restore logs = LineLogger.redirect((String message) -> {
      err.println(debug ? message : ErrorLine.of(message));
      err.flush();
    }, debug, Level.WARN)) {
      out.println(pretty(fn.invoke(new ByteArrayInputStream(input), context)));
      out.flush();
      return 0;
    } catch (RuntimeException e) {
      // What Lambda answers for an unhandled exception, without the stack trace; its message in one line unless
      // --debug.
      Map<String, String> error = new LinkedHashMap<>();
      error.put("errorMessage", debug ? e.getMessage() : ErrorLine.of(e.getMessage()));
      error.put("errorType", e.getClass().getName());
      out.println(Json.writePretty(error));
      out.flush();
      throw new FunctionFailedException(context.getFunctionName(), e); // the command line prints the error line
    }
  }

  /** Whether {@code --debug} was given (an option of the root command that every subcommand inherits). */
  private boolean debug() {
    var option = spec.root().findOption("--debug");
    return option != null && Boolean.TRUE.equals(option.getValue());
  }

  private static byte[] readEvent(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArticleException("cannot read event " + file + ": no such file");
    } catch (IOException e) {
      throw new ArticleException("cannot read event " + file + ": " + e.getMessage());
    }
  }

  private static String pretty(byte[] json) {
    try (InputStream in = new ByteArrayInputStream(json)) {
      return Json.writePretty(Json.mapper().readTree(in));
    } catch (IOException e) {
      return new String(json, StandardCharsets.UTF_8); // not JSON: print it as it is
    }
  }
}
