package umbra.domain.stdlib.json;

/**
 * How each of Dark's two JSON writers quotes strings. Which characters get a {@code \\u} escape
 * is visible in every HTTP response body, so each follows its .NET library exactly.
 */
final class JsonEscaping {
  private JsonEscaping() {}

  /**
   * System.Text.Json with {@code JavaScriptEncoder.UnsafeRelaxedJsonEscaping}: short escapes for
   * quote, backslash and {@code \b \t \n \f \r}; {@code \\uXXXX} (upper-case hex) for controls,
   * unassigned and private-use code points, surrogates, line/paragraph separators, spaces other
   * than U+0020, and everything outside the Basic Multilingual Plane (as a surrogate pair, since
   * the encoder only knows BMP code points). A lone surrogate becomes U+FFFD. All else,
   * HTML-sensitive characters included, is raw.
   */
  static String stjRelaxed(String s) {
    var out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isSurrogate((char) cp) && width == 1) {
            out.append('\uFFFD'); // the encoder replaces ill-formed UTF-16 before escaping
          } else if (stjEscapes(cp)) {
            for (int j = i; j < i + width; j++) out.append("\\u%04X".formatted((int) s.charAt(j)));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
      i += width;
    }
    return out.append('"').toString();
  }

  private static boolean stjEscapes(int cp) {
    if (cp > 0xFFFF) return true;
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      case Character.SPACE_SEPARATOR -> cp != ' ';
      default -> false;
    };
  }

  /**
   * Newtonsoft.Json's default escaping: short escapes for quote, backslash and
   * {@code \b \t \n \f \r}, {@code \\u00xx} (lower-case hex) for other control characters and for
   * U+0085, U+2028, U+2029; everything else raw.
   */
  static String newtonsoft(String s) {
    var out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029') out.append("\\u%04x".formatted((int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }
}
