package umbra.domain.stdlib;

import java.util.function.DoubleUnaryOperator;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DFloat;

/** The Math module: constants, angle conversions and trigonometry on Floats (radians). */
final class MathFunctions {
  private MathFunctions() {}

  private static final double TAU = 2 * Math.PI;

  static void register(Registry.Builder r) {
    r.fn("Math::pi_v0", "-> Float", "The constant pi").plain(a -> new DFloat(Math.PI));
    r.fn("Math::tau_v0", "-> Float", "The constant tau, 2 * pi").plain(a -> new DFloat(TAU));
    angle(r, "degrees", "angleInDegrees", "An angle in degrees converted to radians", d -> d * Math.PI / 180.0);
    angle(r, "turns", "angleInTurns", "An angle in turns converted to radians", t -> TAU * t);
    angle(r, "radians", "angleInRadians", "An angle in radians, unchanged", x -> x);
    angle(r, "cos", "angleInRadians", "Cosine", Math::cos);
    angle(r, "sin", "angleInRadians", "Sine", Math::sin);
    angle(r, "tan", "angleInRadians", "Tangent", Math::tan);
    angle(r, "cosh", "angleInRadians", "Hyperbolic cosine", Math::cosh);
    angle(r, "sinh", "angleInRadians", "Hyperbolic sine", Math::sinh);
    // Dark's Math::tanh has always called Sinh (OCaml and F# alike); programs got that answer.
    angle(r, "tanh", "angleInRadians", "Hyperbolic tangent (computes the hyperbolic sine, as Dark did)", Math::sinh);
    angle(r, "atan", "ratio", "Arc tangent in radians", Math::atan);
    r.fn("Math::atan2_v0", "y: Float, x: Float -> Float", "Arc tangent of y / x, in the quadrant of (x, y)")
        .plain(a -> new DFloat(Math.atan2(a.flt(0), a.flt(1))));
    r.fn("Math::acos_v0", "ratio: Float -> Option<'a>", "Arc cosine: Just radians for a ratio in [-1, 1], else Nothing")
        .rail().plain(a -> unlessNaN(Math.acos(a.flt(0))));
    r.fn("Math::asin_v0", "ratio: Float -> Option<'a>", "Arc sine: Just radians for a ratio in [-1, 1], else Nothing")
        .rail().plain(a -> unlessNaN(Math.asin(a.flt(0))));
  }

  private static void angle(Registry.Builder r, String name, String param, String description, DoubleUnaryOperator op) {
    r.fn("Math::" + name + "_v0", param + ": Float -> Float", description)
        .plain(a -> new DFloat(op.applyAsDouble(a.flt(0))));
  }

  private static Dval unlessNaN(double result) {
    return Double.isNaN(result) ? Dval.NOTHING : new Dval.DJust(new DFloat(result));
  }
}
