package io.kurzfassung.article;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Unicode NFC, one kind of space and line break, no invisible characters. */
final class TextNormalizer {

  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");

  private TextNormalizer() {}

  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Normalises a block of text: NFC, LF line breaks, single spaces, trimmed lines. Blank lines are kept. */
  static String block(String s) {
    String t = Normalizer.normalize(stripBom(s), Normalizer.Form.NFC);
    t = t.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    t = INVISIBLE.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ");
    StringBuilder out = new StringBuilder(t.length());
    for (String line : t.split("\n", -1)) {
      out.append(line.strip()).append('\n');
    }
    return out.toString().strip();
  }

  /** Normalises a single line: like {@link #block} with line breaks turned into spaces. */
  static String line(String s) {
    return block(s).replace('\n', ' ').replaceAll(" +", " ");
  }
}
