package umbra.domain.eval;

import java.util.Set;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.DType.*;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** Checking values against declared types: for blame in builtin errors and for user-function calls. */
final class Types {
  private Types() {}

  private static final Set<String> INT_OPS = Set.of("+", "-", "*", ">", ">=", "<=", "<", "^", "%");

  /** {@code Dval.typeMatches}: deep, used to find which parameter to blame (A.7.9). */
  static boolean matches(DType t, Dval v) {
    if (v.isFake()) return false;
    return switch (t) {
      case TVariable x -> true;
      case TInt x -> v instanceof DInt;
      case TFloat x -> v instanceof DFloat;
      case TBool x -> v instanceof DBool;
      case TNull x -> v instanceof DNull;
      case TStr x -> v instanceof DStr;
      case TChar x -> v instanceof DChar;
      case TDate x -> v instanceof DDate;
      case TPassword x -> v instanceof DPassword;
      case TUuid x -> v instanceof DUuid;
      case TBytes x -> v instanceof DBytes;
      case TDB x -> v instanceof DDB;
      case TIncomplete x -> false;
      case TError x -> false;
      case TErrorRail x -> false;
      case TList l -> v instanceof DList d && d.items().stream().allMatch(i -> matches(l.element(), i));
      case TDict d -> v instanceof DObj o && o.fields().values().stream().allMatch(i -> matches(d.value(), i));
      case TRecord r -> v instanceof DObj o && o.fields().size() == r.fields().size()
          && r.fields().stream().allMatch(f -> o.fields().containsKey(f.name()) && matches(f.type(), o.fields().get(f.name())));
      case TTuple tt -> v instanceof DTuple d && tupleMatches(tt, d);
      case TFn f -> v instanceof DLambda l && l.params().size() == f.params().size();
      case TOption o -> v instanceof DNothing || v instanceof DJust j && matches(o.value(), j.value());
      case TResult r -> v instanceof DOk ok && matches(r.ok(), ok.value()) || v instanceof DErr e && matches(r.error(), e.value());
      case THttpResponse h -> v instanceof DRedirect || v instanceof DResponse resp && matches(h.body(), resp.body());
      case TUserType u -> v instanceof DObj;
    };
  }

  private static boolean tupleMatches(TTuple t, DTuple d) {
    if (t.rest().size() != d.rest().size()) return false;
    if (!matches(t.first(), d.first()) || !matches(t.second(), d.second())) return false;
    for (int i = 0; i < t.rest().size(); i++) {
      if (!matches(t.rest().get(i), d.rest().get(i))) return false;
    }
    return true;
  }

  /** The extra sentence of an argument-type error (A.7.9). */
  static String hint(FnName.Stdlib fn, DType expected, Dval actual) {
    boolean intFn = fn.module().equals("Int") || fn.module().isEmpty() && INT_OPS.contains(fn.function());
    if (expected instanceof TInt && actual instanceof DFloat && intFn) {
      String alt = fn.module().isEmpty() ? floatNameOf(fn.function()) : "Float::" + fn.function();
      return " Try using " + alt + ", or use Float::truncate to truncate Floats to Ints.";
    }
    boolean add = fn.module().equals("Int") && fn.function().equals("add") || fn.module().isEmpty() && fn.function().equals("+");
    if (expected instanceof TInt && actual instanceof DStr && add) return " Use ++ to concatenate";
    return "";
  }

  private static String floatNameOf(String op) {
    return switch (op) {
      case "+" -> "Float::add";
      case "-" -> "Float::subtract";
      case "*" -> "Float::multiply";
      case ">" -> "Float::greaterThan";
      case ">=" -> "Float::greaterThanOrEqualTo";
      case "<" -> "Float::lessThan";
      case "<=" -> "Float::lessThanOrEqualTo";
      case "^" -> "Float::power";
      default -> "Float::" + op;
    };
  }

  /** {@code TypeChecker.unify} (A.9): shallow; null when the value fits, else the complaint. */
  static String unify(DType t, Dval v) {
    Class<? extends Dval> kind = kind(t);
    return kind != null && kind.isInstance(v) ? null
        : "Expected to see a value of type " + t.displayName() + " but found a " + v.typeName();
  }

  /**
   * The values {@link #unify} accepts for {@code t}: one class each, as the check is shallow
   * ({@code Dval} for a type variable, null for a tuple, which Dark's checker never accepts).
   * Calls resolve it once per function, not per argument.
   */
  static Class<? extends Dval> kind(DType t) {
    return switch (t) {
      case TVariable x -> Dval.class;
      case TInt x -> DInt.class;
      case TFloat x -> DFloat.class;
      case TBool x -> DBool.class;
      case TNull x -> DNull.class;
      case TStr x -> DStr.class;
      case TList x -> DList.class;
      case TDate x -> DDate.class;
      case TDict x -> DObj.class;
      case TRecord x -> DObj.class;
      case TFn x -> DFnVal.class;
      case TPassword x -> DPassword.class;
      case TUuid x -> DUuid.class;
      case TOption x -> DOption.class;
      case TResult x -> DResult.class;
      case TChar x -> DChar.class;
      case TDB x -> DDB.class;
      case THttpResponse x -> DHttpResponse.class;
      case TBytes x -> DBytes.class;
      case TUserType x -> DObj.class;
      case TTuple x -> null;
      case TIncomplete x -> DIncomplete.class;
      case TError x -> DError.class;
      case TErrorRail x -> DErrorRail.class;
    };
  }
}
