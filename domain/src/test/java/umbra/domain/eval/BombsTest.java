package umbra.domain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.SmallStack;
import umbra.domain.value.Symtable;

/**
 * What a hostile tenant ran against the shared JVM, as Dark code with the default limits: every
 * bomb ends with the budget's Dark error (not an OutOfMemoryError, not a StackOverflowError), and
 * values nested 100,000 deep compare, sort, parse and print within their budgets. Each test runs
 * on a thread with half the usual stack ({@link SmallStack}), so recursion anywhere would show.
 */
class BombsTest {
  private static final ExecutionState STATE = ExecutionState.of(StdLib.registry());
  private static final String BYTES = "Execution stopped: the program built more than its limit of 128 MB of values "
      + "(estimated; an oversized list, string or dict?)";
  private static final String STEPS = "Execution stopped: the program exceeded its limit of 50000000 evaluation steps "
      + "(an infinite loop?)";

  /** A list nested 100,000 deep (the empty list, wrapped 99,999 times), built in a loop. */
  private static final String DEEP = "(List.range_v0 2 100000 |> List.fold_v0 [] (fun acc x -> [acc]))";

  private record Ran(Dval value, String stoppedBy) {}

  private static Ran run(String code) {
    var e = Evaluation.start(STATE, Parser.parseExpr(code).orElseThrow(), Symtable.empty());
    Dval v = ((Outcome.Done) e.run()).value();
    return new Ran(v, e.stoppedByLimit().orElse(null));
  }

  /** Runs the programs on a small stack ({@link SmallStack}). */
  private static List<Ran> onSmallStack(String... programs) throws InterruptedException {
    run("1"); // loads the classes: class loading needs a big stack of its own
    return SmallStack.call(() -> java.util.Arrays.stream(programs).map(BombsTest::run).toList());
  }

  private static void assertStoppedBy(Ran r, String message) {
    assertThat(r.stoppedBy()).isEqualTo(message);
    assertThat(r.value()).isEqualTo(new DError(message));
  }

  @Test
  void listsOfAHundredMillionStopAtTheByteBudgetBeforeTheyAreBuilt() throws InterruptedException {
    for (Ran r : onSmallStack("List.range_v0 0 100000000", "List.repeat_v0 100000000 1",
        "List.repeat_v0 10000 (List.range_v0 1 10000) |> List.flatten_v0")) {
      assertStoppedBy(r, BYTES);
    }
  }

  @Test
  void aBillionCharacterStringStopsAtTheByteBudget() throws InterruptedException {
    // Dark has no String.repeat; padding is how a program asks for a string of any length
    for (Ran r : onSmallStack("String.padStart_v0 \"\" \"x\" 1000000000", "String.padEnd_v0 \"\" \"x\" 1000000000",
        "String.replaceAll_v0 (String.padEnd_v0 \"\" \"x\" 100000) \"x\" (String.padEnd_v0 \"\" \"y\" 100000)")) {
      assertStoppedBy(r, BYTES);
    }
  }

  @Test
  void aDictOfMillionsOfKeysBuiltInAFoldStopsAtTheByteBudget() throws InterruptedException {
    Ran r = onSmallStack(
        "List.range_v0 1 3000000 |> List.fold_v0 {} (fun acc x -> Dict.set_v0 acc (toString_v0 x) x)").getFirst();
    assertStoppedBy(r, BYTES);
  }

  @Test
  void doublingAStringInALoopStopsAtTheByteBudget() throws InterruptedException {
    Ran r = onSmallStack("List.range_v0 1 64 |> List.fold_v0 \"x\" (fun acc x -> acc ++ acc)").getFirst();
    assertStoppedBy(r, BYTES);
  }

  @Test
  void printingAValueFarLargerWrittenOutThanHeldStopsAtTheByteBudget() throws InterruptedException {
    // one list held 2^40 times over: 40 small lists in memory, a terabyte as text
    String shared = "(List.range_v0 1 40 |> List.fold_v0 [1] (fun acc x -> [acc, acc]))";
    for (Ran r : onSmallStack("Dict.toJSON_v0 {v = " + shared + "}", "toString_v0 " + shared, "toRepr_v0 " + shared,
        "JSON.parse_v1 (Dict.toJSON_v0 {v = " + shared + "})")) {
      assertStoppedBy(r, BYTES);
    }
  }

  @Test
  void comparingAValueSharedManyTimesOverStopsAtTheStepBudget() throws InterruptedException {
    String shared = "(List.range_v0 1 40 |> List.fold_v0 [1] (fun acc x -> [acc, acc]))";
    for (Ran r : onSmallStack(shared + " == " + shared, "List.sort_v0 [" + shared + ", " + shared + "]")) {
      assertStoppedBy(r, STEPS);
    }
  }

  @Test
  void valuesNestedAHundredThousandDeepCompareSortAndParseWithoutTheJavaStack() throws InterruptedException {
    String brackets = "(String.padStart_v0 \"\" \"[\" 100000) ++ (String.padStart_v0 \"\" \"]\" 100000)";
    List<Ran> rs = onSmallStack(
        DEEP + " == " + DEEP,
        "List.length_v0 (List.sort_v0 [" + DEEP + ", [1], " + DEEP + "])",
        "List.length_v0 (List.uniqueBy_v0 [" + DEEP + ", " + DEEP + "] (fun x -> x))",
        "List.member_v0 [" + DEEP + "] " + DEEP,
        "(JSON.parse_v0 (" + brackets + ")) == " + DEEP);
    assertThat(rs).extracting(Ran::value).containsExactly(Dval.TRUE, new DInt(3), new DInt(1), Dval.TRUE, Dval.TRUE);
  }

  @Test
  void printingAValueNestedAHundredThousandDeepStopsAtTheByteBudget() throws InterruptedException {
    // every line is indented by its depth: 10^10 characters
    for (Ran r : onSmallStack("toString_v0 " + DEEP, "toRepr_v0 " + DEEP, "Dict.toJSON_v0 {v = " + DEEP + "}")) {
      assertStoppedBy(r, BYTES);
    }
  }

  @Test
  void javaEqualityAndHashingOfDeepValuesNeedNoJavaStack() throws InterruptedException {
    Dval deep = run(DEEP).value();
    Dval same = run(DEEP).value();
    assertThat(SmallStack.call(() -> List.of(deep.equals(same), deep.hashCode() == same.hashCode(),
        deep.equals(new DList(List.of(deep)))))).containsExactly(true, true, false);
  }
}
