package io.kurzfassung.cli;

import io.kurzfassung.article.ArticleException;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.lambda.ArticleRejectedException;
import io.kurzfassung.lambda.UploadsFailedException;
import io.kurzfassung.local.ErrorLine;
import io.kurzfassung.local.FunctionFailedException;
import io.kurzfassung.local.InvokeCommand;
import io.kurzfassung.local.ServeCommand;
import io.kurzfassung.storage.StorageException;
import io.kurzfassung.summary.ModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code java -jar target/kurzfassung.jar summarize|eval|invoke|serve}. Errors are one
 * {@code error:} line on stderr and a documented exit code: 2 bad input or usage, 3 model failure, 4 storage
 * failure, 1 anything unexpected.
 */
@Command(
    name = "kurzfassung",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // every subcommand has --help and --version too
    versionProvider = Main.Version.class,
    description = "German news summaries and key facts, as JSON.",
    subcommands = {SummarizeCommand.class, BackfillCommand.class, EvalCommand.class, EvalDataCommand.class, InvokeCommand.class,
        ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static final int EXIT_UNEXPECTED = 1;
  public static final int EXIT_BAD_INPUT = 2;
  public static final int EXIT_MODEL = 3;
  public static final int EXIT_STORAGE = 4;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces on errors.")
  boolean debug;

  /** The log level (telemetry.LineLogProvider); warnings such as a fallback go to the document, not the terminal. */
  private static final String LOG_LEVEL = "kurzfassung.log.level";

  public static void main(String[] args) {
    if (System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, java.util.Arrays.asList(args).contains("--debug") ? "warn" : "error");
    }
    // SLF4J binds its provider on first use; binding it here, on one thread, keeps a batch's worker threads from
    // meeting a half-initialised MDC (SLF4J then prints "Temporary mdcAdapter given by SubstituteServiceProvider").
    org.slf4j.LoggerFactory.getILoggerFactory();
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code, for tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("error: " + e.getMessage() + " (see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
      return EXIT_BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Main main = commandLine.getCommandSpec().root().userObject() instanceof Main m ? m : null;
      err.println("error: " + (main != null && main.debug ? message(e) : ErrorLine.of(message(e))));
      if (main != null && main.debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return exitCode(e);
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return fatal(e, err);
    }
  }

  /**
   * The JVM ran out of heap or stack (picocli passes errors through): one {@code error:} line, no stack trace. A
   * stack overflow comes from an input nested too deeply (exit 2); running out of memory is exit 1.
   */
  static int fatal(VirtualMachineError e, PrintWriter err) {
    boolean tooDeep = e instanceof StackOverflowError;
    err.println(tooDeep
        ? "error: the input is nested too deeply to process (StackOverflowError)"
        : "error: out of memory while processing the input (OutOfMemoryError); give the JVM more heap (-Xmx)");
    err.flush();
    return tooDeep ? EXIT_BAD_INPUT : EXIT_UNEXPECTED;
  }

  /** The documented exit code for an exception. */
  public static int exitCode(Throwable e) {
    if (e instanceof FunctionFailedException failed) {
      return exitCode(failed.getCause());
    }
    if (e instanceof UploadsFailedException uploads && uploads.getCause() != null) {
      return exitCode(uploads.getCause()); // the first failed upload's
    }
    if (e instanceof ArticleException || e instanceof ConfigException) {
      return EXIT_BAD_INPUT;
    }
    if (e instanceof ArticleRejectedException) {
      // A backfilled object that can never be summarised (unusable or gone), recorded under failures/: bad input.
      return EXIT_BAD_INPUT;
    }
    if (e instanceof ModelException) {
      return EXIT_MODEL;
    }
    if (e instanceof StorageException) {
      return EXIT_STORAGE;
    }
    return EXIT_UNEXPECTED;
  }

  static String message(Throwable e) {
    if (e instanceof FunctionFailedException failed) {
      return failed.function() + " failed: " + message(failed.getCause());
    }
    if (e instanceof UploadsFailedException uploads && uploads.getCause() != null) {
      // The failure of the first upload says what went wrong; its own exception decides the exit code.
      String keys = String.join(", ", uploads.keys());
      return (uploads.keys().size() == 1 ? keys : uploads.keys().size() + " uploads (" + keys + "), the first")
          + ": " + message(uploads.getCause());
    }
    String m = e.getMessage();
    if (exitCode(e) == EXIT_UNEXPECTED) {
      return "unexpected " + e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + " (run with --debug)";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "missing command: summarize, backfill, eval, eval-data, invoke or serve");
  }

  /** The project version, which the build writes into {@code version.properties} from the pom. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kurzfassung " + version()};
    }

    static String version() {
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the build");
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      } catch (IOException e) {
        throw new IllegalStateException("cannot read version.properties", e);
      }
    }
  }
}
