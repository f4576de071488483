package io.kurzfassung.lambda;

import io.kurzfassung.article.ArticleException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The charset a request's {@code Content-Type} declares, and the body's bytes as UTF-8 by it. A declared charset is
 * binding: bytes that are not valid in it are refused (400) naming the byte, never re-read in another charset. No
 * declaration leaves the bytes to the parser, which reads UTF-8 and falls back to windows-1252.
 *
 * @param charset the declared charset; null when the header declares none
 */
record BodyCharset(Charset charset) {

  static BodyCharset of(String contentType) {
    if (contentType == null) {
      return new BodyCharset(null);
    }
    for (String parameter : contentType.split(";")) {
      String[] kv = parameter.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        String name = kv[1].strip().replace("\"", "");
        try {
          return new BodyCharset(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new ArticleException("the request declares charset=" + name + ", which is not supported; send UTF-8");
        }
      }
    }
    return new BodyCharset(null);
  }

  /** The body as UTF-8 bytes. */
  byte[] toUtf8(byte[] body) {
    if (charset == null) {
      return body;
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      String text = decoder.decode(in).toString();
      return charset.equals(StandardCharsets.UTF_8) ? body : text.getBytes(StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ArticleException("the request body is declared charset=" + charset.name().toLowerCase(Locale.ROOT)
          + " but is not valid " + charset.name() + " at byte " + in.position() + "; send it in the declared charset");
    }
  }
}
