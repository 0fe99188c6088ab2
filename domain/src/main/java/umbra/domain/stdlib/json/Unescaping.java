package umbra.domain.stdlib.json;

import java.nio.charset.StandardCharsets;
import umbra.domain.stdlib.json.JsonTree.JString;

/**
 * .NET's {@code JsonReaderHelper.TryUnescape}: turns a validated string body with escapes into
 * text. A {@code \\u} escape of a lone or misordered surrogate is an error that .NET only raises
 * when the string is read, so it is kept in the {@link JString} rather than failing the parse.
 */
final class Unescaping {
  private Unescaping() {}

  static JString unescape(byte[] utf8, int start, int end) {
    var out = new StringBuilder(end - start);
    int run = start;
    int i = start;
    while (i < end) {
      if (utf8[i] != '\\') {
        i++;
        continue;
      }
      out.append(new String(utf8, run, i - run, StandardCharsets.UTF_8));
      char kind = (char) utf8[i + 1];
      if (kind != 'u') {
        out.append(simpleEscape(kind));
        i += 2;
      } else {
        int scalar = hex4(utf8, i + 2);
        i += 6;
        if (scalar >= 0xD800 && scalar <= 0xDFFF) {
          if (scalar >= 0xDC00) return broken(invalidSurrogate(scalar));
          if (i + 6 > end || utf8[i] != '\\' || utf8[i + 1] != 'u') {
            return broken("Cannot read incomplete UTF-16 JSON text as string with missing low surrogate.");
          }
          int low = hex4(utf8, i + 2);
          i += 6;
          if (low < 0xDC00 || low > 0xDFFF) return broken(invalidSurrogate(low));
          out.append((char) scalar).append((char) low);
        } else {
          out.append((char) scalar);
        }
      }
      run = i;
    }
    out.append(new String(utf8, run, end - run, StandardCharsets.UTF_8));
    return JString.of(out.toString());
  }

  private static char simpleEscape(char kind) {
    return switch (kind) {
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      default -> kind; // the reader only lets through " \ and /
    };
  }

  private static int hex4(byte[] utf8, int at) {
    return Integer.parseInt(new String(utf8, at, 4, StandardCharsets.US_ASCII), 16);
  }

  private static String invalidSurrogate(int value) {
    return "Cannot read invalid UTF-16 JSON text as string. Invalid surrogate value: '0x%X'.".formatted(value);
  }

  private static JString broken(String message) { return new JString("", message); }
}
