package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;

/**
 * Combinators for builtins that call Dark functions (lambdas) on many values. Each call is a
 * {@link Step.Call} the interpreter performs; the loop continues in the continuation, so nothing
 * here grows the Java stack.
 */
public final class Steps {
  private Steps() {}

  /** Calls {@code fn} on each argument list in order, then hands all results to {@code done}. */
  public static Step mapAll(Dval fn, List<List<Dval>> argLists, Function<List<Dval>, Step> done) {
    return mapFrom(fn, argLists, 0, new ArrayList<>(argLists.size()), done);
  }

  private static Step mapFrom(Dval fn, List<List<Dval>> argLists, int i, List<Dval> acc, Function<List<Dval>, Step> done) {
    if (i == argLists.size()) return done.apply(acc);
    return Step.call(fn, argLists.get(i), result -> {
      acc.add(result);
      return mapFrom(fn, argLists, i + 1, acc, done);
    });
  }

  /**
   * Calls {@code fn} on each item; {@code check} sees each result and returns null to go on, or
   * a Step to stop with. {@code done} receives all results when nothing stopped the loop.
   */
  public static Step eachUntil(Dval fn, List<List<Dval>> argLists, BiFunction<Integer, Dval, Step> check,
      Function<List<Dval>, Step> done) {
    return eachFrom(fn, argLists, 0, new ArrayList<>(argLists.size()), check, done);
  }

  private static Step eachFrom(Dval fn, List<List<Dval>> argLists, int i, List<Dval> acc,
      BiFunction<Integer, Dval, Step> check, Function<List<Dval>, Step> done) {
    if (i == argLists.size()) return done.apply(acc);
    return Step.call(fn, argLists.get(i), result -> {
      Step stop = check.apply(i, result);
      if (stop != null) return stop;
      acc.add(result);
      return eachFrom(fn, argLists, i + 1, acc, check, done);
    });
  }

  /** Folds left: {@code step(acc, item)} is a Dark call producing the next accumulator. */
  public static Step fold(Dval fn, Dval init, List<Dval> items, Function<Dval, Step> done) {
    return foldFrom(fn, init, items, 0, done);
  }

  private static Step foldFrom(Dval fn, Dval acc, List<Dval> items, int i, Function<Dval, Step> done) {
    if (i == items.size()) return done.apply(acc);
    return Step.call(fn, List.of(acc, items.get(i)), next -> foldFrom(fn, next, items, i + 1, done));
  }

  /** Each item as a one-argument list. */
  public static List<List<Dval>> singles(List<Dval> items) {
    var out = new ArrayList<List<Dval>>(items.size());
    for (Dval d : items) out.add(List.of(d));
    return out;
  }
}
