package umbra.domain.eval;

import static org.assertj.core.api.Assertions.assertThat;

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
import umbra.domain.value.Symtable;

/**
 * Pure user functions run directly on the Java stack when there is room, on the machine when not
 * (a tight depth limit leaves none). Either way the editor and the traces see the same thing.
 */
class DirectCallsTest {
  private static long ids = 1;

  private static final Registry BUILTINS = Registry.builder().build().with(r -> {
    r.fn("Int::subtract_v0", "a: Int, b: Int -> Int", "a - b").plain(a -> new DInt(a.integer(0) - a.integer(1)));
    r.fn("Int::add_v0", "a: Int, b: Int -> Int", "a + b").plain(a -> new DInt(a.integer(0) + a.integer(1)));
    r.fn("Int::isZero_v0", "a: Int -> Bool", "a == 0").plain(a -> DBool.of(a.integer(0) == 0));
    r.fn("Int::boom_v0", "a: Int -> Int", "a bug in a builtin").plain(a -> {
      throw new IllegalStateException("boom");
    });
  });

  private static Expr call(String fn, Expr... args) {
    return new EFnCall(ids++, new FnName.Stdlib("Int", fn, 0), List.of(args), Rail.NO_RAIL);
  }

  private static Expr user(String fn, Expr... args) {
    return new EFnCall(ids++, new FnName.User(fn), List.of(args), Rail.NO_RAIL);
  }

  private static Expr n() { return new EVariable(ids++, "n"); }

  private static Expr integer(long i) { return new EInteger(ids++, i); }

  /** sum(n) = if n == 0 then boom 0 else n + sum(n - 1), typed Int -> Int. */
  private static final UserFunction SUM = new UserFunction(7, "sum", List.of(new UserFunction.Param("n", DType.INT)),
      DType.INT, new EIf(ids++, call("isZero", n()), call("boom", integer(0)),
          call("add", n(), user("sum", call("subtract", n(), integer(1))))));

  private static Evaluation run(Limits limits, Expr program) {
    var state = ExecutionState.of(BUILTINS).withUserFunctions(Map.of("sum", SUM)).withLimits(limits)
        .withLiveValues(true).withTraces(true);
    var evaluation = Evaluation.start(state, program, Symtable.empty());
    assertThat(evaluation.run()).isInstanceOf(Outcome.Done.class);
    return evaluation;
  }

  @Test
  void liveValuesTracesAndReportedExceptionsAreTheSameOnTheJavaStackAndOnTheMachine() {
    Expr program = user("sum", integer(3));
    Evaluation direct = run(Limits.DEFAULT, program);
    Evaluation onMachine = run(new Limits(Long.MAX_VALUE, 8), program); // no room for direct calls

    for (Evaluation e : List.of(direct, onMachine)) {
      assertThat(e.liveValues().get(program.id())).isInstanceOfSatisfying(DError.class,
          err -> assertThat(err.message()).isEqualTo("Unknown error"));
      assertThat(e.reportedExceptions()).hasSize(1);
      assertThat(e.functionArguments()).extracting(a -> a.args().get("n"))
          .containsExactly(new DInt(3), new DInt(2), new DInt(1), new DInt(0));
    }
    assertThat(direct.liveValues()).isEqualTo(onMachine.liveValues()).hasSizeGreaterThan(8);
  }

  @Test
  void aTypeErrorInAPureFunctionIsReportedAsOnTheMachine() {
    Expr program = user("sum", new EString(ids++, "three"));
    for (Limits limits : List.of(Limits.DEFAULT, new Limits(Long.MAX_VALUE, 8))) {
      Dval v = ((Outcome.Done) Evaluation.start(ExecutionState.of(BUILTINS).withUserFunctions(Map.of("sum", SUM))
          .withLimits(limits), program, Symtable.empty()).run()).value();
      assertThat(v).isInstanceOfSatisfying(DError.class, e -> assertThat(e.message())
          .isEqualTo("Type error(s) in function parameters: Expected to see a value of type Int but found a Str"));
    }
  }
}
