package io.kurzfassung.cli;

import io.kurzfassung.eval.EvalSetConverter;
import io.kurzfassung.eval.EvalSetSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval-data convert --from mlsum|20min|10kgnad IN OUT}: turns a public release of a German evaluation set
 * into the JSON Lines that {@code eval} reads. For example
 * {@code java -jar target/kurzfassung.jar eval-data convert --from mlsum mlsum_de_test.jsonl mlsum-de.jsonl}.
 */
@Command(name = "eval-data", description = "Prepare evaluation sets for eval from their public releases.",
    subcommands = EvalDataCommand.Convert.class)
final class EvalDataCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: convert");
  }

  @Command(name = "convert",
      description = "Convert a public release (MLSUM de JSON Lines, 20 Minuten JSON, 10kGNAD CSV) to eval's JSON Lines "
          + "of {id,title,text,summary?,key_points?}. OUT is replaced only when all of IN was read.")
  static final class Convert implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "mlsum|20min|10kgnad",
        description = "The release: mlsum (Hugging Face mlsum/de exported as JSON Lines), 20min (a folder of the "
            + "release's .json articles, a .json file or a .jsonl file) or 10kgnad (label;text CSV, no summaries).")
    String from;

    @Parameters(index = "0", paramLabel = "IN", description = "The release file (or, for 20min, folder).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The JSON Lines file to write.")
    Path out;

    @Override
    public Integer call() {
      EvalSetSource source = EvalSetSource.of(from);
      EvalSetConverter.Result result = EvalSetConverter.convert(source, in, out);
      PrintWriter w = spec.commandLine().getOut();
      w.println("wrote " + result.written() + " items to " + out
          + (result.skipped() > 0 ? " (" + result.skipped() + " articles without text skipped)" : "")
          + (source == EvalSetSource.GNAD10K ? "; 10kGNAD has no summaries, so eval reports no ROUGE for it" : ""));
      w.flush();
      return 0;
    }
  }
}
