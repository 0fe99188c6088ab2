package umbra.domain.testfile;

import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the one JSON shape test files use for DB columns: an object whose values are strings,
 * {@code { "name" : "Str", "tags": "[Str]" }}. Keys come back in ordinal order, as Dark's F# Map
 * ordered them.
 */
final class FlatJsonObject {
  private final String s;
  private int pos;

  private FlatJsonObject(String s) { this.s = s; }

  /** The key/value pairs, or an {@link IllegalArgumentException} saying what is wrong. */
  static Map<String, String> parse(String text) {
    var p = new FlatJsonObject(text);
    var out = new TreeMap<String, String>();
    p.expect('{');
    if (!p.eat('}')) {
      do {
        String key = p.string();
        p.expect(':');
        if (out.put(key, p.string()) != null) throw new IllegalArgumentException("column '" + key + "' declared twice");
      } while (p.eat(','));
      p.expect('}');
    }
    p.skipSpaces();
    if (p.pos != text.length()) throw new IllegalArgumentException("unexpected text after the column object");
    return out;
  }

  private void skipSpaces() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
  }

  private boolean eat(char c) {
    skipSpaces();
    if (pos < s.length() && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!eat(c)) throw new IllegalArgumentException("expected '" + c + "' at column " + (pos + 1) + " of the column object");
  }

  private String string() {
    expect('"');
    var sb = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') return sb.toString();
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= s.length()) break;
      char e = s.charAt(pos++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          if (pos + 4 > s.length()) throw new IllegalArgumentException("truncated \\u escape");
          sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> sb.append(e);
      }
    }
    throw new IllegalArgumentException("unterminated string in the column object");
  }
}
