package umbra.domain.stdlib.crypto;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** .NET's general ("g") formatting of doubles with a precision, e.g. {@code x.ToString("g16")}. */
final class NetFloat {
  private NetFloat() {}

  /**
   * The exact value rounded to {@code precision} significant digits; fixed notation when the
   * decimal exponent is in (-5, precision), otherwise {@code d.ddde+XX} with at least two
   * exponent digits. Trailing zeros are dropped. Only finite values.
   */
  static String general(double value, int precision) {
    if (value == 0) return (1 / value < 0) ? "-0" : "0";
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
    String digits = rounded.unscaledValue().abs().toString().replaceAll("0+$", "");
    int exponent = rounded.precision() - rounded.scale() - 1;
    String sign = value < 0 ? "-" : "";
    if (exponent > -5 && exponent < precision) {
      if (exponent < 0) return sign + "0." + "0".repeat(-exponent - 1) + digits;
      if (digits.length() <= exponent + 1) return sign + digits + "0".repeat(exponent + 1 - digits.length());
      return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exp = String.format("%02d", Math.abs(exponent));
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
  }
}
