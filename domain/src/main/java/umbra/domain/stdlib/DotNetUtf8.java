package umbra.domain.stdlib;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as .NET's default encoder produces it: a lone surrogate becomes U+FFFD (bytes
 * {@code EF BF BD}), where Java's {@code getBytes} would write a question mark.
 */
final class DotNetUtf8 {
  private DotNetUtf8() {}

  static byte[] bytes(String s) {
    var text = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        text.append(c).append(s.charAt(++i));
      } else {
        text.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** .NET's {@code Uri.EscapeDataString}: UTF-8 bytes of everything but {@code A-Z a-z 0-9 - _ . ~} as {@code %XX}. */
  static String escapeDataString(String s) {
    var out = new StringBuilder();
    for (byte b : bytes(s)) {
      int c = b & 0xFF;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else {
        out.append("%%%02X".formatted(c));
      }
    }
    return out.toString();
  }
}
