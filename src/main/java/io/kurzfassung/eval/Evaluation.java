package io.kurzfassung.eval;

import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.text.Grounding;
import io.kurzfassung.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a summariser over an evaluation set at a given word budget and scores it against the human references and
 * the lead baselines (articles without a reference are summarised and checked, but not scored with ROUGE).
 * Summarisation runs on a pool of threads and is timed on its own, for the throughput figure; scoring is not timed.
 */
public final class Evaluation {

  private final Summarizer summarizer;
  private final ArticleParser parser;
  private final int maxWords;
  private final int maxFacts;
  private final Rouge rouge;
  private final int threads;

  public Evaluation(Summarizer summarizer, ArticleParser parser, int maxWords, int maxFacts, boolean stem, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
    this.summarizer = summarizer;
    this.parser = parser;
    this.maxWords = maxWords;
    this.maxFacts = maxFacts;
    this.rouge = new Rouge(stem);
    this.threads = threads;
  }

  /** An article with the summary produced for it, or the failure. */
  private record Outcome(EvalItem item, Article article, Summary summary, RuntimeException error) {}

  public EvalReport run(String setName, List<EvalItem> items) throws InterruptedException {
    List<Article> articles = new ArrayList<>();
    for (EvalItem item : items) {
      try {
        articles.add(parser.fromFields(item.title(), item.text(), null, null, null, "de"));
      } catch (RuntimeException e) {
        articles.add(null); // counted as failed: too short, too long or empty
      }
    }
    long start = System.nanoTime();
    List<Outcome> outcomes = summarizeAll(items, articles);
    double seconds = (System.nanoTime() - start) / 1e9;
    return score(setName, outcomes, seconds);
  }

  private List<Outcome> summarizeAll(List<EvalItem> items, List<Article> articles) throws InterruptedException {
    List<Outcome> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        EvalItem item = items.get(i);
        Article article = articles.get(i);
        futures.add(pool.submit(() -> {
          if (article == null) {
            return new Outcome(item, null, null, new IllegalArgumentException("article cannot be parsed"));
          }
          try {
            return new Outcome(item, article,
                summarizer.summarize(new SummaryRequest(article, maxWords, maxFacts, null)), null);
          } catch (RuntimeException e) {
            return new Outcome(item, article, null, e);
          }
        }));
      }
      for (Future<Outcome> f : futures) {
        try {
          outcomes.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    }
    return outcomes;
  }

  private EvalReport score(String setName, List<Outcome> outcomes, double seconds) {
    KeyPointCoverage coverage = new KeyPointCoverage(rouge);
    Mean system = new Mean();
    Mean sameLength = new Mean();
    Mean lead3 = new Mean();
    Mean leadSentences = new Mean();
    double words = 0;
    double leadSentencesWords = 0;
    double lead3Words = 0;
    double facts = 0;
    int german = 0;
    int claims = 0;
    int grounded = 0;
    double keyF1 = 0;
    double keyCovered = 0;
    int keyArticles = 0;
    int failed = 0;
    KeyFactChecks.Counts checks = KeyFactChecks.Counts.ZERO;
    ModelInfo model = null;
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        failed++;
        continue;
      }
      Summary s = o.summary();
      model = model == null ? s.model() : model;
      int summaryWords = Article.countWords(s.text());
      String lead = LeadBaseline.lead3(o.article().text());
      if (o.item().hasReference()) {
        String reference = o.item().summary();
        system.add(rouge.score(s.text(), reference));
        sameLength.add(rouge.score(LeadBaseline.firstWords(o.article().text(), summaryWords), reference));
        lead3.add(rouge.score(lead, reference));
      }
      String sentences = LeadBaseline.wholeSentences(o.article().text(), maxWords);
      if (o.item().hasReference()) {
        leadSentences.add(rouge.score(sentences, o.item().summary()));
      }
      leadSentencesWords += Article.countWords(sentences);
      words += summaryWords;
      lead3Words += Article.countWords(lead);
      facts += s.keyFacts().size();
      checks = checks.plus(KeyFactChecks.count(s, o.article().text()));
      if (Languages.isGerman(s.text())) {
        german++;
      }
      List<String> claimTexts = new ArrayList<>();
      claimTexts.add(s.text());
      s.keyFacts().stream().map(KeyFact::text).forEach(claimTexts::add);
      for (String claim : claimTexts) {
        claims++;
        if (Grounding.ungrounded(claim, o.article().analysis()).isEmpty()) {
          grounded++;
        }
      }
      KeyPointCoverage.Coverage c =
          coverage.score(s.keyFacts().stream().map(KeyFact::text).toList(), o.item().keyPoints());
      if (c != null) {
        keyArticles++;
        keyF1 += c.bestF1();
        keyCovered += c.covered();
      }
    }
    int scored = outcomes.size() - failed;
    double per = Math.max(1, scored);
    boolean rouged = system.n > 0;
    return new EvalReport(
        setName,
        model == null ? "none" : model.provider(),
        model == null ? "none" : model.name(),
        rouge.stems(),
        outcomes.size(),
        failed,
        maxWords,
        system.n,
        rouged ? system.result() : null,
        rouged ? sameLength.result() : null,
        rouged ? lead3.result() : null,
        rouged ? leadSentences.result() : null,
        words / per,
        lead3Words / per,
        leadSentencesWords / per,
        facts / per,
        100.0 * german / per,
        claims == 0 ? 0 : 100.0 * grounded / claims,
        percent(checks.contained(), checks.facts()),
        percent(checks.factsUnresolved(), checks.facts()),
        percent(checks.summaryUnresolved(), checks.summarySentences()),
        percent(checks.trimmed(), checks.facts()),
        keyArticles == 0 ? null : 100 * keyF1 / keyArticles,
        keyArticles == 0 ? null : 100 * keyCovered / keyArticles,
        keyArticles,
        seconds > 0 ? scored / seconds : 0,
        seconds,
        threads);
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** Running means of ROUGE F1. */
  private static final class Mean {
    private double r1;
    private double r2;
    private double rl;
    private int n;

    void add(Rouge.Scores s) {
      r1 += s.rouge1().f1();
      r2 += s.rouge2().f1();
      rl += s.rougeL().f1();
      n++;
    }

    EvalReport.Rouges result() {
      double d = Math.max(1, n);
      return new EvalReport.Rouges(100 * r1 / d, 100 * r2 / d, 100 * rl / d);
    }
  }
}
