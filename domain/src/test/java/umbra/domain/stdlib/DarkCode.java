package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/**
 * Dark programs written as Java expressions, for stdlib tests that run through the real
 * interpreter while the text parser is elsewhere. The registry holds the modules under test
 * (not the whole standard library, so another module's state cannot break these tests) plus a
 * few {@code T::} helpers for lambda bodies.
 */
final class DarkCode {
  private DarkCode() {}

  private static long ids = 1;

  static final Registry REGISTRY = collectionModules();

  static final ExecutionState STATE = ExecutionState.of(REGISTRY);

  private static Registry collectionModules() {
    var r = Registry.builder();
    ListFunctions.register(r);
    DictFunctions.register(r);
    ObjectFunctions.register(r);
    r.fn("T::add_v0", "a: Int, b: Int -> Int", "a + b").plain(a -> new DInt(a.integer(0) + a.integer(1)));
    r.fn("T::lt_v0", "a: Int, b: Int -> Bool", "a < b").plain(a -> DBool.of(a.integer(0) < a.integer(1)));
    r.fn("T::neg_v0", "a: Int -> Int", "-a").plain(a -> new DInt(-a.integer(0)));
    r.fn("T::eq_v0", "a: 'a, b: 'a -> Bool", "a == b").plain(a -> DBool.of(a.get(0).equals(a.get(1))));
    r.fn("T::error_v0", "msg: Str -> Error", "a DError").plain(a -> Dval.error(a.str(0)));
    r.fn("T::rail_v0", "v: 'a -> 'a", "a DErrorRail").plain(a -> new DErrorRail(a.get(0)));
    return r.build();
  }

  static Expr call(String name, Expr... args) {
    return new EFnCall(ids++, Registry.parseName(name), List.of(args), Rail.NO_RAIL);
  }

  static Expr i(long v) { return new EInteger(ids++, v); }

  static Expr s(String v) { return new EString(ids++, v); }

  static Expr b(boolean v) { return new EBool(ids++, v); }

  static Expr nul() { return new ENull(ids++); }

  static Expr blank() { return new EBlank(ids++); }

  static Expr v(String name) { return new EVariable(ids++, name); }

  static Expr list(Expr... items) { return new EList(ids++, List.of(items)); }

  static Expr ints(long... values) {
    return new EList(ids++, Arrays.stream(values).mapToObj(DarkCode::i).toList());
  }

  static Expr just(Expr e) { return new EConstructor(ids++, "Just", List.of(e)); }

  static Expr nothing() { return new EConstructor(ids++, "Nothing", List.of()); }

  static Expr error(String message) { return call("T::error_v0", s(message)); }

  static Expr rail(Expr e) { return call("T::rail_v0", e); }

  static Expr iff(Expr cond, Expr then, Expr otherwise) { return new EIf(ids++, cond, then, otherwise); }

  /** {@code { k1 = e1; k2 = e2 }} from alternating keys and expressions. */
  static Expr record(Object... keysAndValues) {
    var fields = new ArrayList<Field>();
    for (int k = 0; k < keysAndValues.length; k += 2) {
      fields.add(new Field((String) keysAndValues[k], (Expr) keysAndValues[k + 1]));
    }
    return new ERecord(ids++, fields);
  }

  /** {@code fun p1 p2 -> body}. */
  static Expr fun(String params, Expr body) {
    var ps = Arrays.stream(params.split(" ")).map(p -> new LambdaParam(ids++, p)).toList();
    return new ELambda(ids++, ps, body);
  }

  static Dval run(Expr e) {
    Outcome o = Evaluation.start(STATE, e, Symtable.empty()).run();
    assertThat(o).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) o).value();
  }

  static DList dlist(Dval... items) { return new DList(List.of(items)); }

  static DList dints(long... values) {
    return new DList(Arrays.stream(values).<Dval>mapToObj(DInt::new).toList());
  }

  static DStr dstr(String v) { return new DStr(v); }

  static DObj dobj(Object... keysAndValues) {
    var fields = new TreeMap<String, Dval>();
    for (int k = 0; k < keysAndValues.length; k += 2) fields.put((String) keysAndValues[k], (Dval) keysAndValues[k + 1]);
    return new DObj(fields);
  }

  static DError derror(String message) { return Dval.error(message); }

  /** Asserts a DError with exactly this message (sources are not compared, as in Dark's tests). */
  static void assertError(Dval actual, String message) {
    assertThat(actual).isInstanceOfSatisfying(DError.class, e -> assertThat(e.message()).isEqualTo(message));
  }
}
