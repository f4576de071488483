package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.article.ArticleException;
import io.kurzfassung.article.ArticleTooLongException;
import io.kurzfassung.config.Config;
import io.kurzfassung.document.Json;
import io.kurzfassung.storage.DirectorySummaryStore;
import io.kurzfassung.storage.StorageException;
import io.kurzfassung.storage.UploadMissingException;
import io.kurzfassung.summary.ModelAuthenticationException;
import io.kurzfassung.summary.ModelRateLimitedException;
import io.kurzfassung.summary.ModelTimeoutException;
import io.kurzfassung.summary.ModelUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-object path with a directory store: which failures are recorded, which are thrown for a retry. */
class UploadSummariesTest {

  @TempDir
  Path dir;

  private UploadSummaries uploads(UploadSummaries.ObjectReader reader) {
    Config config = Config.from(Map.of("AWS_REGION", "eu-central-1"));
    return UploadSummaries.of(config, reader, Kurzfassung.service(config, new DirectorySummaryStore(dir)));
  }

  @Test
  void should_throw_a_read_that_failed_for_a_passing_reason_and_record_nothing() {
    UploadSummaries failing = uploads((bucket, key, max) -> {
      throw new StorageException("cannot read s3://b/" + key + ": 503 Slow Down", null);
    });

    assertThatThrownBy(() -> failing.uploaded("ObjectCreated:Put", "b", "incoming/a.txt", 100L, "req", null))
        .isInstanceOf(StorageException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void should_record_an_object_deleted_before_it_was_read_beside_where_its_summary_would_be() throws Exception {
    UploadSummaries gone = uploads((bucket, key, max) -> {
      throw new UploadMissingException("s3://b/" + key + " no longer exists", null);
    });

    UploadSummaries.Outcome outcome = gone.uploaded("ObjectCreated:Put", "b", "incoming/a/b.txt", 100L, "req-1", null);

    assertThat(outcome.status()).isEqualTo(UploadSummaries.Status.REJECTED);
    JsonNode recorded = Json.mapper().readTree(Files.readAllBytes(dir.resolve("failures/uploads/a/b.txt.json")));
    assertThat(recorded.get("type").asText()).isEqualTo("urn:kurzfassung:problem:upload-missing");
    assertThat(recorded.get("title").asText()).isEqualTo("The upload was deleted before it was read");
    assertThat(recorded.get("requestId").asText()).isEqualTo("req-1");
    assertThat(recorded.get("sourceKey").asText()).isEqualTo("incoming/a/b.txt");
    assertThat(dir.resolve("a/b.txt.json")).doesNotExist();
  }

  @Test
  void should_record_a_non_german_article_with_its_problem_type() throws Exception {
    byte[] english = ("Breaking news\n\n" + "The government said on Monday that the new budget will be presented "
        + "to parliament next week, after long negotiations between the coalition partners. ".repeat(6))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    UploadSummaries uploads = uploads((bucket, key, max) -> english);

    UploadSummaries.Outcome outcome = uploads.listed("b", "archive/en.txt", (long) english.length, "req", null);

    assertThat(outcome.status()).isEqualTo(UploadSummaries.Status.REJECTED);
    assertThat(Json.mapper().readTree(Files.readAllBytes(dir.resolve("failures/objects/archive/en.txt.json"))).get("type").asText())
        .isEqualTo("urn:kurzfassung:problem:unsupported-language");
  }

  @Test
  void should_call_only_the_articles_own_faults_and_a_missing_object_permanent() {
    assertThat(UploadSummaries.isPermanent(new ArticleException("too short"))).isTrue();
    assertThat(UploadSummaries.isPermanent(new ArticleTooLongException(300_000, 200_000))).isTrue();
    assertThat(UploadSummaries.isPermanent(new UploadMissingException("gone", null))).isTrue();

    assertThat(UploadSummaries.isPermanent(new ModelRateLimitedException("429", Duration.ofSeconds(1), null))).isFalse();
    assertThat(UploadSummaries.isPermanent(new ModelUnavailableException("503"))).isFalse();
    assertThat(UploadSummaries.isPermanent(new ModelTimeoutException("slow"))).isFalse();
    assertThat(UploadSummaries.isPermanent(new ModelAuthenticationException("key rejected"))).isFalse();
    assertThat(UploadSummaries.isPermanent(new StorageException("500", null))).isFalse();
    assertThat(UploadSummaries.isPermanent(new IllegalStateException("a bug"))).isFalse();
  }
}
