package umbra.domain.stdlib;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The .NET number conversions Dark's stdlib leans on, reproduced because Java's own differ:
 * {@code Long.parseLong} accepts non-ASCII digits and no surrounding spaces, {@code Double.parseDouble}
 * accepts {@code 1d} and hex, and {@code (long) d} saturates where .NET on x64 does not.
 */
public final class DotNetNumbers {
  private DotNetNumbers() {}

  /**
   * F#'s {@code int64 (d: float)} as compiled on x64 ({@code cvttsd2si}): truncation toward zero,
   * and NaN or anything outside the int64 range gives {@code Int64.MinValue}.
   */
  public static long truncateToInt64(double d) {
    // 2^63 is exactly representable; every double below it and >= -2^63 truncates into range.
    if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) return Long.MIN_VALUE;
    return (long) d;
  }

  /**
   * {@code Convert.ToInt64(string)} ({@code Int64.Parse} with {@code NumberStyles.Integer}):
   * optional surrounding white space (tab..carriage return, space), an optional {@code +} or
   * {@code -}, then ASCII digits only; empty when the text does not parse or does not fit.
   */
  public static OptionalLong parseInt64(String text) {
    String s = trimWhite(text);
    int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    if (s.length() == start || !allAsciiDigits(s, start, s.length())) return OptionalLong.empty();
    try {
      return OptionalLong.of(Long.parseLong(s));
    } catch (NumberFormatException tooBig) {
      return OptionalLong.empty();
    }
  }

  /**
   * F#'s {@code float (s: string)} ({@code Double.Parse} with the invariant culture, styles
   * {@code Float | AllowThousands}): surrounding white space, a leading sign, digits with
   * {@code ,} group separators in the integer part, a {@code .} fraction, an exponent, or the
   * words Infinity / NaN; overflow gives an infinity, as in .NET Core 3+.
   */
  public static OptionalDouble parseDouble(String text) {
    String s = trimWhite(text);
    String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    boolean negative = s.startsWith("-");
    if (unsigned.equalsIgnoreCase("Infinity")) {
      return OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (unsigned.equalsIgnoreCase("NaN")) return OptionalDouble.of(Double.NaN);
    String plain = decimalWithoutGroups(unsigned);
    if (plain == null) return OptionalDouble.empty();
    double magnitude = Double.parseDouble(plain);
    return OptionalDouble.of(negative ? -magnitude : magnitude);
  }

  /** The text in Java's plain decimal syntax, or null when .NET would reject it. */
  private static String decimalWithoutGroups(String s) {
    var out = new StringBuilder(s.length());
    int i = 0;
    boolean digits = false;
    while (i < s.length() && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == ',' && digits)) {
      if (s.charAt(i) != ',') {
        out.append(s.charAt(i));
        digits = true;
      }
      i++;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      out.append('.');
      i++;
      while (i < s.length() && isAsciiDigit(s.charAt(i))) {
        out.append(s.charAt(i++));
        digits = true;
      }
    }
    if (!digits) return null;
    int exponent = exponentLength(s, i);
    out.append(s, i, i + exponent);
    i += exponent;
    if (i != s.length()) return null;
    return out.charAt(0) == '.' ? "0" + out : out.toString();
  }

  /** Length of an exponent part {@code e[+-]digits} starting at {@code i}, 0 if there is none. */
  private static int exponentLength(String s, int i) {
    if (i >= s.length() || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) return 0;
    int j = i + 1;
    if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
    int digitsStart = j;
    while (j < s.length() && isAsciiDigit(s.charAt(j))) j++;
    return j == digitsStart ? 0 : j - i;
  }

  /** .NET's number-parsing white space: U+0009..U+000D and U+0020. */
  static String trimWhite(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhite(s.charAt(start))) start++;
    while (end > start && isWhite(s.charAt(end - 1))) end--;
    return s.substring(start, end);
  }

  private static boolean isWhite(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

  private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

  private static boolean allAsciiDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(s.charAt(i))) return false;
    }
    return true;
  }
}
