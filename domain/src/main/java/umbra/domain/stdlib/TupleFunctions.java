package umbra.domain.stdlib;

import java.util.List;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DTuple;

/**
 * The Tuple2 and Tuple3 modules. A tuple of another arity is a wrong argument. The mapping
 * functions store whatever the lambda returns, fake values included, as Dark did.
 */
final class TupleFunctions {
  private TupleFunctions() {}

  private static final String PAIR = "('a, 'b)";
  private static final String TRIPLE = "('a, 'b, 'c)";

  static void register(Registry.Builder r) {
    pairs(r);
    triples(r);
  }

  private static void pairs(Registry.Builder r) {
    r.fn("Tuple2::create_v0", "first: 'a, second: 'b -> " + PAIR, "A pair of the two values")
        .plain(a -> tuple(a.get(0), a.get(1)));
    r.fn("Tuple2::first_v0", "tuple: " + PAIR + " -> 'a", "The first value of a pair")
        .plain(a -> elements(a, 0, 2).get(0));
    r.fn("Tuple2::second_v0", "tuple: " + PAIR + " -> 'b", "The second value of a pair")
        .plain(a -> elements(a, 0, 2).get(1));
    r.fn("Tuple2::swap_v0", "tuple: " + PAIR + " -> ('b, 'a)", "The pair with its values swapped")
        .plain(a -> tuple(elements(a, 0, 2).get(1), elements(a, 0, 2).get(0)));
    r.fn("Tuple2::mapFirst_v0", "fn: Fn<('a) -> 'c>[val], tuple: " + PAIR + " -> ('c, 'b)", "Transforms the first value of a pair")
        .stepping((ctx, a) -> mapEach(List.of(a.fn(0)), elements(a, 1, 2), 0));
    r.fn("Tuple2::mapSecond_v0", "fn: Fn<('b) -> 'c>[val], tuple: " + PAIR + " -> ('a, 'c)", "Transforms the second value of a pair")
        .stepping((ctx, a) -> mapEach(List.of(a.fn(0)), elements(a, 1, 2), 1));
    r.fn("Tuple2::mapBoth_v0", "fnFirst: Fn<('a) -> 'c>[val], fnSecond: Fn<('b) -> 'd>[val], tuple: " + PAIR
        + " -> ('c, 'd)", "Transforms both values of a pair")
        .stepping((ctx, a) -> mapEach(List.of(a.fn(0), a.fn(1)), elements(a, 2, 2), 0));
  }

  private static void triples(Registry.Builder r) {
    r.fn("Tuple3::create_v0", "first: 'a, second: 'b, third: 'c -> " + TRIPLE, "A triple of the three values")
        .plain(a -> tuple(a.get(0), a.get(1), a.get(2)));
    r.fn("Tuple3::first_v0", "tuple: " + TRIPLE + " -> 'a", "The first value of a triple")
        .plain(a -> elements(a, 0, 3).get(0));
    r.fn("Tuple3::second_v0", "tuple: " + TRIPLE + " -> 'b", "The second value of a triple")
        .plain(a -> elements(a, 0, 3).get(1));
    r.fn("Tuple3::third_v0", "tuple: " + TRIPLE + " -> 'c", "The third value of a triple")
        .plain(a -> elements(a, 0, 3).get(2));
    r.fn("Tuple3::mapFirst_v0", "fn: Fn<('a) -> 'd>[val], tuple: " + TRIPLE + " -> ('d, 'b, 'c)", "Transforms the first value of a triple")
        .stepping((ctx, a) -> mapEach(List.of(a.fn(0)), elements(a, 1, 3), 0));
    r.fn("Tuple3::mapSecond_v0", "fn: Fn<('b) -> 'd>[val], tuple: " + TRIPLE + " -> ('a, 'd, 'c)", "Transforms the second value of a triple")
        .stepping((ctx, a) -> mapEach(List.of(a.fn(0)), elements(a, 1, 3), 1));
    r.fn("Tuple3::mapThird_v0", "fn: Fn<('c) -> 'd>[val], tuple: " + TRIPLE + " -> ('a, 'b, 'd)", "Transforms the third value of a triple")
        .stepping((ctx, a) -> mapEach(List.of(a.fn(0)), elements(a, 1, 3), 2));
    r.fn("Tuple3::mapAllThree_v0", "fnFirst: Fn<('a) -> 'd>[val], fnSecond: Fn<('b) -> 'e>[val], fnThird: Fn<('c) -> 'f>[val], tuple: "
        + TRIPLE + " -> ('d, 'e, 'f)", "Transforms all three values of a triple")
        .stepping((ctx, a) -> mapEach(List.of(a.fn(0), a.fn(1), a.fn(2)), elements(a, 3, 3), 0));
  }

  /** The elements of argument {@code i}, which must be a tuple of exactly {@code arity}. */
  private static List<Dval> elements(Args a, int i, int arity) {
    List<Dval> items = a.tuple(i).elements();
    if (items.size() != arity) throw new BuiltinFailure.IncorrectArgs();
    return items;
  }

  private static DTuple tuple(Dval... items) {
    return new DTuple(items[0], items[1], List.of(items).subList(2, items.length));
  }

  /** Applies {@code fns} in order to the elements from {@code start} on, keeping the others. */
  private static Step mapEach(List<Dval> fns, List<Dval> items, int start) {
    return mapFrom(fns, 0, new java.util.ArrayList<>(items), start);
  }

  private static Step mapFrom(List<Dval> fns, int k, List<Dval> items, int start) {
    if (k == fns.size()) return Step.value(tuple(items.toArray(Dval[]::new)));
    return Step.call(fns.get(k), List.of(items.get(start + k)), result -> {
      items.set(start + k, result);
      return mapFrom(fns, k + 1, items, start);
    });
  }
}
