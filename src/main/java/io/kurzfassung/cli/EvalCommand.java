package io.kurzfassung.cli;

import io.kurzfassung.Kurzfassung;
import io.kurzfassung.config.ConfigException;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.Json;
import io.kurzfassung.eval.EvalItem;
import io.kurzfassung.eval.EvalReport;
import io.kurzfassung.eval.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval <file.jsonl> [--json] [--stem] [--max-words N]}: summarises every article of an evaluation set with the
 * configured provider at the given budget and prints ROUGE against the references next to the lead baselines (the
 * same-length lead included), the key-fact checks, key-point coverage, output statistics and throughput.
 */
@Command(name = "eval", description = "Evaluate the configured summariser on a JSON Lines set of {id,title,text,summary?,key_points?}.")
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The evaluation set, one JSON object per line.")
  Path file;

  @Option(names = "--json", description = "Print the report as JSON instead of a table.")
  boolean json;

  @Option(names = "--stem", description = "Compare Snowball German stems instead of lower-cased words.")
  boolean stem;

  @Option(names = "--max-words", paramLabel = "N",
      description = "Summary budget in words, 20..400 (overrides SUMMARY_MAX_WORDS; default 80).")
  Integer maxWords;

  @Mixin
  ModelOptions modelOptions;

  @Option(names = "--parallel", description = "Articles summarised at once (default: the number of processors).")
  Integer parallel;

  @Option(names = "--warmup", defaultValue = "0",
      description = "Untimed passes over the set before the timed one (lets the JIT compile; default 0).")
  int warmup;

  @Override
  public Integer call() throws Exception {
    int threads = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
    if (threads < 1 || threads > 64) {
      throw new ConfigException("--parallel must be between 1 and 64, was " + threads);
    }
    if (warmup < 0 || warmup > 10) {
      throw new ConfigException("--warmup must be between 0 and 10, was " + warmup);
    }
    if (maxWords != null && (maxWords < 20 || maxWords > 400)) {
      throw new ConfigException("--max-words must be between 20 and 400, was " + maxWords);
    }
    Config config = modelOptions.applyTo(Config.fromEnvironment());
    List<EvalItem> items = EvalItem.read(file);
    if (items.isEmpty()) {
      throw new io.kurzfassung.article.ArticleException(file + " has no evaluation lines");
    }
    Evaluation evaluation = new Evaluation(Kurzfassung.summarizer(config), new ArticleParser(config.maxArticleChars()),
        maxWords == null ? config.summaryMaxWords() : maxWords, config.keyFactsMax(), stem, threads);
    String name = file.getFileName().toString();
    for (int i = 0; i < warmup; i++) {
      evaluation.run(name, items);
    }
    EvalReport report = evaluation.run(name, items);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Json.writePretty(report) + System.lineSeparator() : report.table());
    out.flush();
    return 0;
  }
}
