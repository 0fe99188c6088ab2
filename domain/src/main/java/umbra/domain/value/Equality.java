package umbra.domain.value;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import umbra.domain.value.Dval.*;

/**
 * Dark's {@code ==} (language.md A.7.17): structural, different variants never equal, floats
 * compared by IEEE rules (NaN differs from itself, 0.0 equals -0.0), lambdas by their code
 * including expression ids. Also the structural {@code equals} and {@code hashCode} of the
 * container values. Every walk here keeps its pending work on the heap, so a value nested
 * however deep cannot overflow the Java stack.
 */
public final class Equality {
  private Equality() {}

  public static boolean equal(Dval a, Dval b) { return equal(a, b, Meter.NONE); }

  /** Dark's {@code ==}, charging every value visited past the first as a step of work. */
  public static boolean equal(Dval a, Dval b, Meter meter) { return walk(a, b, Equality::darkLeaf, false, meter); }

  /**
   * Compares containers (lists, tuples, dicts, options, results, the error rail, responses)
   * element by element and hands everything else to {@code leaf}. Dark's {@code ==} and the test
   * harness's tolerant {@code =} differ only in their leaves.
   */
  public static boolean structurally(Dval a, Dval b, BiPredicate<Dval, Dval> leaf) {
    return walk(a, b, leaf, false, Meter.NONE);
  }

  /** Java's {@code equals} of a container value: the same walk, records' own {@code equals} at the leaves. */
  static boolean javaEquals(Dval a, Object b) { return b instanceof Dval d && walk(a, d, Object::equals, true, Meter.NONE); }

  /** IEEE for floats (NaN differs from itself, 0.0 equals -0.0), structural for the rest. */
  private static boolean darkLeaf(Dval a, Dval b) {
    return a instanceof DFloat x ? b instanceof DFloat y && x.value() == y.value() : a.equals(b);
  }

  /**
   * The pairs still to compare wait on a stack (two entries per pair). {@code sameIsEqual}: the
   * one value compared with itself is equal without a look inside, true for Java's reflexive
   * {@code equals} but not for Dark's {@code ==}, where a list holding NaN differs from itself.
   */
  private static boolean walk(Dval a, Dval b, BiPredicate<Dval, Dval> leaf, boolean sameIsEqual, Meter meter) {
    if (!holdsValues(a)) return sameIsEqual && a == b || leaf.test(a, b); // the usual case: no walk to set up
    ArrayDeque<Dval> pending = null;
    Dval x = a;
    Dval y = b;
    var visits = new Visits(meter);
    while (true) {
      visits.one();
      if (!(sameIsEqual && x == y)) {
        Dval payload = payload(x);
        if (payload != null) { // a wrapper: its payloads are the next pair, nothing waits
          if (y.getClass() != x.getClass()) return false;
          x = payload;
          y = payload(y);
          continue;
        }
        switch (x) {
          case DList l -> {
            if (!(y instanceof DList m) || l.items().size() != m.items().size()) return false;
            pending = pairs(pending, l.items(), m.items());
          }
          case DTuple t -> {
            if (!(y instanceof DTuple u) || t.rest().size() != u.rest().size()) return false;
            pending = pairs(pending, t.elements(), u.elements());
          }
          case DObj o -> {
            if (!(y instanceof DObj p)) return false;
            pending = stack(pending);
            if (!entries(o.fields(), p.fields(), pending)) return false;
          }
          case DResponse r -> {
            if (!(y instanceof DResponse s) || r.code() != s.code() || !r.headers().equals(s.headers())) return false;
            pending = stack(pending);
            pending.push(s.body());
            pending.push(r.body());
          }
          default -> {
            if (!leaf.test(x, y)) return false;
          }
        }
      }
      if (pending == null || pending.isEmpty()) {
        visits.done();
        return true;
      }
      x = pending.pop();
      y = pending.pop();
    }
  }

  private static boolean holdsValues(Dval v) {
    return v instanceof DList || v instanceof DObj || v instanceof DTuple || v instanceof DResponse || payload(v) != null;
  }

  /** What a one-value wrapper (Just, Ok, Error, the error rail) holds; null for anything else. */
  private static Dval payload(Dval v) {
    return switch (v) {
      case DJust j -> j.value();
      case DOk o -> o.value();
      case DErr e -> e.value();
      case DErrorRail r -> r.value();
      default -> null;
    };
  }

  private static ArrayDeque<Dval> stack(ArrayDeque<Dval> pending) { return pending != null ? pending : new ArrayDeque<>(); }

  private static ArrayDeque<Dval> pairs(ArrayDeque<Dval> pending, List<Dval> xs, List<Dval> ys) {
    ArrayDeque<Dval> out = stack(pending);
    for (int i = xs.size() - 1; i >= 0; i--) { // pushed backwards: compared front to back
      out.push(ys.get(i));
      out.push(xs.get(i));
    }
    return out;
  }

  /** Same keys (no dict holds null values), and each pair of values pending. */
  private static boolean entries(Map<String, Dval> xs, Map<String, Dval> ys, ArrayDeque<Dval> pending) {
    if (xs.size() != ys.size()) return false;
    for (var e : xs.entrySet()) {
      Dval other = ys.get(e.getKey());
      if (other == null) return false;
      pending.push(other);
      pending.push(e.getValue());
    }
    return true;
  }

  /**
   * The {@code hashCode} of a container value, consistent with {@link #javaEquals}: the values
   * in a fixed walk order, each folded in by its variant and size (leaves by their own hash).
   * Equal values walk the same sequence, so they hash the same.
   */
  static int hash(Dval root) {
    var pending = new ArrayDeque<Dval>();
    int h = 1;
    Dval v = root;
    while (true) {
      h = 31 * h + own(v, pending);
      if (pending.isEmpty()) return h;
      v = pending.pop();
    }
  }

  /** What a value adds to the hash by itself (its variant and size, a leaf its own hash); its parts go on {@code pending}. */
  private static int own(Dval v, ArrayDeque<Dval> pending) {
    Dval payload = payload(v);
    if (payload != null) {
      pending.push(payload);
      return v.getClass().getSimpleName().hashCode();
    }
    return switch (v) {
      case DList l -> {
        l.items().forEach(pending::push);
        yield 1_000_003 * l.items().size() + 1;
      }
      case DTuple t -> {
        t.elements().forEach(pending::push);
        yield 1_000_003 * t.rest().size() + 2;
      }
      case DObj o -> {
        int keys = 1_000_003 * o.fields().size() + 3;
        for (var e : o.fields().entrySet()) {
          keys = 31 * keys + e.getKey().hashCode();
          pending.push(e.getValue());
        }
        yield keys;
      }
      case DResponse r -> {
        pending.push(r.body());
        yield 31 * Long.hashCode(r.code()) + r.headers().hashCode();
      }
      default -> v.hashCode();
    };
  }
}
