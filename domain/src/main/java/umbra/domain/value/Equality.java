package umbra.domain.value;

import java.util.List;
import java.util.Map;
import umbra.domain.value.Dval.*;

/**
 * Dark's {@code ==} (language.md A.7.17): structural, different variants never equal, floats
 * compared by IEEE rules (NaN differs from itself, 0.0 equals -0.0), lambdas by their code
 * including expression ids.
 */
public final class Equality {
  private Equality() {}

  public static boolean equal(Dval a, Dval b) {
    return switch (a) {
      case DFloat x -> b instanceof DFloat y && x.value() == y.value();
      case DList x -> b instanceof DList y && all(x.items(), y.items());
      case DTuple x -> b instanceof DTuple y && all(x.elements(), y.elements());
      case DObj x -> b instanceof DObj y && objects(x.fields(), y.fields());
      case DJust x -> b instanceof DJust y && equal(x.value(), y.value());
      case DOk x -> b instanceof DOk y && equal(x.value(), y.value());
      case DErr x -> b instanceof DErr y && equal(x.value(), y.value());
      case DErrorRail x -> b instanceof DErrorRail y && equal(x.value(), y.value());
      case DResponse x -> b instanceof DResponse y && x.code() == y.code()
          && x.headers().equals(y.headers()) && equal(x.body(), y.body());
      default -> a.equals(b);
    };
  }

  private static boolean all(List<Dval> xs, List<Dval> ys) {
    if (xs.size() != ys.size()) return false;
    for (int i = 0; i < xs.size(); i++) {
      if (!equal(xs.get(i), ys.get(i))) return false;
    }
    return true;
  }

  private static boolean objects(Map<String, Dval> xs, Map<String, Dval> ys) {
    if (!xs.keySet().equals(ys.keySet())) return false;
    for (var e : xs.entrySet()) {
      if (!equal(e.getValue(), ys.get(e.getKey()))) return false;
    }
    return true;
  }
}
