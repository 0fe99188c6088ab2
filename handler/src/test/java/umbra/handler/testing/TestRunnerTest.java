package umbra.handler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.EffectRequest;
import umbra.domain.eval.Limits;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Registry;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.TestCode;
import umbra.domain.testfile.DbDeclaration;
import umbra.domain.testfile.Extras;
import umbra.domain.testfile.TestBuiltins;
import umbra.domain.testfile.TestCase;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.limits.RunBudget;

/** test-format.md 1.4: how one test runs, with parsed code so the parser is not under test here. */
class TestRunnerTest {
  private static final Registry REGISTRY = Registry.builder().build().with(r -> {
    r.fn("Int::add_v0", "a: Int, b: Int -> Int", "a + b").plain(a -> new DInt(a.integer(0) + a.integer(1)));
    r.fn("Clock::tick_v0", "-> Int", "an effect the stdlib performer answers").effect();
    r.fn("DB::getAll_v3", "table: DB<'a> -> List<'a>", "a storage effect").effect();
    TestBuiltins.register(r);
  });

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final TestRunner runner = new TestRunner(REGISTRY,
      request -> request.function().function().equals("tick") ? Optional.of(new DInt(42)) : Optional.empty(),
      new SecureRandom(), new PrintStream(printed, true, StandardCharsets.UTF_8));

  private static TestCase test(int exceptions, Map<String, UserFunction> fns, Extras extras) {
    return new TestCase("t (line 1)", "t", 1, "", "<parsed elsewhere>", extras, exceptions, false, fns, Map.of(),
        Optional.empty());
  }

  private static TestCase test() { return test(0, Map.of(), Extras.NONE); }

  private static Expr i(long n) { return new EInteger(1, n); }

  private static Expr testFn(String name, Expr... args) {
    return new EFnCall(2, new FnName.Stdlib("Test", name, 0), List.of(args), Rail.NO_RAIL);
  }

  private static Expr fn(String module, String name, Expr... args) {
    return new EFnCall(3, new FnName.Stdlib(module, name, 0), List.of(args), Rail.NO_RAIL);
  }

  private static TestCode eq(Expr actual, Expr expected) { return new TestCode(actual, expected, true); }

  private TestResult run(TestCode code) { return runner.run(test(), code); }

  @Test
  void aTestStillRunningAtItsTimeLimitFailsSayingSo() {
    var patient = new TestRunner(StdLib.registry().with(TestBuiltins::register), StdlibEffects.real(), new SecureRandom(),
        new PrintStream(printed, true, StandardCharsets.UTF_8), null,
        new RunBudget(new Limits(Long.MAX_VALUE, 3_000_000, Long.MAX_VALUE), Duration.ofMillis(200)));
    // a billion additions within a small depth: minutes of work, and no step or byte budget to end it sooner
    var endless = new TestCase("t (line 1)", "t", 1, "", """
        List.fold_v0 (List.range_v0 1 1000) 0 (fun a x ->
          List.fold_v0 (List.range_v0 1 1000) a (fun b y ->
            List.fold_v0 (List.range_v0 1 1000) b (fun n z -> n + z))) = 0
        """, Extras.NONE, 0, false, Map.of(), Map.of(), Optional.empty());
    assertThat(patient.run(endless)).isInstanceOfSatisfying(TestResult.Failed.class, f -> assertThat(f.reason())
        .contains("Execution stopped: the test took longer than its limit of 200 ms"));
  }

  @Test
  void equalValuesPassAndOthersSayWhatWasExpected() {
    assertThat(run(eq(fn("Int", "add", i(1), i(2)), i(3)))).isInstanceOf(TestResult.Passed.class);
    assertThat(run(eq(fn("Int", "add", i(1), i(2)), i(4))))
        .isEqualTo(new TestResult.Failed(test(), "expected 4, got 3"));
  }

  @Test
  void aFailureNamesTheFunctionsThatDoNotExist() {
    var viaUser = new UserFunction(3, "helper", List.of(), DType.ANY, fn("String", "reverse", new EString(1, "a")));
    var code = eq(new EList(1, List.of(fn("Int", "nope", i(1)), new EFnCall(2, new FnName.User("helper"), List.of(),
        Rail.NO_RAIL))), i(1));
    var failed = (TestResult.Failed) runner.run(test(0, Map.of("helper", viaUser), Extras.NONE), code);
    assertThat(failed.reason()).endsWith("; calls unknown Int::nope, String::reverse");
  }

  @Test
  void notEqualTestsPassOnDifferentValues() {
    assertThat(run(new TestCode(i(1), i(2), false))).isInstanceOf(TestResult.Passed.class);
    assertThat(run(new TestCode(i(1), i(1), false))).isInstanceOf(TestResult.Failed.class);
  }

  @Test
  void expectedIsEvaluatedFirstAndTheCounterStartsAtZeroForEveryTest() {
    var code = eq(testFn("sideEffectCount"), testFn("incrementSideEffectCounter", i(1)));
    assertThat(run(code)).isInstanceOf(TestResult.Passed.class);
    assertThat(run(code)).isInstanceOf(TestResult.Passed.class);
  }

  @Test
  void reportedExceptionsOfTheActualSideMustMatchTheExpectedCount() {
    var code = eq(testFn("raiseException", new EString(4, "boom")), testFn("typeError", new EString(5, "Unknown error")));
    assertThat(runner.run(test(1, Map.of(), Extras.NONE), code)).isInstanceOf(TestResult.Passed.class);
    var failed = (TestResult.Failed) runner.run(test(), code);
    assertThat(failed.reason()).startsWith("expected 0 reported exception(s), got 1").contains("boom");
  }

  @Test
  void exceptionsWhileEvaluatingExpectedAreNotCounted() {
    var code = eq(testFn("typeError", new EString(4, "Unknown error")), testFn("raiseException", new EString(5, "x")));
    assertThat(run(code)).isInstanceOf(TestResult.Passed.class);
  }

  @Test
  void effectsGoToTheTestStateThenTheStdlibPerformerThenFailClearly() {
    assertThat(run(eq(fn("Clock", "tick"), i(42)))).isInstanceOf(TestResult.Passed.class);
    var db = new DbDeclaration("People", 1, List.of());
    var extras = new Extras(List.of(db), List.of(), Optional.empty(), List.of());
    var getAll = new EFnCall(6, new FnName.Stdlib("DB", "getAll", 3), List.of(new EVariable(6, "People")), Rail.NO_RAIL);
    var code = eq(getAll,
        testFn("typeError", new EString(7, "DB::getAll_v3 needs a PostgreSQL database for its datastores, which this test run does not have")));
    assertThat(runner.run(test(0, Map.of(), extras), code)).isInstanceOf(TestResult.Passed.class);
  }

  @Test
  void inspectPrintsAndReturnsItsValue() {
    assertThat(run(eq(testFn("inspect", i(5), new EString(8, "five")), i(5)))).isInstanceOf(TestResult.Passed.class);
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("five: 5" + System.lineSeparator());
  }

  @Test
  void theTestSeesItsUserFunctions() {
    var twice = new UserFunction(3, "twice", List.of(new UserFunction.Param("x", DType.INT)), DType.ANY,
        fn("Int", "add", new EVariable(9, "x"), new EVariable(10, "x")));
    var code = eq(new EFnCall(11, new FnName.User("twice"), List.of(i(4)), Rail.NO_RAIL), i(8));
    assertThat(runner.run(test(0, Map.of("twice", twice), Extras.NONE), code)).isInstanceOf(TestResult.Passed.class);
    assertThat(run(code)).isInstanceOf(TestResult.Failed.class);
  }

  @Test
  void aNonCanonicalResultFails() {
    var code = eq(new ECharacter(12, "ab"), new ECharacter(13, "ab"));
    assertThat(((TestResult.Failed) run(code)).reason()).startsWith("result is not canonical");
  }

  @Test
  void pendingTestsAreNotRunAndSetupErrorsFail() {
    var pending = new TestCase("line 1", "", 1, "", "// later", Extras.NONE, 0, true, Map.of(), Map.of(), Optional.empty());
    assertThat(runner.run(pending)).isEqualTo(new TestResult.Pending(pending));
    var broken = new TestCase("line 2", "", 2, "", "1 = 1", Extras.NONE, 0, false, Map.of(), Map.of(),
        Optional.of("line 2: no DB named X is declared before this line"));
    assertThat(runner.run(broken)).isEqualTo(new TestResult.Failed(broken, "line 2: no DB named X is declared before this line"));
  }

  @Test
  void canvasHelpersDescribeTheTestCanvas() {
    var world = new TestWorld(new SecureRandom());
    var canvas = world.canvasFor(test());
    assertThat(canvas.name()).matches("test-t-line-1--[a-z]{5}");
    var effects = new TestEffects(canvas, world, System.out);
    assertThat(effects.perform(request("getCanvasName"))).contains(new DStr(canvas.name()));
    assertThat(effects.perform(request("getCanvasID"))).contains(new DUuid(canvas.id()));
    assertThat(effects.perform(request("createCanvas", new DStr("other"))))
        .isEqualTo(effects.perform(request("createCanvas", new DStr("other"))))
        .isNotEqualTo(effects.perform(request("createCanvas", new DStr("another"))));
    assertThat(effects.perform(request("getQueue", new DStr("W")))).contains(new DList(List.of()));
    assertThat(effects.perform(new EffectRequest(new FnName.Stdlib("Date", "now", 0), List.of(), 1))).isEmpty();
  }

  private static EffectRequest request(String fn, Dval... args) {
    return new EffectRequest(new FnName.Stdlib("Test", fn, 0), List.of(args), 1);
  }
}
