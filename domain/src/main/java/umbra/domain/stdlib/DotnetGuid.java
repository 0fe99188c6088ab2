package umbra.domain.stdlib;

import java.util.Optional;
import java.util.UUID;

/**
 * {@code Guid.TryParse} of .NET, which {@code String::toUUID_v0} uses: after trimming
 * whitespace, the formats N ({@code 32 hex digits}), D ({@code 8-4-4-4-12}), B ({@code {D}}),
 * P ({@code (D)}) and X ({@code {0x..,0x..,0x..,{0x..,...}}}), hex digits in any case.
 * Java's {@code UUID.fromString} is far more lenient (short groups), so it is not used.
 */
public final class DotnetGuid {
  private DotnetGuid() {}

  public static Optional<UUID> parse(String input) {
    String s = DotnetText.trim(input);
    if (s.isEmpty()) return Optional.empty();
    String hex = switch (s.charAt(0)) {
      case '(' -> enclosed(s, '(', ')');
      case '{' -> s.indexOf('-') >= 0 ? enclosed(s, '{', '}') : xFormat(s);
      default -> s.indexOf('-') >= 0 ? dFormat(s) : nFormat(s);
    };
    return hex == null ? Optional.empty() : Optional.of(toUuid(hex));
  }

  private static String enclosed(String s, char open, char close) {
    if (s.length() != 38 || s.charAt(0) != open || s.charAt(37) != close) return null;
    return dFormat(s.substring(1, 37));
  }

  private static String nFormat(String s) {
    return s.length() == 32 && allHex(s) ? s : null;
  }

  /**
   * {@code 8-4-4-4-12}. .NET keeps a compatibility quirk: each of the first four groups may begin
   * with '+' and/or "0x", counted inside the group's width ("0x34" is a four-digit group).
   */
  private static String dFormat(String s) {
    if (s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
      return null;
    }
    var out = new StringBuilder(32);
    int[][] groups = {{0, 8}, {9, 13}, {14, 18}, {19, 23}};
    for (int[] g : groups) {
      String digits = compatGroup(s.substring(g[0], g[1]));
      if (digits == null) return null;
      out.append(digits);
    }
    String last = s.substring(24);
    return allHex(last) ? out.append(last).toString() : null;
  }

  /** A fixed-width group, with the optional prefixes removed and zero-padded back to its width. */
  private static String compatGroup(String group) {
    String digits = group;
    if (digits.startsWith("+")) digits = digits.substring(1);
    if (digits.length() > 1 && digits.charAt(0) == '0' && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X')) {
      digits = digits.substring(2);
    }
    if (!allHex(digits)) return null;
    return "0".repeat(group.length() - digits.length()) + digits;
  }

  /** {@code {0xAAAAAAAA,0xBBBB,0xCCCC,{0xDD,0xDD,0xDD,0xDD,0xDD,0xDD,0xDD,0xDD}}}, whitespace anywhere. */
  private static String xFormat(String s) {
    String compact = s.codePoints().filter(cp -> cp > 0xFFFF || !DotnetText.isWhiteSpace((char) cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
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
      if (!appendPrefixedHex(head[i], widths[i], out)) return null;
    }
    for (String b : bytes) {
      if (!appendPrefixedHex(b, 2, out)) return null;
    }
    return out.toString();
  }

  private static boolean appendPrefixedHex(String part, int width, StringBuilder out) {
    if (part.length() < 3 || part.charAt(0) != '0' || (part.charAt(1) != 'x' && part.charAt(1) != 'X')) return false;
    String digits = part.substring(2);
    if (!allHex(digits)) return false;
    String significant = digits.replaceFirst("^0+", "");
    if (significant.length() > width) return false;
    out.append("0".repeat(width - significant.length())).append(significant);
    return true;
  }

  private static boolean allHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) return false;
    }
    return true;
  }

  private static UUID toUuid(String hex32) {
    long msb = Long.parseUnsignedLong(hex32.substring(0, 16), 16);
    long lsb = Long.parseUnsignedLong(hex32.substring(16), 16);
    return new UUID(msb, lsb);
  }
}
