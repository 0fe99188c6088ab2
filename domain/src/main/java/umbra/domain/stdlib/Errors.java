package umbra.domain.stdlib;

import umbra.domain.value.Dval;
import umbra.domain.value.Repr;

/**
 * The stdlib's message templates (language.md A.11, Dark's {@code Errors.fs}), so every module
 * words the same failure the same way. Each returns the message; callers decide whether it
 * becomes a {@code DError} ({@link #fail}) or the payload of a Result's {@code Error}.
 */
public final class Errors {
  private Errors() {}

  /** {@code Expected the argument `b` to be positive, but it was `0`}. */
  public static String argumentWasnt(String param, String expected, Dval actual) {
    return "Expected the argument `" + param + "` to be " + expected + ", but it was `" + Repr.toRepr(actual) + "`";
  }

  /** {@code Expected `l` to be a list of Strs, but the list contained `0`}; typeName like "Str". */
  public static String listContainedWrongType(String param, String typeName, Dval item) {
    return "Expected `" + param + "` to be a list of " + typeName + "s, but the list contained `" + Repr.toRepr(item) + "`";
  }

  /** {@code Expected `fn` to return a Result, but it returned `4`}; typeName like "Bool". */
  public static String fnReturnedWrongType(String fnParam, String typeName, Dval returned) {
    return "Expected `" + fnParam + "` to return a " + typeName + ", but it returned `" + Repr.toRepr(returned) + "`";
  }

  /** {@code Expected `fn` to return -1, 0, 1, but it returned `3`}; expected is free text. */
  public static String fnReturnedWrongValue(String fnParam, String expected, Dval returned) {
    return "Expected `" + fnParam + "` to return " + expected + ", but it returned `" + Repr.toRepr(returned) + "`";
  }

  /** The exception a plain builtin throws to answer {@code DError message}: {@code throw Errors.fail(...)}. */
  public static BuiltinFailure.UserError fail(String message) {
    return new BuiltinFailure.UserError(message);
  }
}
