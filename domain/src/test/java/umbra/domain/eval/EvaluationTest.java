package umbra.domain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.SmallStack;
import umbra.domain.value.Symtable;

/** The machine's guarantees: effects suspend and resume, recursion is heap-bound, loops are bounded. */
class EvaluationTest {
  private static long ids = 1;

  private static final Registry BUILTINS = Registry.builder().build().with(r -> {
    r.fn("Int::subtract_v0", "a: Int, b: Int -> Int", "a - b").plain(a -> new DInt(a.integer(0) - a.integer(1)));
    r.fn("Int::add_v0", "a: Int, b: Int -> Int", "a + b").plain(a -> new DInt(a.integer(0) + a.integer(1)));
    r.fn("Int::isZero_v0", "a: Int -> Bool", "a == 0").plain(a -> DBool.of(a.integer(0) == 0));
    r.fn("Counter::bump_v0", "v: 'a -> 'a", "asks the caller to count").effect();
  });

  private static Expr call(String module, String fn, Expr... args) {
    return new EFnCall(ids++, new FnName.Stdlib(module, fn, 0), List.of(args), Rail.NO_RAIL);
  }

  private static Expr user(String fn, Expr... args) {
    return new EFnCall(ids++, new FnName.User(fn), List.of(args), Rail.NO_RAIL);
  }

  private static Expr var(String name) { return new EVariable(ids++, name); }

  private static Expr integer(long i) { return new EInteger(ids++, i); }

  /** sum(n) = if n == 0 then 0 else n + sum(n - 1): not tail-recursive, so every level stays pending. */
  private static ExecutionState withSum(Limits limits) {
    Expr body = new EIf(ids++, call("Int", "isZero", var("n")), integer(0),
        call("Int", "add", var("n"), user("sum", call("Int", "subtract", var("n"), integer(1)))));
    var sum = new UserFunction(1, "sum", List.of(new UserFunction.Param("n", DType.INT)), DType.ANY, body);
    return ExecutionState.of(BUILTINS).withUserFunctions(Map.of("sum", sum)).withLimits(limits);
  }

  private static Dval runToEnd(ExecutionState state, Expr e) {
    Outcome o = Evaluation.start(state, e, Symtable.empty()).run();
    assertThat(o).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) o).value();
  }

  @Test
  void recursionOneHundredThousandDeepCompletesWithoutJavaStack() {
    Dval v = runToEnd(withSum(Limits.DEFAULT), user("sum", integer(100_000)));
    assertThat(v).isEqualTo(new DInt(5_000_050_000L));
  }

  @Test
  void recursionDeeperThanTheDepthLimitIsADarkError() {
    Dval v = runToEnd(withSum(new Limits(Long.MAX_VALUE, 10_000)), user("sum", integer(1_000_000)));
    assertThat(v).isInstanceOfSatisfying(DError.class,
        e -> assertThat(e.message()).contains("deeper than its limit of 10000"));
  }

  @Test
  void expressionsNestedOneHundredThousandDeepNeedNoJavaStack() {
    // 1 + (1 + (1 + ... 0)): built bottom-up, as a parser of a huge program might produce it
    Expr nested = integer(0);
    for (int i = 0; i < 100_000; i++) nested = call("Int", "add", integer(1), nested);
    assertThat(runToEnd(ExecutionState.of(BUILTINS), nested)).isEqualTo(new DInt(100_000));

    // let x = 99999 in ... let x = 0 in x: the innermost binding wins
    Expr lets = var("x");
    for (int i = 0; i < 100_000; i++) lets = new ELet(ids++, "x", integer(i), lets);
    assertThat(runToEnd(ExecutionState.of(BUILTINS), lets)).isEqualTo(new DInt(0));
  }

  @Test
  void deepRecursionOfPureFunctionsFitsASmallJavaStack() throws InterruptedException {
    // dive(n) = if n == 0 then 0 else 1 + (1 + (... (1 + dive(n - 1)))): a body 40 calls deep,
    // all pure, so calls run directly on the Java stack until its budget sends them to the heap
    Expr inner = user("dive", call("Int", "subtract", var("n"), integer(1)));
    for (int i = 0; i < 40; i++) inner = call("Int", "add", integer(1), inner);
    Expr body = new EIf(ids++, call("Int", "isZero", var("n")), integer(0), inner);
    var dive = new UserFunction(3, "dive", List.of(new UserFunction.Param("n", DType.INT)), DType.ANY, body);
    var state = withSum(Limits.DEFAULT).withUserFunctions(Map.of("dive", dive, "sum", withSum(Limits.DEFAULT).userFunctions().get("sum")));
    runToEnd(state, user("dive", integer(3))); // loads the classes: class loading needs a big stack of its own
    var results = SmallStack.call(() -> List.of(runToEnd(state, user("sum", integer(20_000))),
        runToEnd(state, user("dive", integer(2_000)))));
    assertThat(results).containsExactly(new DInt(200_010_000L), new DInt(80_000));
  }

  @Test
  void theStepBudgetHoldsInsideArithmeticWithoutCalls() {
    // 1 + (1 + (1 + 0)) is 7 steps: the whole budget, then one step short of it
    Expr sum = integer(0);
    for (int i = 0; i < 3; i++) sum = call("Int", "add", integer(1), sum);
    assertThat(runToEnd(ExecutionState.of(BUILTINS).withLimits(new Limits(7, 100)), sum)).isEqualTo(new DInt(3));
    assertThat(runToEnd(ExecutionState.of(BUILTINS).withLimits(new Limits(6, 100)), sum)).isInstanceOfSatisfying(DError.class,
        e -> assertThat(e.message()).contains("limit of 6 evaluation steps"));
  }

  @Test
  void anInfiniteLoopStopsAtTheStepBudgetNamingTheLimit() {
    // loop(n) = loop(n + 1): never ends on its own
    Expr body = user("loop", call("Int", "add", var("n"), integer(1)));
    var loop = new UserFunction(2, "loop", List.of(new UserFunction.Param("n", DType.INT)), DType.ANY, body);
    var state = ExecutionState.of(BUILTINS).withUserFunctions(Map.of("loop", loop)).withLimits(new Limits(100_000, 1_000_000));
    Dval v = runToEnd(state, user("loop", integer(0)));
    assertThat(v).isInstanceOfSatisfying(DError.class,
        e -> assertThat(e.message()).contains("limit of 100000 evaluation steps"));
  }

  @Test
  void anEffectSuspendsTheEvaluationAndTheCallersAnswerResumesIt() {
    // [bump 1; bump 2]: the interpreter counts nothing itself, the caller does.
    Expr program = new EList(ids++, List.of(call("Counter", "bump", integer(1)), call("Counter", "bump", integer(2))));
    var evaluation = Evaluation.start(ExecutionState.of(BUILTINS), program, Symtable.empty());
    var seen = new ArrayList<Dval>();
    Outcome o = evaluation.run();
    while (o instanceof Outcome.Suspended s) {
      assertThat(s.request().function()).isEqualTo(new FnName.Stdlib("Counter", "bump", 0));
      seen.add(s.request().args().get(0));
      o = evaluation.resume(new DInt(seen.size() * 10L));
    }
    assertThat(seen).containsExactly(new DInt(1), new DInt(2));
    assertThat(((Outcome.Done) o).value()).isEqualTo(new DList(List.of(new DInt(10), new DInt(20))));
  }

  @Test
  void liveValuesRecordEveryExpressionOnlyWhenAskedFor() {
    Expr one = integer(1);
    Expr program = call("Int", "add", one, integer(2));
    var on = Evaluation.start(ExecutionState.of(BUILTINS).withLiveValues(true), program, Symtable.empty());
    on.run();
    assertThat(on.liveValues()).containsEntry(program.id(), new DInt(3)).containsEntry(one.id(), new DInt(1));

    var off = Evaluation.start(ExecutionState.of(BUILTINS), program, Symtable.empty());
    off.run();
    assertThat(off.liveValues()).isEmpty();
  }
}
