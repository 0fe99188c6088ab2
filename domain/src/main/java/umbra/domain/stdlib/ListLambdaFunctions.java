package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Ordering;

/**
 * The List builtins that call a lambda. Every call is a {@link Step}: the interpreter applies
 * the lambda (leftmost fake argument wins, arity errors are its own, A.7.7) and resumes the loop.
 * The interpreter charges each call's steps and the result kept from it, which pays for these
 * builtins' own work on each element; only the sorts do more, and charge it.
 */
final class ListLambdaFunctions {
  private ListLambdaFunctions() {}

  private static final String ONE = "list: List<'a>, fn: Fn<('a) -> ";

  static void register(Registry.Builder r) {
    registerMaps(r);
    registerFilters(r);
    registerSearches(r);
    registerSorts(r);
  }

  private static void registerMaps(Registry.Builder r) {
    r.fn("List::map_v0", ONE + "'b> -> List<'b>", "The lambda applied to each element; a fake result replaces the list.")
        .stepping((ctx, a) -> Steps.mapAll(a.fn(1), Steps.singles(a.list(0)), rs -> Step.value(Dval.list(rs))));
    r.fn("List::foreach_v0", ONE + "'b> -> List<'b>", "The lambda applied to each element; results kept as they are.")
        .deprecated("ReplacedBy List::map_v0")
        .stepping((ctx, a) -> Steps.mapAll(a.fn(1), Steps.singles(a.list(0)), rs -> Step.value(new DList(rs))));
    r.fn("List::indexedMap_v0", "list: List<'a>, fn: Fn<(Int, 'a) -> 'b> -> List<'b>", "The lambda applied to each index (from 0) and element.")
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          var args = new ArrayList<List<Dval>>(items.size());
          for (int i = 0; i < items.size(); i++) args.add(List.of(new DInt(i), items.get(i)));
          return Steps.mapAll(a.fn(1), args, rs -> Step.value(Dval.list(rs)));
        });
    r.fn("List::map2shortest_v0", "as: List<'a>, bs: List<'b>, fn: Fn<('a, 'b) -> 'c> -> List<'c>", "The lambda applied to pairs of elements, up to the shorter list.")
        .stepping((ctx, a) -> Steps.mapAll(a.fn(2), zipped(a.list(0), a.list(1)), rs -> Step.value(Dval.list(rs))));
    // The classic backend wraps the mapped list in Just without checking it for fakes.
    r.fn("List::map2_v0", "as: List<'a>, bs: List<'b>, fn: Fn<('a, 'b) -> 'c> -> Option<'c>", "Just the lambda applied to pairs when the lengths match, else Nothing.")
        .rail()
        .stepping((ctx, a) -> {
          Dval fn = a.fn(2);
          if (a.list(0).size() != a.list(1).size()) return Step.value(Dval.NOTHING);
          return Steps.mapAll(fn, zipped(a.list(0), a.list(1)), rs -> Step.value(new DJust(Dval.list(rs))));
        });
    r.fn("List::fold_v0", "list: List<'a>, init: 'b, fn: Fn<('b, 'a) -> 'b> -> 'b", "Folds from the left: fn(accum, element), starting from init.")
        .stepping((ctx, a) -> Steps.fold(a.fn(2), a.get(1), a.list(0), Step::value));
  }

  private static List<List<Dval>> zipped(List<Dval> as, List<Dval> bs) {
    int n = Math.min(as.size(), bs.size());
    var out = new ArrayList<List<Dval>>(n);
    for (int i = 0; i < n; i++) out.add(List.of(as.get(i), bs.get(i)));
    return out;
  }

  private static void registerFilters(Registry.Builder r) {
    r.fn("List::filter_v0", ONE + "Bool> -> List<'a>", "The elements for which the lambda is true; a blank answer counts as false.")
        .deprecated("ReplacedBy List::filter_v1")
        .stepping((ctx, a) -> filter(a, PredicateAnswers.BLANK_IS_FALSE));
    r.fn("List::filter_v1", ONE + "Bool> -> List<'a>", "The elements for which the lambda is true; a blank or error-rail answer is returned.")
        .deprecated("ReplacedBy List::filter_v2")
        .stepping((ctx, a) -> filter(a, PredicateAnswers.BLANK_OR_RAIL_STOPS));
    r.fn("List::filter_v2", ONE + "Bool> -> List<'a>", "The elements for which the lambda is true; a fake answer is returned.")
        .stepping((ctx, a) -> filter(a, PredicateAnswers.ANY_FAKE_STOPS));
    r.fn("List::filterMap_v0", "list: List<'a>, fn: Fn<('a) -> Option<'b>> -> List<'b>", "The v of each Just v the lambda returns; Nothing drops the element.")
        .stepping((ctx, a) -> Steps.eachUntil(a.fn(1), Steps.singles(a.list(0)),
            (i, answer) -> PredicateAnswers.stopForOption(answer),
            answers -> {
              var kept = new ArrayList<Dval>();
              for (Dval answer : answers) if (answer instanceof DJust j) kept.add(j.value());
              return Step.value(new DList(kept));
            }));
    r.fn("List::partition_v0", ONE + "Bool> -> (List<'a>, List<'a>)", "(elements where the lambda is true, elements where it is false).")
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          return Steps.eachUntil(a.fn(1), Steps.singles(items), (i, answer) -> PredicateAnswers.ANY_FAKE_STOPS.stopFor(answer),
              answers -> {
                var yes = new ArrayList<Dval>();
                var no = new ArrayList<Dval>();
                for (int i = 0; i < items.size(); i++) (PredicateAnswers.isTrue(answers.get(i)) ? yes : no).add(items.get(i));
                return Step.value(new DTuple(new DList(yes), new DList(no), List.of()));
              });
        });
    r.fn("List::takeWhile_v0", ONE + "'b> -> List<'a>", "The longest prefix for which the lambda is true.")
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          return Steps.eachUntil(a.fn(1), Steps.singles(items), (i, answer) -> {
            Step stop = PredicateAnswers.ANY_FAKE_STOPS.stopFor(answer);
            if (stop != null) return stop;
            return PredicateAnswers.isTrue(answer) ? null : Step.value(new DList(items.subList(0, i)));
          }, answers -> Step.value(new DList(items)));
        });
    r.fn("List::dropWhile_v0", ONE + "'b> -> List<'b>", "The list without its longest prefix for which the lambda is true.")
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          return Steps.eachUntil(a.fn(1), Steps.singles(items), (i, answer) -> {
            Step stop = PredicateAnswers.ANY_FAKE_STOPS.stopFor(answer);
            if (stop != null) return stop;
            return PredicateAnswers.isTrue(answer) ? null : Step.value(new DList(items.subList(i, items.size())));
          }, answers -> Step.value(new DList(List.of())));
        });
  }

  /** Keeps the elements whose answer is true; {@code answers} says which fake answers end it. */
  private static Step filter(Args a, PredicateAnswers answers) {
    List<Dval> items = a.list(0);
    return Steps.eachUntil(a.fn(1), Steps.singles(items), (i, answer) -> answers.stopFor(answer), results -> {
      var kept = new ArrayList<Dval>();
      for (int i = 0; i < items.size(); i++) if (PredicateAnswers.isTrue(results.get(i))) kept.add(items.get(i));
      return Step.value(new DList(kept));
    });
  }

  private static void registerSearches(Registry.Builder r) {
    r.fn("List::findFirst_v0", ONE + "Bool> -> 'a", "The first element for which the lambda is exactly true, or null.")
        .deprecated("ReplacedBy List::findFirst_v1")
        .stepping((ctx, a) -> findFirst(a, found -> found, Dval.NULL));
    r.fn("List::findFirst_v1", ONE + "Bool> -> Option<'a>", "Just the first element for which the lambda is true (a fake one is wrapped too), or Nothing.")
        .deprecated("ReplacedBy List::findFirst_v2").rail()
        .stepping((ctx, a) -> findFirst(a, DJust::new, Dval.NOTHING));
    r.fn("List::findFirst_v2", ONE + "Bool> -> Option<'a>", "Just the first element for which the lambda is true, or Nothing; a fake element propagates.")
        .rail()
        .stepping((ctx, a) -> findFirst(a, Dval::just, Dval.NOTHING));
    // Quirk kept from the classic backend: every element is tested (no early exit on false),
    // a blank answer counts as false, and the type error shows the element, not the answer.
    r.fn("List::all_v0", ONE + "Bool> -> Bool", "Whether the lambda is true for every element (true for an empty list).")
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          return Steps.eachUntil(a.fn(1), Steps.singles(items), (i, answer) ->
{
                if (answer instanceof DBool || answer instanceof DIncomplete) return null;
                throw Errors.fail(Errors.fnReturnedWrongType("fn", "Bool", items.get(i)));
              },
              answers -> Step.value(DBool.of(answers.stream().allMatch(PredicateAnswers::isTrue))));
        });
  }

  /** Only an answer of exactly true selects an element; anything else (even an error) moves on. */
  private static Step findFirst(Args a, UnaryOperator<Dval> wrap, Dval none) {
    List<Dval> items = a.list(0);
    return Steps.eachUntil(a.fn(1), Steps.singles(items),
        (i, answer) -> PredicateAnswers.isTrue(answer) ? Step.value(wrap.apply(items.get(i))) : null,
        answers -> Step.value(none));
  }

  private static void registerSorts(Registry.Builder r) {
    r.fn("List::sortBy_v0", ONE + "'b> -> List<'a>", "The elements stably sorted by the Dark order of their lambda keys.")
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          return Steps.mapAll(a.fn(1), Steps.singles(items), keys -> {
            a.meter().sort(items.size());
            var order = new ArrayList<Integer>(items.size());
            for (int i = 0; i < items.size(); i++) order.add(i);
            order.sort((x, y) -> Ordering.compare(keys.get(x), keys.get(y), a.meter()));
            var out = new ArrayList<Dval>(items.size());
            for (int i : order) out.add(items.get(i));
            return Step.value(new DList(out));
          });
        });
    // The classic backend keeps the first element of each key, then sorts the survivors by value.
    r.fn("List::uniqueBy_v0", ONE + "'b> -> List<'a>", "One element per distinct lambda key (the first), sorted by value.")
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          return Steps.mapAll(a.fn(1), Steps.singles(items), keys -> {
            a.meter().sort(2L * items.size()); // the set of keys seen, then the survivors' sort
            var seen = new TreeSet<Dval>(Ordering.charging(a.meter()));
            var out = new ArrayList<Dval>();
            for (int i = 0; i < items.size(); i++) if (seen.add(keys.get(i))) out.add(items.get(i));
            out.sort(Ordering.charging(a.meter()));
            return Step.value(new DList(out));
          });
        });
    r.fn("List::sortByComparator_v0", "list: List<'a>, fn: Fn<('a, 'a) -> Int> -> Result<'a, Str>", "Ok the list merge-sorted by a comparator answering -1, 0 or 1; Error otherwise.")
        .rail()
        .stepping((ctx, a) -> {
          Dval fn = a.fn(1);
          return ComparatorMergeSort.sort(a.list(0),
              (x, y, then) -> Step.call(fn, List.of(x, y), answer ->
                  answer instanceof DInt i && i.value() >= -1 && i.value() <= 1
                      ? then.apply((int) i.value())
                      : Step.value(new DErr(new DStr(Errors.fnReturnedWrongValue("fn", "-1, 0, 1", answer))))),
              sorted -> Step.value(new DOk(new DList(sorted))));
        });
  }
}
