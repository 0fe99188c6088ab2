package umbra.domain.value;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import umbra.domain.value.Dval.*;

/**
 * Dark's {@code ==} (language.md A.7.17): structural, different variants never equal, floats
 * compared by IEEE rules (NaN differs from itself, 0.0 equals -0.0), lambdas by their code
 * including expression ids.
 */
public final class Equality {
  private Equality() {}

  public static boolean equal(Dval a, Dval b) { return structurally(a, b, Equality::darkLeaf); }

  /**
   * Compares containers (lists, tuples, dicts, options, results, the error rail, responses)
   * element by element and hands everything else to {@code leaf}. Dark's {@code ==} and the test
   * harness's tolerant {@code =} differ only in their leaves.
   */
  public static boolean structurally(Dval a, Dval b, BiPredicate<Dval, Dval> leaf) {
    return switch (a) {
      case DList x -> b instanceof DList y && all(x.items(), y.items(), leaf);
      case DTuple x -> b instanceof DTuple y && all(x.elements(), y.elements(), leaf);
      case DObj x -> b instanceof DObj y && objects(x.fields(), y.fields(), leaf);
      case DJust x -> b instanceof DJust y && structurally(x.value(), y.value(), leaf);
      case DOk x -> b instanceof DOk y && structurally(x.value(), y.value(), leaf);
      case DErr x -> b instanceof DErr y && structurally(x.value(), y.value(), leaf);
      case DErrorRail x -> b instanceof DErrorRail y && structurally(x.value(), y.value(), leaf);
      case DResponse x -> b instanceof DResponse y && x.code() == y.code()
          && x.headers().equals(y.headers()) && structurally(x.body(), y.body(), leaf);
      default -> leaf.test(a, b);
    };
  }

  /** IEEE for floats (NaN differs from itself, 0.0 equals -0.0), structural for the rest. */
  private static boolean darkLeaf(Dval a, Dval b) {
    return a instanceof DFloat x ? b instanceof DFloat y && x.value() == y.value() : a.equals(b);
  }

  private static boolean all(List<Dval> xs, List<Dval> ys, BiPredicate<Dval, Dval> leaf) {
    if (xs.size() != ys.size()) return false;
    for (int i = 0; i < xs.size(); i++) {
      if (!structurally(xs.get(i), ys.get(i), leaf)) return false;
    }
    return true;
  }

  private static boolean objects(Map<String, Dval> xs, Map<String, Dval> ys, BiPredicate<Dval, Dval> leaf) {
    if (!xs.keySet().equals(ys.keySet())) return false;
    for (var e : xs.entrySet()) {
      if (!structurally(e.getValue(), ys.get(e.getKey()), leaf)) return false;
    }
    return true;
  }
}
