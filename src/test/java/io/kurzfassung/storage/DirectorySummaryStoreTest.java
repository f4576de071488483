package io.kurzfassung.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.summary.KeyFact;
import io.kurzfassung.summary.ModelInfo;
import io.kurzfassung.summary.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySummaryStoreTest {

  @TempDir
  Path dir;

  static SummaryDocument document(String id) {
    return new SummaryDocument("1.0", id, "de", "Eine Zusammenfassung über Straßen.",
        List.of(new KeyFact("Ein Fakt.", List.of("Ein Satz."))),
        new SummaryDocument.ArticleInfo("Titel", null, null, null, 100, 20),
        new ModelInfo("extractive", "textrank-de", "extractive-1"), Usage.UNKNOWN, Instant.parse("2026-11-28T00:00:00Z"));
  }

  @Test
  void should_save_under_name_and_find_it_again() {
    var store = new DirectorySummaryStore(dir.resolve("summaries"));
    SummaryDocument doc = document("0123456789abcdef");

    String location = store.save("articles/0123456789abcdef.json", doc, null).location();

    assertThat(Path.of(location)).exists().hasFileName("0123456789abcdef.json");
    assertThat(store.find("articles/0123456789abcdef.json")).contains(doc);
    assertThat(store.find("missing.json")).isEmpty();
  }

  @Test
  void should_leave_no_temporary_files_and_replace_atomically() throws Exception {
    var store = new DirectorySummaryStore(dir);
    store.save("a.json", document("0123456789abcdef"), null);
    store.save("a.json", document("fedcba9876543210"), null);

    try (var files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("a.json", ".tmp");
    }
    try (var files = Files.list(dir.resolve(".tmp"))) {
      assertThat(files).isEmpty();
    }
    assertThat(store.find("a.json")).map(SummaryDocument::id).contains("fedcba9876543210");
  }

  @Test
  void should_write_temporary_files_in_a_hidden_folder_that_no_reader_of_documents_lists() throws Exception {
    var store = new DirectorySummaryStore(dir);
    // what kill -9 leaves: a half-written file of a save that never reached its rename
    Path leftover = Files.writeString(Files.createDirectories(dir.resolve(".tmp")).resolve("0123456789abcdef.json1.tmp"), "{\"id\":");
    store.save("articles/0123456789abcdef.json", document("0123456789abcdef"), null);

    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve(".tmp"))))
          .containsExactly(dir.resolve("articles/0123456789abcdef.json"));
    }
    try (var names = Files.list(dir)) { // ls without -a, find -name '*.json': nothing but documents
      assertThat(names.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactly("articles");
    }
    assertThat(leftover).exists(); // young: it might be another run's write in progress
  }

  @Test
  void should_delete_stale_temporary_files_when_a_new_run_opens_the_store() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve(".tmp"));
    Path stale = Files.writeString(tmp.resolve("0123456789abcdef.json42.tmp"), "{");
    Path legacy = Files.writeString(dir.resolve(".0123456789abcdef.json42.tmp"), "{"); // beside the documents, as before
    Path fresh = Files.writeString(tmp.resolve("fedcba9876543210.json7.tmp"), "{");
    var old = java.nio.file.attribute.FileTime.from(Instant.now().minus(DirectorySummaryStore.STALE_AFTER).minusSeconds(60));
    Files.setLastModifiedTime(stale, old);
    Files.setLastModifiedTime(legacy, old);

    new DirectorySummaryStore(dir);

    assertThat(stale).doesNotExist();
    assertThat(legacy).doesNotExist();
    assertThat(fresh).exists();
  }

  @Test
  void should_refuse_to_store_a_document_at_the_address_of_another_article() {
    var store = new DirectorySummaryStore(dir);

    assertThatThrownBy(() -> store.save("articles/fedcba9876543210.json", document("0123456789abcdef"), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not its address");
    assertThat(dir.resolve("articles")).doesNotExist();
  }

  @Test
  void should_throw_storage_exception_and_write_nothing_when_directory_cannot_be_created() throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
    var store = new DirectorySummaryStore(blocker.resolve("sub"));

    assertThatThrownBy(() -> store.save("a.json", document("0123456789abcdef"), null))
        .isInstanceOf(StorageException.class).hasMessageContaining("cannot write")
        .hasMessageContaining(": Not a directory (" + blocker.resolve("sub") + ")");
    assertThat(Files.readString(blocker)).isEqualTo("x");
  }

  @Test
  void should_reject_names_that_leave_the_directory() {
    var store = new DirectorySummaryStore(dir.resolve("s"));

    assertThatThrownBy(() -> store.save("../escape.json", document("0123456789abcdef"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("escape.json")).doesNotExist();
  }
}
