package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.DarkCode.*;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The List builtins that call lambdas: results, which fake answers win, and the exact messages. */
class ListLambdaFunctionsTest {

  private static Expr lessThan(long n) { return fun("x", call("T::lt_v0", v("x"), i(n))); }

  private static Expr plus(long n) { return fun("x", call("T::add_v0", v("x"), i(n))); }

  @Test
  void mapReturnsTheFirstFakeResultButForeachKeepsThem() {
    assertThat(run(call("List::map_v0", ints(1, 2, 3), plus(1)))).isEqualTo(dints(2, 3, 4));
    assertThat(run(call("List::map_v0", ints(1, 2, 3, 4), fun("x", rail(nothing()))))).isEqualTo(new DErrorRail(Dval.NOTHING));
    Dval kept = run(call("List::foreach_v0", list(error("test")), fun("x", v("x"))));
    assertThat(kept).isInstanceOfSatisfying(DList.class, l -> assertError(l.items().get(0), "test"));
  }

  @Test
  void aLambdaOfTheWrongArityIsTheInterpretersError() {
    assertError(run(call("List::map_v0", ints(1, 2), fun("x y", v("x")))), "Expected 2 arguments, got 1");
  }

  @Test
  void indexedMapMap2AndFold() {
    assertThat(run(call("List::indexedMap_v0", ints(3, 2, 1), fun("i v", v("i"))))).isEqualTo(dints(0, 1, 2));
    Expr minus = fun("a b", call("T::add_v0", v("a"), call("T::neg_v0", v("b"))));
    assertThat(run(call("List::map2shortest_v0", ints(10, 20, 30), ints(1, 2), minus))).isEqualTo(dints(9, 18));
    assertThat(run(call("List::map2_v0", ints(10, 20), ints(1, 2), minus))).isEqualTo(new DJust(dints(9, 18)));
    assertThat(run(call("List::map2_v0", ints(10, 20), ints(1, 2, 3), minus))).isEqualTo(Dval.NOTHING);
    Expr pushNext = fun("acc x", call("List::pushBack_v0", v("acc"), call("T::add_v0", v("x"), i(1))));
    assertThat(run(call("List::fold_v0", ints(1, 2, 3), ints(), pushNext))).isEqualTo(dints(2, 3, 4));
    assertThat(run(call("List::fold_v0", ints(1, 2), i(1), fun("a x", rail(nothing()))))).isEqualTo(new DErrorRail(Dval.NOTHING));
  }

  @Test
  void foldAndMapOverTenThousandElementsStayLinear() {
    Expr big = call("List::range_v0", i(1), i(100_000));
    Expr sum = call("List::fold_v0", big, i(0), fun("acc x", call("T::add_v0", v("acc"), v("x"))));
    long start = System.nanoTime();
    assertThat(run(sum)).isEqualTo(new DInt(5_000_050_000L));
    assertThat(run(call("List::length_v0", call("List::map_v0", big, plus(1))))).isEqualTo(new DInt(100_000));
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void filterVersionsDifferInWhichAnswersAbort() {
    Expr blankFor2 = fun("x", iff(call("T::eq_v0", v("x"), i(2)), blank(), b(true)));
    assertThat(run(call("List::filter_v0", ints(1, 2, 3), blankFor2))).isEqualTo(dints(1, 3));
    assertThat(run(call("List::filter_v1", ints(1, 2, 3), blankFor2))).isInstanceOf(DIncomplete.class);
    assertThat(run(call("List::filter_v2", ints(1, 2, 3), blankFor2))).isInstanceOf(DIncomplete.class);

    Expr errorFor2 = fun("x", iff(call("T::eq_v0", v("x"), i(2)), error("boom"), b(true)));
    assertError(run(call("List::filter_v1", ints(1, 2, 3), errorFor2)), "Expected `fn` to return a Bool, but it returned `<error: boom>`");
    assertError(run(call("List::filter_v2", ints(1, 2, 3), errorFor2)), "boom");
    assertThat(run(call("List::filter_v1", ints(1, 2), fun("x", rail(nothing()))))).isEqualTo(new DErrorRail(Dval.NOTHING));

    assertError(run(call("List::filter_v0", ints(1, 2, 3), fun("x", i(2)))), "Expected `fn` to return a Bool, but it returned `2`");
    assertError(run(call("List::filter_v2", ints(1), fun("x", s("a")))), "Expected `fn` to return a Bool, but it returned `\"a\"`");
    assertError(run(call("List::filter_v2", ints(1), fun("x", nothing()))), "Expected `fn` to return a Bool, but it returned `Nothing`");
    assertThat(run(call("List::filter_v2", ints(), fun("x", s("a"))))).isEqualTo(dints());
    assertThat(run(call("List::filter_v2", ints(-20, 5, 9), lessThan(1)))).isEqualTo(dints(-20));
  }

  @Test
  void filterMapKeepsJustValuesAndStopsAtAFake() {
    Expr f = fun("x", iff(call("T::eq_v0", v("x"), i(2)), nothing(), just(call("T::add_v0", v("x"), v("x")))));
    assertThat(run(call("List::filterMap_v0", ints(1, 2, 3), f))).isEqualTo(dints(2, 6));
    Expr blankFor2 = fun("x", iff(call("T::eq_v0", v("x"), i(2)), blank(), just(v("x"))));
    assertThat(run(call("List::filterMap_v0", ints(1, 2, 3), blankFor2))).isInstanceOf(DIncomplete.class);
    assertError(run(call("List::filterMap_v0", ints(1), fun("x", b(false)))), "Expected `fn` to return a Option, but it returned `false`");
  }

  @Test
  void partitionTakeWhileAndDropWhile() {
    assertThat(run(call("List::partition_v0", ints(-20, 5, 9), fun("x", call("T::lt_v0", i(0), v("x"))))))
        .isEqualTo(new DTuple(dints(5, 9), dints(-20), java.util.List.of()));
    assertError(run(call("List::partition_v0", ints(1), fun("x", s("a")))), "Expected `fn` to return a Bool, but it returned `\"a\"`");
    assertThat(run(call("List::takeWhile_v0", ints(1, 5, 2, 2), lessThan(3)))).isEqualTo(dints(1));
    assertThat(run(call("List::takeWhile_v0", ints(1, 2), lessThan(3)))).isEqualTo(dints(1, 2));
    assertError(run(call("List::takeWhile_v0", ints(1, 2), fun("x", i(-1)))), "Expected `fn` to return a Bool, but it returned `-1`");
    assertThat(run(call("List::dropWhile_v0", ints(1, 5, 2, 2), lessThan(3)))).isEqualTo(dints(5, 2, 2));
    assertThat(run(call("List::dropWhile_v0", ints(1, 2), lessThan(3)))).isEqualTo(dints());
  }

  @Test
  void findFirstVersions() {
    Expr positive = fun("x", call("T::lt_v0", i(1), v("x")));
    assertThat(run(call("List::findFirst_v0", ints(1, 2, 3), lessThan(0)))).isEqualTo(Dval.NULL);
    assertThat(run(call("List::findFirst_v0", ints(1, 2, 3, 1), positive))).isEqualTo(new DInt(2));
    assertThat(run(call("List::findFirst_v1", ints(1, 2, 3, 1), positive))).isEqualTo(new DJust(new DInt(2)));
    assertThat(run(call("List::findFirst_v2", ints(), positive))).isEqualTo(Dval.NOTHING);
    // an element that is an error answers with itself, which is not `true`, so the search goes on
    assertThat(run(call("List::findFirst_v2", list(error("e"), i(5)), positive))).isEqualTo(new DJust(new DInt(5)));
  }

  @Test
  void allTestsEveryElementAndBlamesTheElementNotTheAnswer() {
    assertThat(run(call("List::all_v0", ints(1, 2), lessThan(3)))).isEqualTo(Dval.TRUE);
    assertThat(run(call("List::all_v0", ints(1, 4), lessThan(3)))).isEqualTo(Dval.FALSE);
    assertThat(run(call("List::all_v0", ints(), lessThan(3)))).isEqualTo(Dval.TRUE);
    assertError(run(call("List::all_v0", ints(7), fun("x", i(2)))), "Expected `fn` to return a Bool, but it returned `7`");
  }

  @Test
  void sortByAndUniqueBy() {
    Expr negate = fun("x", call("T::neg_v0", v("x")));
    assertThat(run(call("List::sortBy_v0", ints(6, 2, 8, 3), negate))).isEqualTo(dints(8, 6, 3, 2));
    assertThat(run(call("List::uniqueBy_v0", ints(7, 42, 7, 2, 10), fun("x", v("x"))))).isEqualTo(dints(2, 7, 10, 42));
    assertThat(run(call("List::uniqueBy_v0", ints(3, 1, 2), fun("x", i(0))))).isEqualTo(dints(3)); // one key: the first element stays
  }

  @Test
  void sortByComparatorSortsAndReportsABadAnswerAsAnError() {
    Expr ascending = fun("a b", iff(call("T::lt_v0", v("a"), v("b")), i(-1), i(1)));
    long[] input = {3, 1, 2, 67, 3, -1, 6, 3, 5, 6, 2, 5, 63, 2, 3, 5, -1, -1, -1};
    long[] sorted = LongStream.of(input).sorted().toArray();
    assertThat(run(call("List::sortByComparator_v0", ints(input), ascending))).isEqualTo(new DOk(dints(sorted)));
    assertThat(run(call("List::sortByComparator_v0", ints(), ascending))).isEqualTo(new DOk(dints()));
    assertThat(run(call("List::sortByComparator_v0", ints(3, 1, 2), fun("a b", i(3)))))
        .isEqualTo(new DErr(dstr("Expected `fn` to return -1, 0, 1, but it returned `3`")));
    assertThat(run(call("List::sortByComparator_v0", list(error("x"), i(1), i(2), i(3)), fun("a b", i(1)))))
        .isEqualTo(new DErr(dstr("Expected `fn` to return -1, 0, 1, but it returned `<error: x>`")));
  }

  @Test
  void sortByComparatorOnALongListDoesNotGrowTheJavaStack() {
    Expr descending = fun("a b", iff(call("T::lt_v0", v("a"), v("b")), i(1), i(-1)));
    Dval result = run(call("List::sortByComparator_v0", call("List::range_v0", i(1), i(20_000)), descending));
    assertThat(result).isInstanceOfSatisfying(DOk.class, ok -> {
      var items = ((DList) ok.value()).items();
      assertThat(items.get(0)).isEqualTo(new DInt(20_000));
      assertThat(items.get(items.size() - 1)).isEqualTo(new DInt(1));
    });
  }
}
