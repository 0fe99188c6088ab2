package umbra.domain.stdlib;

import umbra.domain.value.Dval;

/** The Error module: one function that error arguments never reach (they short-circuit the call). */
final class ErrorFunctions {
  private ErrorFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Error::toString_v0", "err: Error -> Str", "The message of an error value")
        .deprecated("DeprecatedBecause It is no longer allowed to use errors as arguments")
        .plain(a -> new Dval.DStr(a.as(0, Dval.DError.class).message()));
  }
}
