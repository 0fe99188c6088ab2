package umbra.domain.stdlib;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * Calls builtins of the core modules through the interpreter, as a program would. The
 * registry holds this branch's modules plus stand-ins for the alias targets other modules own
 * (String::append_v1, Dict::set_v0, ...), so that it builds on its own.
 */
final class CoreCalls {
  private CoreCalls() {}

  static final Registry REGISTRY = build();
  private static final AtomicLong IDS = new AtomicLong(1);

  private static Registry build() {
    var r = Registry.builder();
    NoModuleFunctions.register(r);
    BoolFunctions.register(r);
    IntFunctions.register(r);
    FloatFunctions.register(r);
    MathFunctions.register(r);
    OptionFunctions.register(r);
    ResultFunctions.register(r);
    TupleFunctions.register(r);
    UuidFunctions.register(r);
    ErrorFunctions.register(r);
    standIns(r);
    return r.build();
  }

  private static void standIns(Registry.Builder r) {
    r.fn("String::append_v1", "s1: Str, s2: Str -> Str", "stand-in").plain(a -> new Dval.DStr(a.str(0) + a.str(1)));
    r.fn("Dict::set_v0", "dict: Dict<'a>, key: Str, val: 'a -> Dict<'a>", "stand-in").plain(a -> Dval.NULL);
    r.fn("Dict::remove_v0", "dict: Dict<'a>, key: Str -> Dict<'a>", "stand-in").plain(a -> Dval.NULL);
    for (String cmp : List.of("lessThan", "greaterThan", "lessThanOrEqualTo", "greaterThanOrEqualTo")) {
      r.fn("Date::" + cmp + "_v0", "d1: Date, d2: Date -> Bool", "stand-in").plain(a -> Dval.TRUE);
    }
  }

  /**
   * Calls {@code name} (like "Int::add_v0" or "+") and returns its value, an error without its
   * source (as the test harness compares them); fails on an effect.
   */
  static Dval call(String name, Dval... args) {
    return done(start(name, args).run());
  }

  static Dval done(Outcome out) {
    if (!(out instanceof Outcome.Done d)) throw new AssertionError("unexpected effect: " + out);
    return d.value() instanceof Dval.DError e ? new Dval.DError(e.message()) : d.value();
  }

  /** The developer repr of a call's value: compares nested errors by message only. */
  static String reprOf(String name, Dval... args) {
    return umbra.domain.value.Repr.toRepr(call(name, args));
  }

  static Evaluation start(String name, Dval... args) {
    return Evaluation.startCall(ExecutionState.of(REGISTRY), new Dval.DNamedFn(Registry.parseName(name)), List.of(args));
  }

  // ---- building values and lambdas ----

  static Dval.DInt i(long v) { return new Dval.DInt(v); }

  static Dval.DFloat f(double v) { return new Dval.DFloat(v); }

  static Dval.DStr s(String v) { return new Dval.DStr(v); }

  static Dval.DError err(String message) { return new Dval.DError(message); }

  static Dval list(Dval... items) { return new Dval.DList(List.of(items)); }

  static Dval tuple(Dval... items) {
    return new Dval.DTuple(items[0], items[1], List.of(items).subList(2, items.length));
  }

  /** {@code fun <params> -> body}, closed over nothing. */
  static Dval.DLambda fun(List<String> params, Expr body) {
    var ps = params.stream().map(p -> new Expr.LambdaParam(IDS.getAndIncrement(), p)).toList();
    return new Dval.DLambda(ps, Symtable.empty(), body);
  }

  static Dval.DLambda fun(String param, Expr body) { return fun(List.of(param), body); }

  static Expr v(String name) { return new Expr.EVariable(IDS.getAndIncrement(), name); }

  static Expr lit(long n) { return new Expr.EInteger(IDS.getAndIncrement(), n); }

  static Expr str(String text) { return new Expr.EString(IDS.getAndIncrement(), text); }

  static Expr blank() { return new Expr.EBlank(IDS.getAndIncrement()); }

  static Expr callExpr(String name, Expr... args) {
    return new Expr.EFnCall(IDS.getAndIncrement(), Registry.parseName(name), List.of(args), Expr.Rail.NO_RAIL);
  }

  static Expr op(String op, Expr left, Expr right) {
    return new Expr.EBinOp(IDS.getAndIncrement(), Registry.parseName(op), left, right, Expr.Rail.NO_RAIL);
  }

  static Expr ctor(String name, Expr... args) {
    return new Expr.EConstructor(IDS.getAndIncrement(), name, List.of(args));
  }

  static Expr listExpr(Expr... items) { return new Expr.EList(IDS.getAndIncrement(), List.of(items)); }
}
