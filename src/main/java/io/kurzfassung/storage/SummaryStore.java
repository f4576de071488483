package io.kurzfassung.storage;

import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.summary.ModelInfo;
import java.util.Optional;

/**
 * Where summary documents are kept. Names are relative paths such as {@code 3f2a9c0d1e4b5a6c.json}; each
 * implementation places them under its own root (a directory, an S3 bucket and prefix).
 */
public interface SummaryStore {

  /**
   * Stores the document atomically under the name and returns where it went (a path or an s3:// URI).
   *
   * @param sourceKey where the article came from (an S3 key), kept with the document where the store can; may be null
   */
  String save(String name, SummaryDocument document, String sourceKey);

  /**
   * What a {@link #write} did: where the document went, and whether the name was already taken when it was written
   * (another delivery of the article, or an older summary; the store then kept or replaced it as {@link #save} says).
   */
  record Saved(String location, boolean conflict) {}

  /** {@link #save}, telling also whether the name was taken: a store that cannot tell says it was not. */
  default Saved write(String name, SummaryDocument document, String sourceKey) {
    return new Saved(save(name, document, sourceKey), false);
  }

  /** The stored document, or empty when there is none under that name. */
  Optional<SummaryDocument> find(String name);

  /**
   * Whether the summary stored under the name is of that article (by id), by that provider and model, with that
   * prompt version: a summary that would be produced again unchanged. A stored fallback result does not count.
   */
  default boolean holds(String name, String articleId, ModelInfo model) {
    return find(name).filter(d -> d.id().equals(articleId)
        && d.model().provider().equals(model.provider())
        && d.model().name().equals(model.name())
        && d.model().promptVersion().equals(model.promptVersion())).isPresent();
  }

  /** Where a name is (or would be) stored, as {@link #save} reports it; null for a store that keeps nothing. */
  String location(String name);

  /** The default name of a document: its id plus {@code .json}. */
  static String nameFor(SummaryDocument document) {
    return document.id() + ".json";
  }

  /** A store that keeps nothing, for {@code --store none}. */
  SummaryStore NONE = new SummaryStore() {
    @Override
    public String save(String name, SummaryDocument document, String sourceKey) {
      return null;
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
