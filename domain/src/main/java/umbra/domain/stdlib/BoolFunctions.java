package umbra.domain.stdlib;

import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DBool;

/** The Bool module; {@code &&} and {@code ||} are aliases of and/or and evaluate both sides. */
final class BoolFunctions {
  private BoolFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Bool::not_v0", "b: Bool -> Bool", "Logical negation")
        .plain(a -> DBool.of(!a.bool(0)));
    r.fn("Bool::and_v0", "a: Bool, b: Bool -> Bool", "True if both are true")
        .plain(a -> DBool.of(a.bool(0) & a.bool(1)));
    r.fn("Bool::or_v0", "a: Bool, b: Bool -> Bool", "True if either is true")
        .plain(a -> DBool.of(a.bool(0) | a.bool(1)));
    r.fn("Bool::xor_v0", "a: Bool, b: Bool -> Bool", "True if exactly one is true")
        .plain(a -> DBool.of(a.bool(0) ^ a.bool(1)));
    r.fn("Bool::isNull_v0", "check: 'a -> Bool", "True if the argument is null")
        .plain(a -> DBool.of(a.get(0) instanceof Dval.DNull));
    // The interpreter lets DError arguments through to this one function only (A.7.9 step 4).
    r.fn("Bool::isError_v0", "check: 'a -> Bool", "True if the argument is an error")
        .deprecated("DeprecatedBecause an old workaround to poor static typing that's no longer needed")
        .plain(a -> DBool.of(a.get(0) instanceof Dval.DError));
  }
}
