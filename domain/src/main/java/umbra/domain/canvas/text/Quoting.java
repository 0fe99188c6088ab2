package umbra.domain.canvas.text;

/**
 * When a name in a section header needs quotes, and the quotes themselves: JSON strings, so any
 * text (empty, with spaces, brackets or quotes) can be written and read back.
 */
final class Quoting {
  private Quoting() {}

  /** A non-empty run of letters, digits and underscores. */
  static boolean isWord(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  static String word(String s) {
    return isWord(s) ? s : quote(s);
  }

  /** A header word is written bare unless it is empty or holds a space, a quote or a control character. */
  static String token(String s) {
    boolean bare = !s.isEmpty() && s.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '"' || Character.isISOControl(c));
    return bare ? s : quote(s);
  }

  /**
   * A parameter's or field's name is also quoted when it holds a colon (which introduces the
   * type) or starts with {@code ->} (which ends a function's parameters).
   */
  static String name(String s) {
    return s.contains(":") || s.startsWith("->") ? quote(s) : token(s);
  }

  static String quote(String s) {
    var out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // U+0085, U+2028 and U+2029 end a line for the reader (\R): escaped, a name stays on its line
          if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validPair(s, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** A quoted text and the position just after its closing quote. */
  record Unquoted(String text, int end) {}

  /**
   * Reads the JSON string starting at {@code start} (which must be a {@code "}).
   *
   * @throws IllegalArgumentException for an unterminated string or a bad escape
   */
  static Unquoted unquote(String s, int start) {
    if (start >= s.length() || s.charAt(start) != '"') throw new IllegalArgumentException("expected '\"'");
    var out = new StringBuilder();
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') return new Unquoted(out.toString(), i + 1);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= s.length()) break;
      char e = s.charAt(i + 1);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (i + 6 > s.length()) throw new IllegalArgumentException("incomplete \\u escape");
          try {
            out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          } catch (NumberFormatException x) {
            throw new IllegalArgumentException("bad \\u escape '" + s.substring(i, i + 6) + "'");
          }
          i += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape '\\" + e + "'");
      }
      i += 2;
    }
    throw new IllegalArgumentException("a quoted name has no closing '\"'");
  }
}
