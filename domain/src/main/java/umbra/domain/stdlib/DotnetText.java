package umbra.domain.stdlib;

/**
 * The .NET string operations Dark's stdlib leans on, reproduced exactly: whitespace as
 * {@code Char.IsWhiteSpace} sees it (Java's {@code Character.isWhitespace} differs on no-break
 * spaces and on U+001C..U+001F), and culture-invariant simple case mapping (language.md A.7.16).
 */
public final class DotnetText {
  private DotnetText() {}

  /** {@code Char.IsWhiteSpace}: the Unicode separators plus U+0009..U+000D and U+0085. */
  public static boolean isWhiteSpace(char c) {
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0') return true;
    return switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }

  /** {@code String.Trim()}. */
  public static String trim(String s) { return trimEnd(trimStart(s)); }

  /** {@code String.TrimStart()}. */
  public static String trimStart(String s) {
    int i = 0;
    while (i < s.length() && isWhiteSpace(s.charAt(i))) i++;
    return s.substring(i);
  }

  /** {@code String.TrimEnd()}. */
  public static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && isWhiteSpace(s.charAt(end - 1))) end--;
    return s.substring(0, end);
  }

  /**
   * {@code ToUpperInvariant}: one code point to one code point (so {@code ß} stays), except that
   * U+0131 (dotless i) keeps its case, as .NET does to match Windows' invariant culture.
   */
  public static String toUpper(String s) {
    var sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(cp == 0x0131 ? cp : Character.toUpperCase(cp)));
    return sb.toString();
  }

  /** {@code ToLowerInvariant}: simple mapping, except U+0130 (I with dot above) keeps its case. */
  public static String toLower(String s) {
    var sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(cp == 0x0130 ? cp : Character.toLowerCase(cp)));
    return sb.toString();
  }

  /** The legacy {@code toUppercase_v0}: only ASCII letters change. */
  public static String toUpperAscii(String s) {
    var chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') chars[i] = (char) (chars[i] - 'a' + 'A');
    }
    return new String(chars);
  }

  /** The legacy {@code toLowercase_v0}: only ASCII letters change. */
  public static String toLowerAscii(String s) {
    var chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char) (chars[i] - 'A' + 'a');
    }
    return new String(chars);
  }
}
