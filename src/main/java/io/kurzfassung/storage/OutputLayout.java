package io.kurzfassung.storage;

import java.util.regex.Pattern;

/**
 * Where documents go, relative to a store's root (the output prefix in S3, the directory of the CLI). Two address
 * spaces that cannot meet, so that no write can replace or shadow the summary of another article by construction:
 * <ul>
 *   <li>{@code articles/<id>.json}: the summary addressed by its article id (API POST, direct invoke, CLI). Only a
 *       document with that id is ever written there, and {@code GET /summaries/{id}} reads only there.</li>
 *   <li>{@code uploads/<key relative to INPUT_PREFIX>.json}: the summary of an upload, beside its key. A new upload
 *       under the same key replaces it (S3 versioning keeps the old one).</li>
 * </ul>
 * Upload keys whose relative part has an empty segment ({@code a//b}, a leading or trailing {@code /}) or a
 * {@code .} or {@code ..} segment are refused as bad input ({@link UnsafeUploadKeyException}), never encoded: an output key
 * never has such segments.
 */
public final class OutputLayout {

  /** The folder of documents addressed by article id. */
  public static final String ARTICLES = "articles/";
  /** The folder of documents of uploads, beside their key. */
  public static final String UPLOADS = "uploads/";
  /** The folder of records of uploads that failed for good, beside the uploads' folder. */
  public static final String FAILURES = "failures/";
  /** Summaries of objects outside the input prefix, e.g. a backfilled archive. */
  public static final String OBJECTS = "objects/";
  /** What the name of every document ends with. */
  public static final String SUFFIX = ".json";

  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  private OutputLayout() {}

  /** Whether the text is an article id: 16 lower-case hexadecimal digits. */
  public static boolean isArticleId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /**
   * {@code articles/<id>.json}.
   *
   * @throws IllegalArgumentException when {@code id} is not an article id (16 hexadecimal digits)
   */
  public static String article(String id) {
    if (!isArticleId(id)) {
      throw new IllegalArgumentException("an article id is 16 lower-case hexadecimal digits, was " + id);
    }
    return ARTICLES + id + SUFFIX;
  }

  /**
   * {@code uploads/<relativeKey>.json}, for an upload's key with the input prefix removed.
   *
   * @throws UnsafeUploadKeyException when the key is empty or has an empty, {@code .} or {@code ..} segment
   */
  public static String upload(String relativeKey) {
    if (relativeKey == null || relativeKey.isEmpty()) {
      throw new UnsafeUploadKeyException("the upload key has nothing after the input prefix");
    }
    for (String segment : relativeKey.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new UnsafeUploadKeyException("the upload key " + relativeKey + " has an empty, . or .. segment; such keys "
            + "are not summarised (rename the object)");
      }
    }
    return UPLOADS + relativeKey + SUFFIX;
  }

  /**
   * {@code objects/<key>.json}, for an object outside the input prefix (a backfilled archive): its own folder, so that
   * it never takes the name of an upload's summary ({@code archive/x.txt} and an upload {@code incoming/archive/x.txt}
   * are different objects).
   *
   * @throws UnsafeUploadKeyException as {@link #upload}
   */
  public static String object(String key) {
    return OBJECTS + upload(key).substring(UPLOADS.length());
  }

  /**
   * {@code failures/<name>}: where a permanent failure of the upload or object whose summary would be {@code name}
   * is recorded for an operator ({@code failures/uploads/a/b.txt.json}), in a folder of its own so that it can never
   * take the name of a summary ({@code uploads/x.error.json} would be the summary of an upload {@code x.error}).
   */
  public static String failure(String name) {
    if (name == null || !(name.startsWith(UPLOADS) || name.startsWith(OBJECTS))) {
      throw new IllegalArgumentException("failures are recorded for uploads and objects, not " + name);
    }
    return FAILURES + name;
  }

  /** The article id of an {@link #article} name; null for any other name. */
  public static String articleIdOf(String name) {
    if (name == null || !name.startsWith(ARTICLES) || !name.endsWith(SUFFIX)) {
      return null;
    }
    String id = name.substring(ARTICLES.length(), name.length() - SUFFIX.length());
    return isArticleId(id) ? id : null;
  }

}
