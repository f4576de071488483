package io.kurzfassung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kurzfassung.document.Json;
import io.kurzfassung.lambda.LocalS3;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code kurzfassung backfill} against S3Proxy and a directory. */
class BackfillCommandTest {

  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private static byte[] sample;
  private static byte[] other;

  @TempDir
  Path dir;

  private record Run(int exitCode, String out, String err) {
    String summaryLine() {
      return err.lines().filter(l -> l.startsWith("backfill: ")).reduce((a, b) -> b).orElse("");
    }
  }

  @BeforeAll
  static void loadSample() throws Exception {
    sample = Files.readAllBytes(Path.of("events/putin-olympia.de.txt"));
    other = (new String(sample, StandardCharsets.UTF_8) + "\n\nEin weiterer Absatz mit Informationen zum Besuch.")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void should_summarise_every_object_under_the_prefix_and_count_as_the_state_machine_does() throws Exception {
    s3.put("archive/2019/a.txt", sample);
    s3.put("archive/2019/b/c.txt", other);
    s3.put("archive/2019/kurz.txt", "Zu kurz.".getBytes(StandardCharsets.UTF_8));
    s3.put("archive/2019/", new byte[0]); // a folder marker
    s3.put("archive/2020/d.txt", sample); // outside the prefix

    Run run = run("backfill", "s3://" + LocalS3.BUCKET + "/archive/2019/", "--endpoint-url", s3.endpoint().toString(),
        "--parallel", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.summaryLine()).startsWith("backfill: 4 items, 3 succeeded (2 summarised, 0 skipped, 1 ignored), "
        + "1 failed (1 rejected, 0 errors) in ");
    assertThat(Json.readDocument(s3.get("summaries/objects/archive/2019/a.txt.json")).id()).isEqualTo("6ecb7e9e41cd9c38");
    assertThat(s3.exists("summaries/objects/archive/2019/b/c.txt.json")).isTrue();
    assertThat(s3.exists("summaries/failures/objects/archive/2019/kurz.txt.json")).isTrue();
    assertThat(s3.exists("summaries/objects/archive/2020/d.txt.json")).isFalse();
  }

  @Test
  void should_skip_what_is_already_summarised_on_a_second_run() {
    s3.put("archive/a.txt", sample);
    s3.put("archive/b.txt", other);
    String[] args = {"backfill", "s3://" + LocalS3.BUCKET + "/archive/", "--endpoint-url", s3.endpoint().toString()};
    run(args);

    Run again = run(args);

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.summaryLine()).startsWith("backfill: 2 items, 2 succeeded (0 summarised, 2 skipped, 0 ignored)");
  }

  @Test
  void should_backfill_a_directory_into_the_store_and_leave_the_store_out_of_the_listing() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Files.write(Files.createDirectories(archive.resolve("2019")).resolve("a.txt"), sample);
    Files.write(archive.resolve("b.txt"), other);
    Path store = archive.resolve("out"); // inside the listed directory: never listed itself

    Run first = run("backfill", archive.toString(), "--store", store.toString());
    Run second = run("backfill", archive.toString(), "--store", store.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.summaryLine()).startsWith("backfill: 2 items, 2 succeeded (2 summarised, 0 skipped, 0 ignored)");
    assertThat(store.resolve("objects/2019/a.txt.json")).exists();
    assertThat(store.resolve("objects/b.txt.json")).exists();
    assertThat(second.summaryLine()).startsWith("backfill: 2 items, 2 succeeded (0 summarised, 2 skipped, 0 ignored)");
  }

  @Test
  void should_exit_2_with_one_error_line_for_a_missing_directory() {
    Run run = run("backfill", dir.resolve("nirgends").toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err().strip()).startsWith("error: no such directory").doesNotContain("\n");
  }

  @Test
  void should_exit_4_when_the_bucket_cannot_be_listed() {
    Run run = run("backfill", "s3://no-such-bucket/archive/", "--endpoint-url", s3.endpoint().toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_STORAGE);
    assertThat(run.err()).contains("error: cannot list s3://no-such-bucket/archive/");
  }
}
