package umbra.domain.stdlib.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * .NET Core 3+'s {@code double.ToString()} / {@code ToString("R")} for finite values: the
 * shortest digits that read back as the same double, in plain notation unless the decimal
 * exponent is below -5 or beyond 15 (or the digit count), then {@code 1.5E+20} / {@code 1E-05}.
 */
final class DotNetDouble {
  private DotNetDouble() {}

  static String roundTrip(double d) {
    if (d == 0) return 1 / d < 0 ? "-0" : "0";
    double magnitude = Math.abs(d);
    BigDecimal shortest = shortestDigits(magnitude);
    String digits = shortest.unscaledValue().toString();
    int scale = digits.length() - shortest.scale(); // value = 0.digits x 10^scale
    String sign = d < 0 ? "-" : "";
    if (scale > Math.max(digits.length(), 15) || scale < -3) return sign + scientific(digits, scale - 1);
    return sign + plain(digits, scale);
  }

  /**
   * Java's {@code Double.toString} is shortest too, but prefers two digits over one when the
   * two-digit decimal is closer (4.9E-324 for .NET's 5E-324); .NET takes the single digit.
   */
  private static BigDecimal shortestDigits(double magnitude) {
    BigDecimal javas = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
    if (javas.precision() == 2) {
      BigDecimal one = new BigDecimal(magnitude).round(new MathContext(1, RoundingMode.HALF_EVEN));
      if (one.doubleValue() == magnitude) return one.stripTrailingZeros();
    }
    return javas;
  }

  private static String scientific(String digits, int exponent) {
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exp = String.valueOf(Math.abs(exponent));
    return mantissa + "E" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
  }

  private static String plain(String digits, int scale) {
    if (scale <= 0) return "0." + "0".repeat(-scale) + digits;
    if (scale >= digits.length()) return digits + "0".repeat(scale - digits.length());
    return digits.substring(0, scale) + "." + digits.substring(scale);
  }
}
