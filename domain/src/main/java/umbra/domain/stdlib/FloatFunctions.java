package umbra.domain.stdlib;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DBool;
import umbra.domain.value.Dval.DFloat;
import umbra.domain.value.Dval.DInt;
import umbra.domain.value.Dval.DStr;

/** The Float module: IEEE doubles; conversions to Int follow .NET on x64 (language.md A.7.15). */
final class FloatFunctions {
  private FloatFunctions() {}

  static void register(Registry.Builder r) {
    toInt(r, "ceiling", "Rounds up to an Int", Math::ceil);
    toInt(r, "roundUp", "Rounds up to an Int", Math::ceil);
    toInt(r, "floor", "Rounds down to an Int", Math::floor);
    toInt(r, "roundDown", "Rounds down to an Int", Math::floor);
    toInt(r, "round", "Rounds to the nearest Int, halves to the even neighbour", Math::rint); // .NET Math.Round
    toInt(r, "truncate", "Drops the fractional part, rounding toward zero", FloatFunctions::truncate);
    toInt(r, "roundTowardsZero", "Drops the fractional part, rounding toward zero", FloatFunctions::truncate);
    unary(r, "absoluteValue", "Absolute value", Math::abs);
    unary(r, "negate", "Negation", x -> x * -1.0);
    unary(r, "sqrt", "Square root", Math::sqrt);
    r.fn("Float::power_v0", "base: Float, exponent: Float -> Float", "base raised to the power exponent")
        .plain(a -> new DFloat(power(a.flt(0), a.flt(1))));
    binary(r, "divide", "a divided by b", (x, y) -> x / y);
    binary(r, "add", "a plus b", Double::sum);
    binary(r, "multiply", "a times b", (x, y) -> x * y);
    binary(r, "subtract", "a minus b", (x, y) -> x - y);
    binary(r, "min", "The smaller of a and b (NaN if either is)", Math::min);
    binary(r, "max", "The larger of a and b (NaN if either is)", Math::max);
    comparisons(r);
    r.fn("Float::sum_v0", "a: List<Float> -> Float", "Sum of a list of Floats")
        .plain(a -> {
          a.meter().scan(a.list(0).size());
          return new DFloat(sum(a.get(0), a.list(0)));
        });
    r.fn("Float::clamp_v0", "value: Float, limitA: Float, limitB: Float -> Float", "value limited to the range of the two limits")
        .plain(a -> new DFloat(clamp(a.flt(0), a.flt(1), a.flt(2))));
    r.fn("Float::parse_v0", "s: Str -> Result<Float, Str>", "Parses a Float")
        .rail().plain(a -> {
          a.meter().scanText(a.str(0).length());
          return parse(a.str(0));
        });
  }

  private static void comparisons(Registry.Builder r) {
    r.fn("Float::greaterThan_v0", "a: Float, b: Float -> Bool", "a > b")
        .plain(a -> DBool.of(a.flt(0) > a.flt(1)));
    r.fn("Float::greaterThanOrEqualTo_v0", "a: Float, b: Float -> Bool", "a >= b")
        .plain(a -> DBool.of(a.flt(0) >= a.flt(1)));
    r.fn("Float::lessThan_v0", "a: Float, b: Float -> Bool", "a < b")
        .plain(a -> DBool.of(a.flt(0) < a.flt(1)));
    r.fn("Float::lessThanOrEqualTo_v0", "a: Float, b: Float -> Bool", "a <= b")
        .plain(a -> DBool.of(a.flt(0) <= a.flt(1)));
  }

  private static void toInt(Registry.Builder r, String name, String description, DoubleUnaryOperator rounding) {
    r.fn("Float::" + name + "_v0", "a: Float -> Int", description)
        .plain(a -> new DInt(DotNetNumbers.truncateToInt64(rounding.applyAsDouble(a.flt(0)))));
  }

  private static void unary(Registry.Builder r, String name, String description, DoubleUnaryOperator op) {
    r.fn("Float::" + name + "_v0", "a: Float -> Float", description)
        .plain(a -> new DFloat(op.applyAsDouble(a.flt(0))));
  }

  private static void binary(Registry.Builder r, String name, String description, DoubleBinaryOperator op) {
    r.fn("Float::" + name + "_v0", "a: Float, b: Float -> Float", description)
        .plain(a -> new DFloat(op.applyAsDouble(a.flt(0), a.flt(1))));
  }

  /** .NET Core's Math.Pow follows IEEE 754 where Java's does not: 1^y and (-1)^±inf are 1. */
  private static double power(double base, double exponent) {
    if (base == 1.0 || base == -1.0 && Double.isInfinite(exponent)) return 1.0;
    return Math.pow(base, exponent);
  }

  private static double truncate(double x) { return x < 0 ? Math.ceil(x) : Math.floor(x); }

  private static double sum(Dval list, List<Dval> items) {
    double total = 0.0;
    for (Dval item : items) {
      if (!(item instanceof DFloat f)) throw Errors.fail(Errors.argumentWasnt("a", "a list of floats", list));
      total += f.value();
    }
    return total;
  }

  /** A NaN limit is an error, a NaN value passes through (.NET Math.Clamp). */
  private static double clamp(double value, double limitA, double limitB) {
    if (Double.isNaN(limitA) || Double.isNaN(limitB)) throw Errors.fail("clamp requires arguments to be valid numbers");
    double min = limitA < limitB ? limitA : limitB;
    double max = limitA < limitB ? limitB : limitA;
    if (Double.isNaN(value)) return value;
    return value < min ? min : value > max ? max : value;
  }

  private static Dval parse(String s) {
    var parsed = DotNetNumbers.parseDouble(s);
    if (parsed.isPresent()) return new Dval.DOk(new DFloat(parsed.getAsDouble()));
    return new Dval.DErr(new DStr("Expected a string representation of an IEEE float"));
  }
}
