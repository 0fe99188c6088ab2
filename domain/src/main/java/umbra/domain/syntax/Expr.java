package umbra.domain.syntax;

import java.util.List;

/**
 * Dark's expressions as the editor stores them (language.md A.3). Every node carries a stable
 * {@code id}: live values, traces and error sources refer to it. Partials and pipes are kept as
 * written; the interpreter gives them their meaning (A.7.10, A.7.22).
 */
public sealed interface Expr {
  long id();

  enum Rail { RAIL, NO_RAIL }

  record EInteger(long id, long value) implements Expr {}
  record EBool(long id, boolean value) implements Expr {}
  record EString(long id, String value) implements Expr {}
  /** One extended grapheme cluster. */
  record ECharacter(long id, String value) implements Expr {}
  /** Kept as written: sign, whole digits and fraction digits (empty means "0"). */
  record EFloat(long id, boolean negative, String whole, String fraction) implements Expr {
    public double toDouble() {
      return Double.parseDouble((negative ? "-" : "") + (whole.isEmpty() ? "0" : whole) + "."
          + (fraction.isEmpty() ? "0" : fraction));
    }
  }
  record ENull(long id) implements Expr {}
  record EBlank(long id) implements Expr {}
  record ELet(long id, String name, Expr rhs, Expr body) implements Expr {}
  record EIf(long id, Expr cond, Expr thenExpr, Expr elseExpr) implements Expr {}
  /** {@code op} is a stdlib name with version 0 (module empty, or "Date" for Date::<). */
  record EBinOp(long id, FnName.Stdlib op, Expr left, Expr right, Rail rail) implements Expr {}
  record LambdaParam(long id, String name) {}
  record ELambda(long id, List<LambdaParam> params, Expr body) implements Expr {
    public ELambda { params = List.copyOf(params); }
  }
  record EFieldAccess(long id, Expr record, String field) implements Expr {}
  record EVariable(long id, String name) implements Expr {}
  record EFnCall(long id, FnName name, List<Expr> args, Rail rail) implements Expr {
    public EFnCall { args = List.copyOf(args); }
  }
  enum PartialKind { PARTIAL, RIGHT, LEFT }
  /** Editor-only placeholder text around an expression; evaluates as {@code old}. */
  record EPartial(long id, PartialKind kind, String text, Expr old) implements Expr {}
  record EList(long id, List<Expr> items) implements Expr {
    public EList { items = List.copyOf(items); }
  }
  record ETuple(long id, Expr first, Expr second, List<Expr> rest) implements Expr {
    public ETuple { rest = List.copyOf(rest); }
  }
  record Field(String name, Expr value) {}
  /** Fields in source order; duplicates and blank names are allowed (A.7.11). */
  record ERecord(long id, List<Field> fields) implements Expr {
    public ERecord { fields = List.copyOf(fields); }
  }
  /** {@code first |> rest...}; each step receives the previous value as its first argument. */
  record EPipe(long id, Expr first, List<Expr> steps) implements Expr {
    public EPipe { steps = List.copyOf(steps); }
  }
  record EConstructor(long id, String name, List<Expr> args) implements Expr {
    public EConstructor { args = List.copyOf(args); }
  }
  record MatchCase(Pattern pattern, Expr body) {}
  record EMatch(long id, Expr scrutinee, List<MatchCase> cases) implements Expr {
    public EMatch { cases = List.copyOf(cases); }
  }
  /** The hole a pipe fills; only valid as the first argument of a pipe step. */
  record EPipeTarget(long id) implements Expr {}
  record EFeatureFlag(long id, String name, Expr cond, Expr oldExpr, Expr newExpr) implements Expr {}
}
