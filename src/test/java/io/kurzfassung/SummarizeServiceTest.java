package io.kurzfassung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.article.ArticleException;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.article.ArticleTooLongException;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.lambda.LocalS3;
import io.kurzfassung.storage.DirectorySummaryStore;
import io.kurzfassung.storage.S3SummaryStore;
import io.kurzfassung.storage.SummaryStore;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Summarizer;
import io.kurzfassung.summary.Summary;
import io.kurzfassung.summary.SummaryRequest;
import io.kurzfassung.summary.extractive.ExtractiveSummarizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The request path end to end: size cap, parse, existing summary, summarise, store, against real stores. */
class SummarizeServiceTest {

  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();

  @TempDir Path dir;
  byte[] sample;
  Config config = Config.from(Map.of("MAX_ARTICLE_CHARS", "5000"));
  CountingSummarizer summarizer = new CountingSummarizer("v1");

  @BeforeEach
  void read() throws Exception {
    sample = Files.readAllBytes(Path.of("events/putin-olympia.de.txt"));
  }

  /** The extractive summariser, counting its calls and claiming a prompt version. */
  static final class CountingSummarizer implements Summarizer {
    final AtomicInteger calls = new AtomicInteger();
    final String promptVersion;
    final ExtractiveSummarizer extractive = new ExtractiveSummarizer();

    CountingSummarizer(String promptVersion) {
      this.promptVersion = promptVersion;
    }

    @Override
    public Summary summarize(SummaryRequest request) {
      calls.incrementAndGet();
      Summary s = extractive.summarize(request);
      return new Summary(s.text(), s.keyFacts(), model(), s.usage());
    }

    @Override
    public ModelInfo model() {
      return new ModelInfo("counting", "extractive", promptVersion);
    }
  }

  private SummarizeService service(Summarizer summarizer, SummaryStore store) {
    return new SummarizeService(config, summarizer, store, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private long files() throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void should_parse_summarise_and_store_under_the_default_name() throws Exception {
    SummarizeService service = service(summarizer, new DirectorySummaryStore(dir));

    SummarizeService.Result result = service.summarize(SummarizeService.Input.of(sample, null, null));

    assertThat(result.summarised()).isTrue();
    SummaryDocument document = result.document();
    assertThat(result.name()).isEqualTo("articles/" + document.id() + ".json");
    assertThat(result.location()).isEqualTo(dir.resolve(result.name()).toAbsolutePath().normalize().toString());
    assertThat(Json.readDocument(Files.readAllBytes(Path.of(result.location())))).isEqualTo(document);
    assertThat(document.createdAt()).isEqualTo(NOW);
    assertThat(document.model()).isEqualTo(summarizer.model());
    assertThat(service.find(document.id())).contains(document);
  }

  @Test
  void should_refuse_input_over_the_cap_unread_and_store_nothing() throws Exception {
    SummarizeService service = service(summarizer, new DirectorySummaryStore(dir));
    byte[] big = new byte[config.maxInputBytes() + 1];

    assertThatThrownBy(() -> service.summarize(SummarizeService.Input.of(big, ArticleParser.Format.TEXT, null)))
        .isInstanceOf(ArticleTooLongException.class);
    assertThatThrownBy(() -> service.requireWithinCap(config.maxInputBytes() + 1L))
        .isInstanceOf(ArticleTooLongException.class);
    service.requireWithinCap(config.maxInputBytes());
    assertThat(service.maxInputBytes()).isEqualTo(4 * 5000 + 65_536);
    assertThat(summarizer.calls).hasValue(0);
    assertThat(files()).isZero();
  }

  @Test
  void should_not_summarise_or_store_input_the_parser_rejects() throws Exception {
    SummarizeService service = service(summarizer, new DirectorySummaryStore(dir));
    byte[] broken = "{\"title\":".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> service.summarize(SummarizeService.Input.of(broken, ArticleParser.Format.JSON, null)))
        .isInstanceOf(ArticleException.class);
    assertThat(summarizer.calls).hasValue(0);
    assertThat(files()).isZero();
  }

  @Test
  void should_keep_an_existing_summary_of_a_redelivered_source_in_s3_and_its_source_key() {
    S3SummaryStore store = new S3SummaryStore(s3.client(), LocalS3.BUCKET, "summaries/");
    SummarizeService service = service(summarizer, store);
    var input = new SummarizeService.Input(sample, null, "uploads/a/b.txt.json", "incoming/a/b ü.txt", null);

    SummarizeService.Result first = service.summarize(input);
    SummarizeService.Result again = service.summarize(input);

    assertThat(first.summarised()).isTrue();
    assertThat(first.location()).isEqualTo("s3://" + LocalS3.BUCKET + "/summaries/uploads/a/b.txt.json");
    assertThat(store.describe("uploads/a/b.txt.json").orElseThrow().sourceKey()).isEqualTo("incoming/a/b ü.txt");
    assertThat(again.summarised()).isFalse();
    assertThat(again.document()).isNull();
    assertThat(again.location()).isEqualTo(first.location());
    assertThat(summarizer.calls).hasValue(1);
  }

  @Test
  void should_summarise_again_when_the_stored_summary_is_of_another_prompt_version() throws Exception {
    var input = new SummarizeService.Input(sample, null, "uploads/x.txt.json", "incoming/x.txt", null);
    service(summarizer, new DirectorySummaryStore(dir)).summarize(input);
    CountingSummarizer newer = new CountingSummarizer("v2");

    SummarizeService.Result result = service(newer, new DirectorySummaryStore(dir)).summarize(input);

    assertThat(result.summarised()).isTrue();
    assertThat(newer.calls).hasValue(1);
    assertThat(Json.readDocument(Files.readAllBytes(dir.resolve("uploads/x.txt.json"))).model().promptVersion())
        .isEqualTo("v2");
  }

  private S3SummaryStore s3Store() {
    return new S3SummaryStore(s3.client(), LocalS3.BUCKET, "summaries/");
  }

  @Test
  void should_answer_a_repeated_direct_request_from_the_store_without_calling_the_model() {
    SummarizeService service = service(summarizer, s3Store());

    SummarizeService.Result first = service.summarize(SummarizeService.Input.of(sample, null, null));
    SummarizeService.Result again = service(summarizer, s3Store()).summarize(SummarizeService.Input.of(sample, null, null));

    assertThat(first.summarised()).isTrue();
    assertThat(first.stored()).isEqualTo(SummaryStore.Outcome.WRITTEN);
    assertThat(again.summarised()).isFalse();
    assertThat(again.document()).isEqualTo(first.document());
    assertThat(again.location()).isEqualTo("s3://" + LocalS3.BUCKET + "/summaries/articles/" + first.document().id() + ".json");
    assertThat(summarizer.calls).hasValue(1);
  }

  @Test
  void should_summarise_again_and_replace_the_stored_summary_when_refresh_is_asked() {
    SummarizeService service = service(summarizer, s3Store());
    service.summarize(SummarizeService.Input.of(sample, null, null));
    SummarizeService later = new SummarizeService(config, summarizer, s3Store(),
        Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));

    SummarizeService.Result refreshed = later.summarize(SummarizeService.Input.of(sample, null, null).refreshed(true));

    assertThat(refreshed.summarised()).isTrue();
    assertThat(refreshed.stored()).isEqualTo(SummaryStore.Outcome.REPLACED);
    assertThat(summarizer.calls).hasValue(2);
    assertThat(service.find(refreshed.document().id()).orElseThrow().createdAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void should_summarise_again_when_the_stored_summary_is_a_fallback() {
    service(new FallingBack(summarizer.model()), s3Store()).summarize(SummarizeService.Input.of(sample, null, null));

    SummarizeService.Result result = service(summarizer, s3Store()).summarize(SummarizeService.Input.of(sample, null, null));

    assertThat(result.summarised()).isTrue();
    assertThat(result.stored()).isEqualTo(SummaryStore.Outcome.REPLACED);
    assertThat(summarizer.calls).hasValue(1);
    assertThat(service(summarizer, s3Store()).find(result.document().id()).orElseThrow().model())
        .isEqualTo(summarizer.model());
  }

  @Test
  void should_keep_a_stored_model_summary_when_a_refreshed_request_falls_back() {
    SummaryDocument modelSummary = service(summarizer, s3Store())
        .summarize(SummarizeService.Input.of(sample, null, null)).document();

    SummarizeService.Result result = service(new FallingBack(summarizer.model()), s3Store())
        .summarize(SummarizeService.Input.of(sample, null, null).refreshed(true));

    assertThat(result.summarised()).isTrue();
    assertThat(result.stored()).isEqualTo(SummaryStore.Outcome.KEPT);
    assertThat(result.document()).isEqualTo(modelSummary);
    assertThat(Json.readDocument(s3.get("summaries/articles/" + modelSummary.id() + ".json"))).isEqualTo(modelSummary);
  }

  @Test
  void should_keep_a_stored_model_summary_in_the_cli_directory_when_the_model_falls_back() throws Exception {
    var article = service(summarizer, new DirectorySummaryStore(dir))
        .parse(SummarizeService.Input.of(sample, ArticleParser.Format.TEXT, null));
    SummaryDocument modelSummary = service(summarizer, new DirectorySummaryStore(dir)).summarize(article, null).document();

    SummarizeService.Result result = service(new FallingBack(summarizer.model()), new DirectorySummaryStore(dir))
        .summarize(article, null);

    assertThat(result.stored()).isEqualTo(SummaryStore.Outcome.KEPT);
    assertThat(Json.readDocument(Files.readAllBytes(dir.resolve("articles/" + article.id() + ".json"))))
        .isEqualTo(modelSummary);
  }

  @Test
  void should_answer_by_id_only_a_document_of_that_id() {
    S3SummaryStore store = s3Store();
    SummaryDocument document = service(summarizer, store).summarize(SummarizeService.Input.of(sample, null, null))
        .document();
    String other = "0123456789abcdef";
    s3.put("summaries/articles/" + other + ".json", Json.bytes(document)); // written behind the service's back

    assertThat(service(summarizer, store).find(document.id())).contains(document);
    assertThat(service(summarizer, store).find(other)).isEmpty();
    assertThat(service(summarizer, store).find("../" + document.id())).isEmpty();
  }

  /** A model whose answer is always rejected: the extractive stand-in's summary, marked as a fallback. */
  static final class FallingBack implements Summarizer {
    final ModelInfo model;
    final ExtractiveSummarizer extractive = new ExtractiveSummarizer();

    FallingBack(ModelInfo model) {
      this.model = model;
    }

    @Override
    public Summary summarize(SummaryRequest request) {
      Summary s = extractive.summarize(request);
      return new Summary(s.text(), s.keyFacts(), s.model().withFallbackReason("answer rejected"), s.usage());
    }

    @Override
    public ModelInfo model() {
      return model;
    }
  }

  @Test
  void should_check_every_input_before_summarising_any_when_parsed_first() throws Exception {
    SummarizeService service = service(summarizer, new DirectorySummaryStore(dir));
    var article = service.parse(SummarizeService.Input.of(sample, ArticleParser.Format.TEXT, null));

    assertThat(summarizer.calls).hasValue(0);
    SummarizeService.Result result = service.summarize(article, null);
    assertThat(result.document().id()).isEqualTo(article.id());
    assertThat(List.of(files())).containsExactly(1L);
  }

  @Test
  void should_report_each_summarisation_with_its_figures_and_a_skipped_redelivery_and_a_failure() {
    List<io.kurzfassung.telemetry.Summarisation> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
    S3SummaryStore store = S3SummaryStore.create("eu-central-1", s3.endpoint(), LocalS3.BUCKET, "summaries/");
    var service = new SummarizeService(config, summarizer, store, Clock.fixed(NOW, ZoneOffset.UTC), reported::add);
    var upload = new SummarizeService.Input(sample, ArticleParser.Format.TEXT, "a.txt.json", "incoming/a.txt", null);

    service.summarize(upload);
    service.summarize(upload);

    assertThat(reported).extracting(r -> r.outcome()).containsExactly(
        io.kurzfassung.telemetry.Summarisation.Outcome.SUMMARISED,
        io.kurzfassung.telemetry.Summarisation.Outcome.SKIPPED);
    var first = reported.get(0);
    assertThat(first.articleId()).isEqualTo("6ecb7e9e41cd9c38");
    assertThat(first.provider()).isEqualTo(summarizer.model().provider());
    assertThat(first.articleCharacters()).isGreaterThan(1000);
    assertThat(first.modelCalls()).isZero();
    assertThat(first.storageConflict()).isFalse();

    var failing = new SummarizeService(config, new Summarizer() {
      @Override
      public Summary summarize(SummaryRequest request) {
        throw new io.kurzfassung.summary.ModelTimeoutException("too slow");
      }

      @Override
      public ModelInfo model() {
        return summarizer.model();
      }
    }, SummaryStore.NONE, Clock.systemUTC(), reported::add);
    assertThatThrownBy(() -> failing.summarize(SummarizeService.Input.of(sample, ArticleParser.Format.TEXT, null)))
        .isInstanceOf(io.kurzfassung.summary.ModelTimeoutException.class);
    assertThat(reported.get(2).outcome()).isEqualTo(io.kurzfassung.telemetry.Summarisation.Outcome.FAILED);
    assertThat(reported.get(2).errorType()).isEqualTo("ModelTimeoutException");
  }

  @Test
  void should_report_a_storage_conflict_when_the_name_was_taken_by_an_older_summary() {
    List<io.kurzfassung.telemetry.Summarisation> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
    S3SummaryStore store = S3SummaryStore.create("eu-central-1", s3.endpoint(), LocalS3.BUCKET, "summaries/");
    new SummarizeService(config, new CountingSummarizer("v1"), store, Clock.systemUTC())
        .summarize(SummarizeService.Input.of(sample, ArticleParser.Format.TEXT, null));
    var newer = new SummarizeService(config, new CountingSummarizer("v2"), store, Clock.systemUTC(), reported::add);

    newer.summarize(SummarizeService.Input.of(sample, ArticleParser.Format.TEXT, null));

    assertThat(reported).singleElement().satisfies(r -> assertThat(r.storageConflict()).isTrue());
  }
}
