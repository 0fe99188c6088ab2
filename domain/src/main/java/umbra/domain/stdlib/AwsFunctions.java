package umbra.domain.stdlib;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import umbra.domain.value.Dval.DStr;

/** The AWS module: the URI encoding AWS Signature V4 wants for S3 paths. */
final class AwsFunctions {
  private AwsFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("AWS::urlencode_v0", "str: Str -> Str", "Percent-encodes a string the way AWS signatures require")
        .plain(a -> a.meter().str(urlencode(a.str(0))));
  }

  /**
   * A port of OCaml's (from cohttp, after AWS's Java {@code UriEncode}): letters, digits and
   * {@code _ - ~ . /} are kept, other bytes become {@code %X} in upper-case hex without padding
   * (so byte 0x0A is {@code %A}). Input is taken to be already escaped: a {@code %} followed by
   * two letters or digits is kept, by anything else becomes {@code %25}, and (aws.tests) a
   * {@code %} with fewer than two bytes after it is dropped.
   */
  static String urlencode(String s) {
    byte[] bytes = strictUtf8(s);
    var out = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xFF;
      if (isAlphanumeric(c) || c == '_' || c == '-' || c == '~' || c == '.' || c == '/') {
        out.append((char) c);
      } else if (c == '%') {
        if (i + 2 < bytes.length) {
          out.append(isAlphanumeric(bytes[i + 1] & 0xFF) && isAlphanumeric(bytes[i + 2] & 0xFF) ? "%" : "%25");
        }
      } else {
        out.append('%').append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
      }
    }
    return out.toString();
  }

  private static boolean isAlphanumeric(int c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** Dark encoded with an encoder that throws on lone surrogates; that surfaces as "Unknown error". */
  private static byte[] strictUtf8(String s) {
    try {
      ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(s));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("invalid UTF-16 text", e);
    }
  }
}
