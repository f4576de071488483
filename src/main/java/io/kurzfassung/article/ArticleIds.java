package io.kurzfassung.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: the first 16 hex digits of SHA-256 over the normalised title and text. */
public final class ArticleIds {

  private ArticleIds() {}

  public static String idFor(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
