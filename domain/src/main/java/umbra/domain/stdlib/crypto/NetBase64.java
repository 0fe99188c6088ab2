package umbra.domain.stdlib.crypto;

import java.util.Base64;
import java.util.Optional;

/** Base64 as Dark's .NET code read and wrote it (Prelude.Base64, Convert.FromBase64String). */
public final class NetBase64 {
  private NetBase64() {}

  /** Url-safe alphabet, no padding ({@code Base64.urlEncodeToString}). */
  public static String urlEncode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** {@code Base64.fromUrlEncoded |> decodeOpt}: back to the default alphabet, re-padded, decoded. */
  public static Optional<byte[]> decodeUrl(String s) {
    String initial = s.replace('-', '+').replace('_', '/');
    String padded = switch (initial.length() % 4) {
      case 2 -> initial + "==";
      case 3 -> initial + "=";
      default -> initial;
    };
    return decode(padded);
  }

  /**
   * {@code Convert.FromBase64String}: white space anywhere is ignored, the rest must be whole
   * quanta of four characters with at most two '=' at the end.
   */
  public static Optional<byte[]> decode(String s) {
    var compact = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') compact.append(c);
    }
    if (compact.length() % 4 != 0) return Optional.empty();
    try {
      return Optional.of(Base64.getDecoder().decode(compact.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
