package umbra.domain.stdlib;

import java.util.List;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DInt;
import umbra.domain.value.Dval.DStr;

/** The Int module: 64-bit integers that wrap on + - * (language.md A.7.15). */
final class IntFunctions {
  private IntFunctions() {}

  static void register(Registry.Builder r) {
    arithmetic(r);
    comparisons(r);
    conversions(r);
    r.fn("Int::random_v0", "start: Int, end: Int -> Int", "Random Int in [start, end)")
        .deprecated("ReplacedBy Int::random_v1").purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> randomBetween(ctx, a.integer(0), a.integer(1)));
    r.fn("Int::random_v1", "start: Int, end: Int -> Int", "Random Int between the bounds, given in either order")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> randomBetween(ctx, Math.min(a.integer(0), a.integer(1)), Math.max(a.integer(0), a.integer(1))));
  }

  private static void arithmetic(Registry.Builder r) {
    r.fn("Int::add_v0", "a: Int, b: Int -> Int", "Adds two integers (wraps on overflow)")
        .plain(a -> new DInt(a.integer(0) + a.integer(1)));
    r.fn("Int::subtract_v0", "a: Int, b: Int -> Int", "Subtracts b from a (wraps on overflow)")
        .plain(a -> new DInt(a.integer(0) - a.integer(1)));
    r.fn("Int::multiply_v0", "a: Int, b: Int -> Int", "Multiplies two integers (wraps on overflow)")
        .plain(a -> new DInt(a.integer(0) * a.integer(1)));
    r.fn("Int::divide_v0", "a: Int, b: Int -> Int", "Divides a by b, truncating toward zero")
        .plain(a -> new DInt(divide(a.integer(0), a.integer(1))));
    r.fn("Int::mod_v0", "a: Int, b: Int -> Int", "a wrapped around into [0, b)")
        .plain(a -> new DInt(mod(a.integer(0), a.get(1), a.integer(1))));
    r.fn("Int::remainder_v0", "value: Int, divisor: Int -> Result<Int, Str>", "Remainder after truncating division")
        .rail().plain(a -> remainder(a.integer(0), a.integer(1)));
    r.fn("Int::power_v0", "base: Int, exponent: Int -> Int", "base raised to the power exponent")
        .plain(a -> new DInt(power(a.integer(0), a.get(1), a.integer(1))));
    r.fn("Int::absoluteValue_v0", "a: Int -> Int", "Absolute value")
        .plain(a -> new DInt(Math.absExact(a.integer(0)))); // F#'s abs throws on Int64.MinValue too
    r.fn("Int::negate_v0", "a: Int -> Int", "Negation")
        .plain(a -> new DInt(-a.integer(0)));
    r.fn("Int::sqrt_v0", "a: Int -> Float", "Square root as a Float")
        .plain(a -> new Dval.DFloat(Math.sqrt(a.integer(0))));
    r.fn("Int::sum_v0", "a: List<Int> -> Int", "Sum of a list of Ints")
        .plain(a -> {
          a.meter().scan(a.list(0).size());
          return new DInt(sum(a.get(0), a.list(0)));
        });
  }

  private static void comparisons(Registry.Builder r) {
    r.fn("Int::greaterThan_v0", "a: Int, b: Int -> Bool", "a > b")
        .plain(a -> Dval.DBool.of(a.integer(0) > a.integer(1)));
    r.fn("Int::greaterThanOrEqualTo_v0", "a: Int, b: Int -> Bool", "a >= b")
        .plain(a -> Dval.DBool.of(a.integer(0) >= a.integer(1)));
    r.fn("Int::lessThan_v0", "a: Int, b: Int -> Bool", "a < b")
        .plain(a -> Dval.DBool.of(a.integer(0) < a.integer(1)));
    r.fn("Int::lessThanOrEqualTo_v0", "a: Int, b: Int -> Bool", "a <= b")
        .plain(a -> Dval.DBool.of(a.integer(0) <= a.integer(1)));
    r.fn("Int::max_v0", "a: Int, b: Int -> Int", "The larger of a and b")
        .plain(a -> new DInt(Math.max(a.integer(0), a.integer(1))));
    r.fn("Int::min_v0", "a: Int, b: Int -> Int", "The smaller of a and b")
        .plain(a -> new DInt(Math.min(a.integer(0), a.integer(1))));
    r.fn("Int::clamp_v0", "value: Int, limitA: Int, limitB: Int -> Int", "value limited to the range of the two limits")
        .plain(a -> new DInt(Math.clamp(a.integer(0), Math.min(a.integer(1), a.integer(2)), Math.max(a.integer(1), a.integer(2)))));
  }

  private static void conversions(Registry.Builder r) {
    r.fn("Int::toFloat_v0", "a: Int -> Float", "The Int as a Float")
        .plain(a -> new Dval.DFloat((double) a.integer(0)));
    r.fn("Int::parse_v0", "s: Str -> Result<Int, Str>", "Parses a 64-bit Int")
        .rail().plain(a -> {
          a.meter().scanText(a.str(0).length());
          return parse(a.str(0));
        });
  }

  /** .NET throws on Int64.MinValue / -1 where Java wraps; that overflow is an unexpected exception in Dark. */
  private static long divide(long a, long b) {
    if (b == 0) throw Errors.fail("Division by zero");
    if (a == Long.MIN_VALUE && b == -1) throw new ArithmeticException("Int64 division overflow");
    return a / b;
  }

  private static long mod(long a, Dval bValue, long b) {
    if (b <= 0) throw Errors.fail(Errors.argumentWasnt("b", "positive", bValue));
    return Math.floorMod(a, b);
  }

  /**
   * Dark computed {@code bigint base ** int exponent}: the exponent is truncated to 32 bits
   * (F#'s unchecked {@code int}), a negative truncated exponent or a result outside int64 is
   * "Error raising to exponent". Bases 1 and -1 are answered first, for any exponent.
   */
  private static long power(long base, Dval exponentValue, long exponent) {
    if (exponent < 0) throw Errors.fail(Errors.argumentWasnt("exponent", "positive", exponentValue));
    if (base == 1) return 1;
    if (base == -1) return exponent % 2 == 0 ? 1 : -1;
    int e = (int) exponent;
    if (e < 0) throw Errors.fail("Error raising to exponent");
    if (base == 0) return e == 0 ? 1 : 0;
    if (e > 64) throw Errors.fail("Error raising to exponent"); // |base| >= 2 overflows long before
    long result = 1;
    try {
      for (int i = 0; i < e; i++) result = Math.multiplyExact(result, base);
    } catch (ArithmeticException overflow) {
      throw Errors.fail("Error raising to exponent");
    }
    return result;
  }

  private static Dval remainder(long value, long divisor) {
    if (divisor == 0) return new Dval.DErr(new DStr("`divisor` must be non-zero"));
    if (value == Long.MIN_VALUE && divisor == -1) throw new ArithmeticException("Int64 remainder overflow");
    return new Dval.DOk(new DInt(value % divisor));
  }

  private static long sum(Dval list, List<Dval> items) {
    long total = 0;
    for (Dval item : items) {
      if (!(item instanceof DInt i)) throw Errors.fail(Errors.argumentWasnt("a", "a list of ints", list));
      total += i.value();
    }
    return total;
  }

  private static Dval parse(String s) {
    var parsed = DotNetNumbers.parseInt64(s);
    if (parsed.isPresent()) return new Dval.DOk(new DInt(parsed.getAsLong()));
    return new Dval.DErr(new DStr("Expected to parse string with only numbers, instead got \"" + s + "\""));
  }

  /**
   * Dark drew from .NET's {@code NextInt64(high - low)}: the upper bound is excluded (unless it
   * equals the lower), and a negative span (v0 with end before start, or a span past int64)
   * throws. The effect contract asks for an inclusive range, so the span is passed as [low, high-1].
   */
  private static umbra.domain.eval.Step randomBetween(CallContext ctx, long low, long high) {
    long span = high - low;
    if (span < 0) throw new IllegalArgumentException("maxValue must be non-negative, was " + span);
    long top = span == 0 ? low : high - 1;
    return ctx.perform(List.of(new DInt(low), new DInt(top)));
  }
}
