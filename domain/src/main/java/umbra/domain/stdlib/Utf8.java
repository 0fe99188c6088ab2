package umbra.domain.stdlib;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 the way .NET's {@code Encoding.UTF8} does it. Encoding turns a lone surrogate into
 * U+FFFD (three bytes) where Java's {@code getBytes} writes {@code '?'}; decoding replaces each
 * maximal invalid subsequence with U+FFFD, which Java's decoder already does.
 */
public final class Utf8 {
  private Utf8() {}

  public static byte[] encode(String s) {
    return withoutLoneSurrogates(s).getBytes(StandardCharsets.UTF_8);
  }

  /** How many bytes {@link #encode} produces ({@code String::length_v0}). */
  public static int byteCount(String s) { return encode(s).length; }

  /** Lossy decoding: invalid sequences become U+FFFD. */
  public static String decode(byte[] bytes) { return new String(bytes, StandardCharsets.UTF_8); }

  private static String withoutLoneSurrogates(String s) {
    StringBuilder fixed = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (fixed != null) fixed.append(c).append(s.charAt(i + 1));
        i++;
      } else if (Character.isSurrogate(c)) {
        if (fixed == null) fixed = new StringBuilder(s.substring(0, i));
        fixed.append('\uFFFD');
      } else if (fixed != null) {
        fixed.append(c);
      }
    }
    return fixed == null ? s : fixed.toString();
  }
}
