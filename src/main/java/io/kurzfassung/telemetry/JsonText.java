package io.kurzfassung.telemetry;

/**
 * JSON string escaping for the log and metric lines, written by hand: the lines are built on every log call and in
 * the init phase, where a JSON library's classes would add to the cold start for a few dozen characters.
 */
final class JsonText {

  private JsonText() {}

  /** Appends {@code "value"}, escaped, or {@code null}. */
  static StringBuilder quote(StringBuilder out, String value) {
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** Appends {@code ,"name":"value"}. */
  static StringBuilder field(StringBuilder out, String name, String value) {
    quote(out.append(','), name).append(':');
    return quote(out, value);
  }
}
