package umbra.domain.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import umbra.domain.routing.Router;

/** The path Dark routes on (backend.md 1.4): percent-decoded like ASP.NET does, then sanitised. */
public final class RequestPath {
  private RequestPath() {}

  /** {@code /a//b%20c/} becomes {@code /a/b c}. */
  public static String forRouting(String rawPath) {
    return Router.sanitize(decode(rawPath));
  }

  /**
   * Decodes {@code %XX} escapes except {@code %2F}, which would change the path's segments;
   * a path whose escapes do not decode to UTF-8 is kept as sent.
   */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) return raw;
    var out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
        int b = hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2));
        if (b == '/') {
          out.writeBytes(raw.substring(i, i + 3).getBytes(StandardCharsets.US_ASCII));
        } else {
          out.write(b);
        }
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return raw;
    }
  }

  private static int hex(char c) { return Character.digit(c, 16); }
}
