package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Equality;
import umbra.domain.value.Items;
import umbra.domain.value.Meter;
import umbra.domain.value.Ordering;

/**
 * The List module, except the builtins that call a lambda ({@link ListLambdaFunctions}).
 * Results are built in an ArrayList and wrapped once, except where a persistent {@link Items}
 * operation shares the argument's elements (adding at an end, appending, slicing). Each builtin
 * charges its {@link Args#meter} for the elements it builds or visits, before building when the
 * size is known first.
 */
final class ListFunctions {
  private ListFunctions() {}

  /**
   * Largest list {@code List::repeat} and {@code List::range} will build, whatever the byte budget
   * (which stops them far earlier by default). The classic backend has no bound but runs out of
   * memory (an exception, so "Unknown error") long before 2^31 elements.
   */
  static final long MAX_BUILT_LENGTH = 1L << 24;

  static void register(Registry.Builder r) {
    registerBuilders(r);
    registerAccessors(r);
    registerReshaping(r);
    registerPairs(r);
    ListLambdaFunctions.register(r);
  }

  private static void registerBuilders(Registry.Builder r) {
    r.fn("List::empty_v0", "-> List<'a>", "The empty list.").plain(a -> new DList(List.of()));
    r.fn("List::singleton_v0", "val: 'a -> List<'a>", "A one-element list holding the value.")
        .plain(a -> new DList(List.of(a.get(0))));
    r.fn("List::repeat_v0", "times: Int, val: 'a -> List<'a>", "The value repeated `times` times.")
        .plain(a -> {
          long times = a.integer(0);
          if (times < 0) throw Errors.fail(Errors.argumentWasnt("times", "positive", a.get(0)));
          if (times > Integer.MAX_VALUE) {
            throw Errors.fail(Errors.argumentWasnt("times", "less than 2147483647", a.get(0)));
          }
          a.meter().list(times);
          requireBuildable(times);
          return new DList(Collections.nCopies((int) times, a.get(1)));
        });
    r.fn("List::range_v0", "lowest: Int, highest: Int -> List<Int>", "The Ints from lowest to highest, inclusive.")
        .plain(a -> {
          long lowest = a.integer(0);
          long highest = a.integer(1);
          if (lowest > highest) return new DList(List.of());
          long size = highest - lowest + 1;
          if (size <= 0) size = Long.MAX_VALUE; // the span overflowed a long
          a.meter().list(size);
          requireBuildable(size);
          var out = new ArrayList<Dval>((int) size);
          for (long i = lowest; i <= highest && i >= lowest; i++) out.add(new DInt(i));
          return new DList(out);
        });
    r.fn("List::push_v0", "list: List<'a>, val: 'a -> List<'a>", "The list with the value added at the front.")
        .plain(a -> {
          a.meter().list(1);
          return new DList(Items.of(a.list(0)).push(a.get(1)));
        });
    r.fn("List::pushBack_v0", "list: List<'a>, val: 'a -> List<'a>", "The list with the value added at the end.")
        .plain(a -> {
          a.meter().list(1);
          return new DList(Items.of(a.list(0)).pushBack(a.get(1)));
        });
    r.fn("List::append_v0", "as: List<'a>, bs: List<'a> -> List<'a>", "The first list followed by the second.")
        .plain(a -> {
          a.meter().list(a.list(1).size()); // the second list's elements are added to the first's
          return new DList(Items.of(a.list(0)).append(a.list(1)));
        });
  }

  private static void requireBuildable(long size) {
    if (size > MAX_BUILT_LENGTH) throw new IllegalStateException("list of " + size + " elements is too large to build");
  }

  private static void registerAccessors(Registry.Builder r) {
    r.fn("List::head_v0", "list: List<'a> -> 'a", "The first element, or null for an empty list.")
        .deprecated("ReplacedBy List::head_v1")
        .plain(a -> a.list(0).isEmpty() ? Dval.NULL : a.list(0).get(0));
    r.fn("List::head_v1", "list: List<'a> -> Option<'a>", "Just the first element (a fake one is wrapped too), or Nothing.")
        .deprecated("ReplacedBy List::head_v2").rail()
        .plain(a -> a.list(0).isEmpty() ? Dval.NOTHING : new DJust(a.list(0).get(0)));
    r.fn("List::head_v2", "list: List<'a> -> Option<'a>", "Just the first element, or Nothing; a fake element propagates.")
        .rail()
        .plain(a -> a.list(0).isEmpty() ? Dval.NOTHING : Dval.just(a.list(0).get(0)));
    r.fn("List::last_v0", "list: List<'a> -> 'a", "The last element, or null for an empty list.")
        .deprecated("ReplacedBy List::last_v1")
        .plain(a -> a.list(0).isEmpty() ? Dval.NULL : last(a.list(0)));
    r.fn("List::last_v1", "list: List<'a> -> Option<'a>", "Just the last element (a fake one is wrapped too), or Nothing.")
        .deprecated("ReplacedBy List::last_v2").rail()
        .plain(a -> a.list(0).isEmpty() ? Dval.NOTHING : new DJust(last(a.list(0))));
    r.fn("List::last_v2", "list: List<'a> -> Option<'a>", "Just the last element, or Nothing; a fake element propagates.")
        .rail()
        .plain(a -> a.list(0).isEmpty() ? Dval.NOTHING : Dval.just(last(a.list(0))));
    r.fn("List::tail_v0", "list: List<'a> -> Option<List<'a>>", "Just every element but the first, or Nothing for an empty list.")
        .rail()
        .plain(a -> a.list(0).isEmpty() ? Dval.NOTHING : new DJust(new DList(a.list(0).subList(1, a.list(0).size()))));
    // The classic backend converts the index with F#'s unchecked `int`, keeping its low 32 bits.
    r.fn("List::getAt_v0", "list: List<'a>, index: Int -> Option<'a>", "Just the element at the index (a fake one is wrapped too), or Nothing.")
        .deprecated("ReplacedBy List::getAt_v1").rail()
        .plain(a -> {
          Dval item = itemAt(a.list(0), (int) a.integer(1));
          return item == null ? Dval.NOTHING : new DJust(item);
        });
    r.fn("List::getAt_v1", "list: List<'a>, index: Int -> Option<'a>", "Just the element at the index, or Nothing; a fake element propagates.")
        .rail()
        .plain(a -> {
          Dval item = itemAt(a.list(0), (int) a.integer(1));
          return item == null ? Dval.NOTHING : Dval.just(item);
        });
    r.fn("List::length_v0", "list: List<'a> -> Int", "The number of elements.")
        .plain(a -> new DInt(a.list(0).size()));
    r.fn("List::isEmpty_v0", "list: List<'a> -> Bool", "Whether the list has no elements.")
        .plain(a -> DBool.of(a.list(0).isEmpty()));
    r.fn("List::member_v0", "list: List<'a>, val: 'a -> Bool", "Whether some element equals the value (Dark ==).")
        .plain(a -> {
          a.meter().scan(a.list(0).size());
          return DBool.of(a.list(0).stream().anyMatch(item -> Equality.equal(a.get(1), item, a.meter())));
        });
    r.alias("List::contains_v0", "List::member_v0", "RenamedTo List::member_v0");
    r.fn("List::randomElement_v0", "list: List<'a> -> Option<'a>", "Just a randomly chosen element, or Nothing for an empty list.")
        .rail().purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          List<Dval> items = a.list(0);
          if (items.isEmpty()) return Step.value(Dval.NOTHING);
          // Effect contract: [DInt size] is answered with an index in [0, size).
          return ctx.perform(List.of(new DInt(items.size())), index -> {
            Dval item = index instanceof DInt i ? itemAt(items, i.value()) : null;
            if (item == null) throw new IllegalStateException("randomElement answered with " + index);
            return Step.value(Dval.just(item));
          });
        });
  }

  private static Dval last(List<Dval> items) { return items.get(items.size() - 1); }

  /** The element at the index, or null when it is out of range. */
  private static Dval itemAt(List<Dval> items, long index) {
    return index >= 0 && index < items.size() ? items.get((int) index) : null;
  }

  private static void registerReshaping(Registry.Builder r) {
    r.fn("List::reverse_v0", "list: List<'a> -> List<'a>", "The elements in reverse order.")
        .plain(a -> {
          a.meter().list(a.list(0).size());
          return new DList(a.list(0).reversed());
        });
    r.fn("List::drop_v0", "list: List<'a>, count: Int -> List<'a>", "All but the first `count` elements.")
        .plain(a -> {
          List<Dval> items = a.list(0);
          long count = a.integer(1);
          if (count < 0) return new DList(items);
          return new DList(count >= items.size() ? List.of() : items.subList((int) count, items.size()));
        });
    r.fn("List::take_v0", "list: List<'a>, count: Int -> List<'a>", "The first `count` elements.")
        .plain(a -> {
          List<Dval> items = a.list(0);
          long count = a.integer(1);
          if (count < 0) return new DList(List.of());
          return new DList(count >= items.size() ? items : items.subList(0, (int) count));
        });
    r.fn("List::flatten_v0", "list: List<List<'a>> -> List<'a>", "The elements of the inner lists, one level deep.")
        .plain(a -> {
          long size = 0;
          for (Dval inner : a.list(0)) {
            if (!(inner instanceof DList l)) throw Errors.fail("Flattening non-lists");
            size += l.items().size();
          }
          a.meter().list(size + a.list(0).size());
          var out = new ArrayList<Dval>((int) size);
          for (Dval inner : a.list(0)) out.addAll(((DList) inner).items());
          return new DList(out);
        });
    r.fn("List::interpose_v0", "list: List<'a>, sep: 'a -> List<'a>", "The elements with the separator between each pair.")
        .plain(a -> {
          a.meter().list(2L * a.list(0).size());
          var out = new ArrayList<Dval>();
          for (Dval item : a.list(0)) {
            if (!out.isEmpty()) out.add(a.get(1));
            out.add(item);
          }
          return new DList(out);
        });
    r.fn("List::interleave_v0", "as: List<'a>, bs: List<'b> -> List<'a>", "Elements taken alternately from each list, then the rest of the longer.")
        .plain(a -> {
          List<Dval> as = a.list(0);
          List<Dval> bs = a.list(1);
          a.meter().list((long) as.size() + bs.size());
          var out = new ArrayList<Dval>(as.size() + bs.size());
          int shorter = Math.min(as.size(), bs.size());
          for (int i = 0; i < shorter; i++) {
            out.add(as.get(i));
            out.add(bs.get(i));
          }
          out.addAll(as.subList(shorter, as.size()));
          out.addAll(bs.subList(shorter, bs.size()));
          return new DList(out);
        });
    r.fn("List::sort_v0", "list: List<'a> -> List<'a>", "The elements in ascending Dark order (stable).")
        .plain(a -> {
          a.meter().sort(a.list(0).size());
          a.meter().list(a.list(0).size());
          var out = new ArrayList<>(a.list(0));
          out.sort(Ordering.charging(a.meter()));
          return new DList(out);
        });
  }

  private static void registerPairs(Registry.Builder r) {
    // Each pair is itself built with Dval.list, so a fake element replaces the whole result.
    r.fn("List::zipShortest_v0", "as: List<'a>, bs: List<'b> -> List<'a>", "[a, b] pairs of the elements, up to the shorter list.")
        .plain(a -> Dval.list(pairs(a.meter(), a.list(0), a.list(1))));
    r.fn("List::zip_v0", "as: List<'a>, bs: List<'b> -> Option<List<List<'a>>>", "Just the [a, b] pairs when the lengths match, else Nothing.")
        .rail()
        .plain(a -> a.list(0).size() != a.list(1).size()
            ? Dval.NOTHING
            : new DJust(Dval.list(pairs(a.meter(), a.list(0), a.list(1)))));
    r.fn("List::unzip_v0", "pairs: List<List<'a>> -> List<List<'a>>", "[[every first element], [every second element]] of [a, b] pairs.")
        .plain(a -> unzip(a.meter(), a.list(0)));
  }

  /** Each pair is a list of two: three elements built per pair. */
  private static List<Dval> pairs(Meter meter, List<Dval> as, List<Dval> bs) {
    int n = Math.min(as.size(), bs.size());
    meter.list(3L * n);
    var out = new ArrayList<Dval>(n);
    for (int i = 0; i < n; i++) out.add(Dval.list(List.of(as.get(i), bs.get(i))));
    return out;
  }

  /** The classic backend folds from the last pair backwards, so the last bad pair is the one reported. */
  private static Dval unzip(Meter meter, List<Dval> pairs) {
    for (Dval pair : pairs.reversed()) {
      if (pair instanceof DList l && l.items().size() == 2) continue;
      if (pair.isFake()) throw new BuiltinFailure.FakeValueFound(pair);
      String detail = pair instanceof DList l
          ? ". It has length " + l.items().size() + " but should have length 2"
          : ". It is of type " + pair.typeName() + " instead of `List`";
      throw Errors.fail(Errors.argumentWasnt("pairs", "a list with exactly two values", pair) + detail);
    }
    meter.list(2L * pairs.size());
    var firsts = new ArrayList<Dval>(pairs.size());
    var seconds = new ArrayList<Dval>(pairs.size());
    for (Dval pair : pairs) {
      firsts.add(((DList) pair).items().get(0));
      seconds.add(((DList) pair).items().get(1));
    }
    return new DList(List.of(new DList(firsts), new DList(seconds)));
  }
}
