package umbra.domain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/** The byte budget: what counts against it, and how a run over it ends. */
class ByteBudgetTest {
  private static ExecutionState within(long maxBytes) {
    return ExecutionState.of(StdLib.registry()).withLimits(new Limits(1_000_000, 10_000, maxBytes));
  }

  private static Evaluation run(ExecutionState state, String code) {
    var e = Evaluation.start(state, Parser.parseExpr(code).orElseThrow(), Symtable.empty());
    e.run();
    return e;
  }

  @Test
  void aRunOverItsBudgetEndsWithADarkErrorNamingIt() {
    var e = run(within(1000), "List.repeat_v0 100 1");
    String message = "Execution stopped: the program built more than its limit of 1000 bytes of values "
        + "(estimated; an oversized list, string or dict?)";
    assertThat(e.stoppedByLimit()).hasValue(message);
    assertThat(run(within(1000), "List.repeat_v0 58 1").stoppedByLimit()).isEmpty(); // 58 elements of 16 bytes, and the list's 64
    assertThat(run(within(1 << 20), "List.repeat_v0 100000 1").stoppedByLimit())
        .hasValueSatisfying(m -> assertThat(m).contains("limit of 1 MB of values"));
  }

  @Test
  void theBudgetIsCumulativeAcrossEverythingTheRunBuilds() {
    // each list of 40 (704 bytes) fits 1000 bytes; two of them, kept or not, do not
    assertThat(run(within(1000), "let a = List.repeat_v0 40 1 in 0").stoppedByLimit()).isEmpty();
    assertThat(run(within(1000), "let a = List.repeat_v0 40 1 in let b = List.repeat_v0 40 1 in 0").stoppedByLimit())
        .isPresent();
  }

  @Test
  void literalsClosuresAndWrappersCount() {
    String literal = "[" + "1, ".repeat(99) + "1]";
    assertThat(run(within(1000), literal).stoppedByLimit()).isPresent();
    assertThat(run(within(1000), "List.range_v0 1 40 |> List.map_v0 (fun x -> Just x)").stoppedByLimit()).isPresent();
    assertThat(run(within(1000), "List.range_v0 1 40 |> List.map_v0 (fun x -> fun y -> x)").stoppedByLimit()).isPresent();
  }

  @Test
  void aLoopOfFailingCallsPaysForTheArgumentsItsErrorsLookAt() {
    // each failing call checks the 100,000 elements of `big` against its parameter's type
    var e = run(ExecutionState.of(StdLib.registry()),
        "let big = List.range_v0 1 100000 in List.range_v0 1 100000 |> List.map_v0 (fun x -> List.getAt_v1 big \"x\")");
    assertThat(e.stoppedByLimit()).hasValueSatisfying(m -> assertThat(m).contains("limit of 50000000 evaluation steps"));
  }

  @Test
  void aBuiltinCalledAsTheWholeRunStopsTheSameWay() {
    var e = Evaluation.startCall(within(1000), new DNamedFn(new FnName.Stdlib("List", "repeat", 0)),
        List.of(new DInt(100), new DInt(1)));
    Dval v = ((Outcome.Done) e.run()).value();
    assertThat(v).isInstanceOfSatisfying(DError.class, err -> assertThat(err.message()).contains("limit of 1000 bytes"));
    assertThat(e.stoppedByLimit()).isPresent();
  }
}
