package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.DarkCode.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.Limits;
import umbra.domain.eval.Outcome;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/** The List builtins that need no lambda, run through the interpreter. */
class ListFunctionsTest {

  @Test
  void headLastAndGetAtDifferInHowTheyTreatAFakeElement() {
    assertThat(run(call("List::head_v0", ints()))).isEqualTo(Dval.NULL);
    assertError(run(call("List::head_v0", list(error("test")))), "test");
    assertThat(run(call("List::head_v1", list(error("test"))))).isInstanceOfSatisfying(DJust.class,
        j -> assertError(j.value(), "test"));
    assertError(run(call("List::head_v2", list(error("test")))), "test");
    assertThat(run(call("List::last_v2", ints(1, 2, 3)))).isEqualTo(new DJust(new DInt(3)));
    assertThat(run(call("List::last_v1", ints()))).isEqualTo(Dval.NOTHING);
    assertThat(run(call("List::getAt_v1", ints(1, 2, 3, 4), i(0)))).isEqualTo(new DJust(new DInt(1)));
    assertThat(run(call("List::getAt_v1", ints(3, 3, 3), i(-5)))).isEqualTo(Dval.NOTHING);
    assertThat(run(call("List::getAt_v0", ints(1, 2), i(4611686018427387902L)))).isEqualTo(Dval.NOTHING);
  }

  @Test
  void tailIsNothingOnlyForTheEmptyList() {
    assertThat(run(call("List::tail_v0", ints(10, 20, 30)))).isEqualTo(new DJust(dints(20, 30)));
    assertThat(run(call("List::tail_v0", ints()))).isEqualTo(Dval.NOTHING);
  }

  @Test
  void dropAndTakeClampTheirCount() {
    assertThat(run(call("List::drop_v0", ints(1, 2, 3, 4), i(-1)))).isEqualTo(dints(1, 2, 3, 4));
    assertThat(run(call("List::drop_v0", ints(1, 2, 3, 4), i(2)))).isEqualTo(dints(3, 4));
    assertThat(run(call("List::drop_v0", ints(1, 2, 3, 4), i(1184467440737095L)))).isEqualTo(dints());
    assertThat(run(call("List::take_v0", ints(5, 4, 3), i(2147483648L)))).isEqualTo(dints(5, 4, 3));
    assertThat(run(call("List::take_v0", ints(5, 4, 3), i(2)))).isEqualTo(dints(5, 4));
    assertThat(run(call("List::take_v0", ints(5, 4, 3), i(-2)))).isEqualTo(dints());
  }

  @Test
  void repeatAndRangeBuildLists() {
    assertThat(run(call("List::repeat_v0", i(3), s("a")))).isEqualTo(dlist(dstr("a"), dstr("a"), dstr("a")));
    assertError(run(call("List::repeat_v0", i(11844674407356L), i(1))),
        "Expected the argument `times` to be less than 2147483647, but it was `11844674407356`");
    assertError(run(call("List::repeat_v0", i(-4), i(1))), "Expected the argument `times` to be positive, but it was `-4`");
    assertThat(run(call("List::range_v0", i(-1), i(2)))).isEqualTo(dints(-1, 0, 1, 2));
    assertThat(run(call("List::range_v0", i(5), i(0)))).isEqualTo(dints());
  }

  @Test
  void aListTooLargeToHoldStopsTheEvaluationAtItsByteBudget() {
    var e = Evaluation.start(STATE, call("List::range_v0", i(Long.MIN_VALUE), i(Long.MAX_VALUE)), Symtable.empty());
    Outcome o = e.run();
    assertThat(((DError) ((Outcome.Done) o).value()).message()).startsWith("Execution stopped: the program built more than");
    assertThat(e.stoppedByLimit()).isPresent();
    assertThat(e.reportedExceptions()).isEmpty();
  }

  @Test
  void aListLongerThanAnyBudgetShouldAllowIsAnUnknownErrorNotACrash() {
    var unbounded = STATE.withLimits(new Limits(Long.MAX_VALUE, 1000, Long.MAX_VALUE));
    var e = Evaluation.start(unbounded, call("List::range_v0", i(0), i(1 << 24)), Symtable.empty());
    Outcome o = e.run();
    assertError(((Outcome.Done) o).value(), "Unknown error");
    assertThat(e.reportedExceptions()).hasSize(1);
  }

  @Test
  void pushAppendReverseInterposeAndInterleave() {
    assertThat(run(call("List::push_v0", ints(2, 3), i(1)))).isEqualTo(dints(1, 2, 3));
    assertThat(run(call("List::pushBack_v0", ints(2, 3), i(1)))).isEqualTo(dints(2, 3, 1));
    assertThat(run(call("List::append_v0", ints(3, 4), ints(5)))).isEqualTo(dints(3, 4, 5));
    assertThat(run(call("List::reverse_v0", ints(1, 2, 3)))).isEqualTo(dints(3, 2, 1));
    assertThat(run(call("List::interpose_v0", ints(1, 2, 3), i(5)))).isEqualTo(dints(1, 5, 2, 5, 3));
    assertThat(run(call("List::interpose_v0", ints(), i(5)))).isEqualTo(dints());
    assertThat(run(call("List::interleave_v0", ints(1, 2, 3), ints(4)))).isEqualTo(dints(1, 4, 2, 3));
    assertThat(run(call("List::interleave_v0", ints(1), ints(4, 5, 6)))).isEqualTo(dints(1, 4, 5, 6));
  }

  @Test
  void flattenGoesOneLevelDeepAndRejectsNonLists() {
    assertThat(run(call("List::flatten_v0", list(ints(1), list(ints(2, 3)))))).isEqualTo(dlist(new DInt(1), dints(2, 3)));
    assertThat(run(call("List::flatten_v0", list(list(ints()))))).isEqualTo(dlist(dints()));
    assertError(run(call("List::flatten_v0", ints(1, 2, 3))), "Flattening non-lists");
  }

  @Test
  void memberAndItsOldNameContainsUseDarkEquality() {
    assertThat(run(call("List::member_v0", ints(1, 2, 3), i(2)))).isEqualTo(Dval.TRUE);
    assertThat(run(call("List::contains_v0", ints(1, 2, 3), i(4)))).isEqualTo(Dval.FALSE);
    assertThat(REGISTRY.get(new FnName.Stdlib("List", "contains", 0)).deprecation()).contains("List::member");
  }

  @Test
  void sortUsesTheDarkOrderAcrossTypes() {
    assertThat(run(call("List::sort_v0", list(s("6"), s("2"), s("8"))))).isEqualTo(dlist(dstr("2"), dstr("6"), dstr("8")));
    Dval mixed = run(call("List::sort_v0", list(s("value"), i(1), record("Fruits", list(s("apple"))))));
    assertThat(((DList) mixed).items()).extracting(Dval::typeName).containsExactly("Int", "Str", "Dict");
  }

  @Test
  void zipPairsElementsAndAFakeElementReplacesTheResult() {
    assertThat(run(call("List::zip_v0", ints(10, 20), ints(1, 2))))
        .isEqualTo(new DJust(dlist(dints(10, 1), dints(20, 2))));
    assertThat(run(call("List::zip_v0", ints(10, 20), ints(1, 2, 3)))).isEqualTo(Dval.NOTHING);
    assertThat(run(call("List::zipShortest_v0", ints(10, 20), ints(1, 2, 3)))).isEqualTo(dlist(dints(10, 1), dints(20, 2)));
    assertError(run(call("List::zipShortest_v0", list(error("")), list(just(s(""))))), "");
  }

  @Test
  void unzipNamesTheLastMalformedPair() {
    assertThat(run(call("List::unzip_v0", list(ints(10, 6), ints(1, 2))))).isEqualTo(dlist(dints(10, 1), dints(6, 2)));
    assertError(run(call("List::unzip_v0", list(ints(1, 10), i(10), ints(3, 30)))),
        "Expected the argument `pairs` to be a list with exactly two values, but it was `10`. It is of type Int instead of `List`");
    assertError(run(call("List::unzip_v0", list(ints(1, 10), ints(2, 20), ints(3, 30, 40)))),
        "Expected the argument `pairs` to be a list with exactly two values, but it was `[\n  3, 30, 40\n]`."
            + " It has length 3 but should have length 2");
    assertError(run(call("List::unzip_v0", list(ints(), ints(1)))),
        "Expected the argument `pairs` to be a list with exactly two values, but it was `[\n  1\n]`."
            + " It has length 1 but should have length 2");
  }

  @Test
  void randomElementAsksTheCallerForAnIndex() {
    var e = Evaluation.start(STATE, call("List::randomElement_v0", ints(7, 8, 9)), Symtable.empty());
    Outcome o = e.run();
    assertThat(o).isInstanceOfSatisfying(Outcome.Suspended.class,
        s -> assertThat(s.request().args()).isEqualTo(List.of(new DInt(3))));
    assertThat(e.resume(new DInt(2))).isEqualTo(new Outcome.Done(new DJust(new DInt(9))));
    assertThat(run(call("List::randomElement_v0", ints()))).isEqualTo(Dval.NOTHING);
  }

  @Test
  void aWrongArgumentKindNamesTheParameter() {
    assertError(run(call("List::length_v0", i(5))), "List::length was called with a Int (5), but `list` expected a List.");
  }
}
