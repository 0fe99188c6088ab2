package umbra.domain.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Dark's float printing: OCaml's {@code string_of_float} (language.md A.7.15). */
public final class FloatFormat {
  private FloatFormat() {}

  /** {@code 5.0 -> "5."}, {@code 3.1415 -> "3.1415"}, infinities as {@code inf}/{@code -inf}, NaN as {@code nan}. */
  public static String ocaml(double d) {
    if (Double.isNaN(d)) return "nan";
    if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
    String s = percentG(d, 12);
    return s.contains(".") ? s : s + ".";
  }

  /** C's {@code printf("%.<precision>g")} for finite values. */
  public static String percentG(double d, int precision) {
    if (d == 0) return (1 / d < 0) ? "-0" : "0";
    BigDecimal rounded = new BigDecimal(d).round(new MathContext(precision, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= precision) {
      BigDecimal mantissa = rounded.movePointLeft(exponent);
      String m = stripZeros(mantissa.toPlainString());
      String sign = exponent < 0 ? "-" : "+";
      int abs = Math.abs(exponent);
      return m + "e" + sign + (abs < 10 ? "0" + abs : String.valueOf(abs));
    }
    return stripZeros(rounded.toPlainString());
  }

  private static String stripZeros(String s) {
    if (!s.contains(".")) return s;
    int end = s.length();
    while (s.charAt(end - 1) == '0') end--;
    if (s.charAt(end - 1) == '.') end--;
    return s.substring(0, end);
  }
}
