package umbra.domain.testfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.EffectRequest;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.stdlib.Registry;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/** test-format.md 1.5: the Test:: helpers as an overlay on the standard library. */
class TestBuiltinsTest {
  private static final Registry REGISTRY = Registry.builder().build().with(TestBuiltins::register);
  private static final ExecutionState STATE = ExecutionState.of(REGISTRY);

  private static Expr call(String fn, Expr... args) {
    return new EFnCall(1, new FnName.Stdlib("Test", fn, 0), List.of(args), Rail.NO_RAIL);
  }

  private static Expr str(String s) { return new EString(2, s); }

  private static Expr ints(long... xs) {
    var items = new java.util.ArrayList<Expr>();
    for (long x : xs) items.add(new EInteger(3, x));
    return new EList(4, items);
  }

  private static Dval run(Expr e) {
    Outcome o = Evaluation.start(STATE, e, Symtable.empty()).run();
    assertThat(o).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) o).value();
  }

  @Test
  void theHelpersAreNotPartOfTheStandardLibrary() {
    assertThat(StdLib.registry().all().keySet()).noneMatch(n -> n.module().equals("Test"));
    assertThat(StdLib.registry().with(TestBuiltins::register).get(TestBuiltins.TYPE_ERROR)).isNotNull();
  }

  @Test
  void valueHelpersBuildWhatDarkCodeCannot() {
    assertThat(run(call("errorRailValue", new EConstructor(5, "Nothing", List.of())))).isEqualTo(new DErrorRail(Dval.NOTHING));
    assertThat(run(call("typeError", str("boom")))).isEqualTo(Dval.error("boom"));
    assertThat(run(call("errorWithTypeError", str("m")))).isEqualTo(new DOk(Dval.error("m")));
    assertThat(run(call("sqlError", str("x")))).isEqualTo(Dval.error(TestBuiltins.SQL_ERROR_TEMPLATE + "x"));
    assertThat(((DFloat) run(call("nan"))).value()).isNaN();
  }

  @Test
  void toCharAcceptsExactlyOneGraphemeCluster() {
    assertThat(run(call("toChar", str("👩‍👩‍👧‍👦")))).isEqualTo(new DJust(new DChar("👩‍👩‍👧‍👦")));
    assertThat(run(call("toChar", str("ab")))).isEqualTo(Dval.NOTHING);
    assertThat(run(call("toChar", str("")))).isEqualTo(Dval.NOTHING);
  }

  @Test
  void raiseExceptionBecomesUnknownErrorAndIsReported() {
    var evaluation = Evaluation.start(STATE, call("raiseException", str("oops")), Symtable.empty());
    Outcome o = evaluation.run();
    assertThat(TestComparison.normalize(((Outcome.Done) o).value())).isEqualTo(Dval.error("Unknown error"));
    assertThat(evaluation.reportedExceptions()).hasSize(1);
  }

  @Test
  void regexReplaceUsesDotNetSubstitutions() {
    assertThat(run(call("regexReplace", str("a1b22"), str("(\\d+)"), str("<$1>")))).isEqualTo(new DStr("a<1>b<22>"));
    assertThat(run(call("regexReplace", str("ab"), str("b"), str("$$\\")))).isEqualTo(new DStr("a$\\"));
    assertThat(run(call("regexReplace", str("ab"), str("b"), str("[$&][$2]")))).isEqualTo(new DStr("a[b][$2]"));
    assertThat(run(call("regexReplace", str("abc"), str("x*"), str("-")))).isEqualTo(new DStr("-a-b-c-"));
  }

  @Test
  void bytesHelpersTruncateInts() {
    assertThat(run(call("asBytes", ints(250, 256, -1)))).isEqualTo(new DBytes(new byte[] {(byte) 250, 0, -1}));
    var mixed = new EList(6, List.of(new EInteger(7, 1), new EString(8, "x")));
    assertThat(TestComparison.normalize(run(call("intArrayToBytes", mixed)))).isEqualTo(Dval.error("Expected int"));
    assertThat(((DError) run(call("asBytes", mixed))).message()).contains("Test::asBytes was called with");
  }

  @Test
  void stateHelpersAskTheRunner() {
    Outcome o = Evaluation.start(STATE, call("incrementSideEffectCounter", str("x")), Symtable.empty()).run();
    assertThat(o).isEqualTo(new Outcome.Suspended(
        new EffectRequest(new FnName.Stdlib("Test", "incrementSideEffectCounter", 0), List.of(new DStr("x")), 1)));
  }

  @Test
  void stateHelpersCheckTheirArgumentsFirst() {
    Dval v = run(call("getQueue", new EInteger(9, 1)));
    assertThat(((DError) v).message()).startsWith("Test::getQueue was called with a Int");
  }
}
