package io.kurzfassung.storage;

import io.kurzfassung.document.SummaryDocument;
import java.util.Optional;

/**
 * Where summary documents are kept. Names are relative paths such as {@code 3f2a9c0d1e4b5a6c.json}; each
 * implementation places them under its own root (a directory, an S3 bucket and prefix).
 */
public interface SummaryStore {

  /** Stores the document atomically under the name and returns where it went (a path or an s3:// URI). */
  String save(String name, SummaryDocument document);

  /** The stored document, or empty when there is none under that name. */
  Optional<SummaryDocument> find(String name);

  /** The default name of a document: its id plus {@code .json}. */
  static String nameFor(SummaryDocument document) {
    return document.id() + ".json";
  }

  /** A store that keeps nothing, for {@code --store none}. */
  SummaryStore NONE = new SummaryStore() {
    @Override
    public String save(String name, SummaryDocument document) {
      return null;
    }

    @Override
    public Optional<SummaryDocument> find(String name) {
      return Optional.empty();
    }
  };
}
