package io.kurzfassung.storage;

import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.summary.ModelInfo;
import java.util.Optional;

/**
 * Where summary documents are kept. Names are relative paths laid out by {@link OutputLayout}
 * ({@code articles/<id>.json}, {@code uploads/<key>.json}); each implementation places them under its own root (a
 * directory, an S3 bucket and prefix). A write never replaces the summary of another article at an article's
 * address, and never replaces a language-model summary with a fallback one ({@link StoredSummary#replacedBy}).
 */
public interface SummaryStore {

  /** What a {@link #save} did. */
  enum Outcome {
    /** Nothing was stored under the name; the document is now. */
    WRITTEN,
    /** A stored summary was replaced (an older prompt version or model, a fallback, or a forced refresh). */
    REPLACED,
    /** The stored summary was kept: the same summary again, or a language-model one that a fallback cannot replace. */
    KEPT
  }

  /**
   * What a save did.
   *
   * @param location where the name is stored (a path or an s3:// URI); null for a store that keeps nothing
   * @param document the document now stored under the name: the one given, or the stored one when it was kept
   */
  record Saved(String location, SummaryDocument document, Outcome outcome) {

    /** Whether the write met a stored summary under the name (S3: a conditional write that failed once). */
    public boolean conflicted() {
      return outcome != Outcome.WRITTEN;
    }
  }

  /**
   * Stores the document atomically under the name, unless the stored one is kept by the rules of
   * {@link StoredSummary#replacedBy}.
   *
   * @param sourceKey where the article came from (an S3 key), kept with the document where the store can; may be null
   * @param replaceCurrent whether a stored current summary (same article, model and prompt version) is replaced: a
   *     forced refresh or the CLI, which stores what it prints
   * @throws IllegalArgumentException when the name is an article's address ({@link OutputLayout#article}) of
   *     another article than the document's
   */
  Saved save(String name, SummaryDocument document, String sourceKey, boolean replaceCurrent);

  /** {@link #save(String, SummaryDocument, String, boolean)} that keeps a stored current summary. */
  default Saved save(String name, SummaryDocument document, String sourceKey) {
    return save(name, document, sourceKey, false);
  }

  /**
   * Stores why the upload under the name can never be summarised, under {@code failures/} (mirroring where its summary would be)
   * ({@link #failureName}), and returns where it went; null for a store that keeps nothing.
   */
  default String saveFailure(String name, UploadFailure failure) {
    return null;
  }

  /** {@code uploads/a/b.txt.json} -> {@code failures/uploads/a/b.txt.json} ({@link OutputLayout#failure}). */
  static String failureName(String name) {
    return OutputLayout.failure(name);
  }

  /** The stored document, or empty when there is none under that name. */
  Optional<SummaryDocument> find(String name);

  /**
   * Whether the summary stored under the name is of that article (by id), by that provider and model, with that
   * prompt version: a summary that would be produced again unchanged. A stored fallback result does not count.
   */
  default boolean holds(String name, String articleId, ModelInfo model) {
    return findCurrent(name, articleId, model).isPresent();
  }

  /** The stored document when it is current in the sense of {@link #holds}; empty otherwise. */
  default Optional<SummaryDocument> findCurrent(String name, String articleId, ModelInfo model) {
    return find(name).filter(d -> StoredSummary.of(d).isCurrent(articleId, model));
  }

  /** Where a name is (or would be) stored, as {@link #save} reports it; null for a store that keeps nothing. */
  String location(String name);

  /** The default name of a document: its article's address, {@code articles/<id>.json}. */
  static String nameFor(SummaryDocument document) {
    return OutputLayout.article(document.id());
  }

  /** Refuses to write a document to the address of another article. */
  static void requireOwnAddress(String name, SummaryDocument document) {
    if (name.startsWith(OutputLayout.ARTICLES) && !name.equals(OutputLayout.article(document.id()))) {
      throw new IllegalArgumentException("the document of article " + document.id() + " cannot be stored at "
          + name + ", which is not its address");
    }
  }

  /** A store that keeps nothing, for {@code --store none}. */
  SummaryStore NONE = new SummaryStore() {
    @Override
    public Saved save(String name, SummaryDocument document, String sourceKey, boolean replaceCurrent) {
      return new Saved(null, document, Outcome.WRITTEN);
    }

    @Override
    public Optional<SummaryDocument> find(String name) {
      return Optional.empty();
    }

    @Override
    public String location(String name) {
      return null;
    }
  };
}
