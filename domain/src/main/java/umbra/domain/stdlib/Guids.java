package umbra.domain.stdlib;

import java.util.Optional;
import java.util.UUID;

/**
 * .NET's {@code Guid.TryParse}, which {@code Uuid::parse} and {@code String::toUUID} use: after
 * trimming white space it takes the formats D ({@code 8-4-4-4-12} hex digits), N (32 hex
 * digits), B ({@code {D}}), P ({@code (D)}) and X ({@code {0x..,0x..,0x..,{0x..,...}}}).
 * Java's {@code UUID.fromString} is far more lenient, so nothing reaches it unchecked.
 */
public final class Guids {
  private Guids() {}

  public static Optional<UUID> parse(String text) {
    String s = trimWhiteSpace(text);
    String hex32 = switch (s.length()) {
      case 32 -> s;
      case 36 -> dashed(s);
      case 38 -> wrapped(s);
      default -> s.startsWith("{0") ? hexList(s) : null;
    };
    if (hex32 == null || hex32.length() != 32 || !isHex(hex32)) return Optional.empty();
    return Optional.of(new UUID(Long.parseUnsignedLong(hex32.substring(0, 16), 16),
        Long.parseUnsignedLong(hex32.substring(16), 16)));
  }

  /** Format D: the hyphens at 8, 13, 18 and 23, nothing else but hex digits. */
  private static String dashed(String s) {
    if (s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') return null;
    return s.substring(0, 8) + s.substring(9, 13) + s.substring(14, 18) + s.substring(19, 23) + s.substring(24);
  }

  /** Formats B and P: format D inside matching braces or parentheses. */
  private static String wrapped(String s) {
    char open = s.charAt(0);
    char close = s.charAt(37);
    if (!(open == '{' && close == '}' || open == '(' && close == ')')) return null;
    return dashed(s.substring(1, 37));
  }

  /** Format X: {@code {0xAAAAAAAA,0xBBBB,0xCCCC,{0xDD,0xDD,0xDD,0xDD,0xDD,0xDD,0xDD,0xDD}}}, white space ignored. */
  private static String hexList(String s) {
    String compact = s.replaceAll("\\s", "");
    if (!compact.startsWith("{") || !compact.endsWith("}}")) return null;
    String inner = compact.substring(1, compact.length() - 2);
    int brace = inner.indexOf(",{");
    if (brace < 0) return null;
    String[] head = inner.substring(0, brace).split(",", -1);
    String[] bytes = inner.substring(brace + 2).split(",", -1);
    if (head.length != 3 || bytes.length != 8) return null;
    var out = new StringBuilder(32);
    int[] widths = {8, 4, 4};
    for (int i = 0; i < 3; i++) {
      if (!appendHex(out, head[i], widths[i])) return null;
    }
    for (String b : bytes) {
      if (!appendHex(out, b, 2)) return null;
    }
    return out.toString();
  }

  /** Appends {@code 0x}-prefixed hex of up to {@code width} digits, left-padded with zeros. */
  private static boolean appendHex(StringBuilder out, String part, int width) {
    if (!(part.startsWith("0x") || part.startsWith("0X"))) return false;
    String digits = part.substring(2);
    if (digits.isEmpty() || digits.length() > width || !isHex(digits)) return false;
    out.append("0".repeat(width - digits.length())).append(digits);
    return true;
  }

  /** .NET's {@code String.Trim}: {@code Char.IsWhiteSpace} also counts no-break spaces. */
  private static String trimWhiteSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhiteSpace(s.charAt(start))) start++;
    while (end > start && isWhiteSpace(s.charAt(end - 1))) end--;
    return s.substring(start, end);
  }

  private static boolean isWhiteSpace(char c) { return Character.isWhitespace(c) || Character.isSpaceChar(c); }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) return false;
    }
    return true;
  }
}
