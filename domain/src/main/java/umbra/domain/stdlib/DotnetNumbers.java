package umbra.domain.stdlib;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Number parsing with the rules of .NET's invariant culture, which Dark's parsing builtins
 * inherit ({@code Convert.ToInt64}, F#'s {@code float}). Surrounding whitespace means
 * U+0009..U+000D and the space only; trailing NUL characters are tolerated.
 */
public final class DotnetNumbers {
  private DotnetNumbers() {}

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern FLOAT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  /** {@code Int64.Parse(s, NumberStyles.Integer)}: optional sign, ASCII digits, no overflow. */
  public static OptionalLong parseInt64(String s) {
    String core = trimNumberWhite(s);
    if (!INTEGER.matcher(core).matches()) return OptionalLong.empty();
    try {
      return OptionalLong.of(Long.parseLong(core));
    } catch (NumberFormatException overflow) {
      return OptionalLong.empty();
    }
  }

  /**
   * {@code Double.Parse(s, NumberStyles.Float, InvariantCulture)}: decimal notation with optional
   * sign, point and exponent, or the symbols {@code Infinity} and {@code NaN} (any case, optionally
   * signed). Too large values become infinite, as in .NET Core 3.0 and later.
   */
  public static OptionalDouble parseDouble(String s) {
    String core = trimNumberWhite(s);
    if (FLOAT.matcher(core).matches()) return OptionalDouble.of(Double.parseDouble(core));
    boolean negative = core.startsWith("-");
    String symbol = (core.startsWith("-") || core.startsWith("+") ? core.substring(1) : core).toLowerCase(Locale.ROOT);
    return switch (symbol) {
      case "infinity" -> OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      case "nan" -> OptionalDouble.of(Double.NaN);
      default -> OptionalDouble.empty();
    };
  }

  /** Strips number whitespace at both ends and NUL characters at the end (.NET's TrailingZeros). */
  private static String trimNumberWhite(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\0') end--;
    while (end > 0 && isNumberWhite(s.charAt(end - 1))) end--;
    int start = 0;
    while (start < end && isNumberWhite(s.charAt(start))) start++;
    return s.substring(start, end);
  }

  private static boolean isNumberWhite(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
}
