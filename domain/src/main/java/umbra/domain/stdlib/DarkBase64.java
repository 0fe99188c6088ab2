package umbra.domain.stdlib;

import java.util.Base64;

/**
 * Base64 as Dark's String and Bytes modules speak it. Decoding accepts the standard and the
 * URL-safe alphabet (even mixed) with optional padding; encoding is URL-safe, with or without
 * padding depending on the function.
 */
public final class DarkBase64 {
  private DarkBase64() {}

  /**
   * Decodes the way Dark does: URL-safe characters become standard ones, a missing padding is
   * restored, then .NET's {@code Convert.FromBase64String} rules apply (length a multiple of four,
   * at most two '=' and only at the end; unused trailing bits are ignored).
   *
   * @throws IllegalArgumentException when the text is not base64
   */
  public static byte[] decode(String s) {
    String standard = s.replace('-', '+').replace('_', '/');
    switch (standard.length() % 4) {
      case 2 -> standard += "==";
      case 3 -> standard += "=";
      default -> { }
    }
    if (standard.length() % 4 != 0) throw new IllegalArgumentException("base64 length not a multiple of 4");
    return Base64.getDecoder().decode(standard);
  }

  /** Dark refuses whitespace before decoding (.NET would silently skip it); {@code \s} of .NET regexes. */
  public static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (DotnetText.isWhiteSpace(s.charAt(i))) return true;
    }
    return false;
  }

  /** URL-safe alphabet ('-', '_'), keeping '=' padding. */
  public static String urlEncode(byte[] bytes) { return Base64.getUrlEncoder().encodeToString(bytes); }

  /** URL-safe alphabet without padding. */
  public static String urlEncodeUnpadded(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
