package io.kurzfassung.storage;

import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.summary.ModelInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a store knows of a stored summary without reading it (S3 keeps it as object metadata): which article, which
 * model and prompt version, and whether the extractive fallback stood in for the model. It decides whether a new
 * write replaces the stored summary, the same way for every store.
 *
 * @param model provider and model name as {@code provider/name}, ASCII (metadata travels as HTTP headers)
 * @param promptVersion the prompt version, ASCII as {@code model}
 */
public record StoredSummary(String articleId, String model, String promptVersion, boolean fallback) {

  /** What a document would be stored as. */
  public static StoredSummary of(SummaryDocument document) {
    return new StoredSummary(document.id(), modelOf(document.model()), ascii(document.model().promptVersion()),
        document.model().fallbackReason() != null);
  }

  /**
   * Whether this is the summary of that article that the model would produce again: same provider, model and
   * prompt version, and not a fallback result (a stored fallback is tried again).
   */
  public boolean isCurrent(String articleId, ModelInfo model) {
    return !fallback && articleId.equals(this.articleId) && modelOf(model).equals(this.model)
        && ascii(model.promptVersion()).equals(this.promptVersion);
  }

  /**
   * Whether a write of {@code next} replaces this stored summary. A summary of another article is replaced (only an
   * upload's address can hold one: a new upload under the same key). Of the same article, a fallback never replaces
   * a summary that is not one; a current summary (same model and prompt version) is kept unless
   * {@code replaceCurrent} (a forced refresh); anything older is replaced.
   */
  public boolean replacedBy(StoredSummary next, boolean replaceCurrent) {
    if (!articleId.equals(next.articleId)) {
      return true;
    }
    if (next.fallback && !fallback) {
      return false;
    }
    boolean same = !fallback && model.equals(next.model) && promptVersion.equals(next.promptVersion);
    return !same || replaceCurrent;
  }

  /** The {@code model} value: provider and model name. */
  static String modelOf(ModelInfo model) {
    return ascii(model.provider() + "/" + model.name());
  }

  static String ascii(String s) {
    return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? s : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
