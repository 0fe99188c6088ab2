package umbra.domain.value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval.*;

/**
 * Dark's total order on values (language.md A.7.18), the F# structural comparison the classic
 * backend's {@code List.sort}, {@code List.sortBy} and {@code List.uniqueBy} rely on: first the
 * variant in declaration order, then the payload. It is a total preorder (NaN equals NaN, 0.0
 * equals -0.0), so Java's sorts accept it.
 */
public final class Ordering {
  private Ordering() {}

  /** The order as a comparator. */
  public static final Comparator<Dval> DARK = Ordering::compare;

  /** The order as a comparator that charges every value it visits past the first two as a step of work. */
  public static Comparator<Dval> charging(Meter meter) { return (a, b) -> compare(a, b, meter); }

  public static int compare(Dval a, Dval b) { return compare(a, b, Meter.NONE); }

  /**
   * Compares with the pairs still to compare on a stack (no Java recursion, however deep the
   * values): a container pushes, above the result its sizes give when every element ties, its
   * pairs of elements front first. The first pair that differs decides.
   */
  public static int compare(Dval a, Dval b, Meter meter) {
    var pending = new ArrayDeque<Object>(); // pairs (x on top of y), or the Integer a tie leaves
    Dval x = a;
    Dval y = b;
    var visits = new Visits(meter);
    while (true) {
      visits.one();
      int c = Integer.compare(rank(x), rank(y));
      if (c == 0) c = step(x, y, pending);
      if (c == 0) c = next(pending);
      if (c != 0 || pending.isEmpty()) {
        visits.done();
        return c;
      }
      x = (Dval) pending.pop();
      y = (Dval) pending.pop();
    }
  }

  /** Drops the ties on top of the stack: the first result that is not one, or 0 with a pair (or nothing) on top. */
  private static int next(ArrayDeque<Object> pending) {
    while (pending.peek() instanceof Integer tie) {
      pending.pop();
      if (tie != 0) return tie;
    }
    return 0;
  }

  /** One pair of the same variant: its result, or 0 after pushing what decides it. */
  private static int step(Dval a, Dval b, ArrayDeque<Object> pending) {
    return switch (a) {
      case DInt x -> Long.compare(x.value(), ((DInt) b).value());
      case DFloat x -> floats(x.value(), ((DFloat) b).value());
      case DBool x -> Boolean.compare(x.value(), ((DBool) b).value());
      case DNull x -> 0;
      case DStr x -> x.value().compareTo(((DStr) b).value());
      case DChar x -> x.value().compareTo(((DChar) b).value());
      case DList x -> sequences(x.items(), ((DList) b).items(), pending);
      case DTuple x -> sequences(x.elements(), ((DTuple) b).elements(), pending);
      case DObj x -> objects(x.fields(), ((DObj) b).fields(), pending);
      case DFnVal x -> functions(x, (DFnVal) b, pending);
      case DError x -> errors(x, (DError) b);
      case DIncomplete x -> sources(x.source(), ((DIncomplete) b).source());
      case DErrorRail x -> pair(x.value(), ((DErrorRail) b).value(), pending);
      case DHttpResponse x -> responses(x, (DHttpResponse) b, pending);
      case DDB x -> x.name().compareTo(((DDB) b).name());
      case DDate x -> x.value().compareTo(((DDate) b).value());
      case DPassword x -> bytes(x.hash(), ((DPassword) b).hash());
      case DUuid x -> uuids(x, (DUuid) b);
      case DOption x -> options(x, (DOption) b, pending);
      case DResult x -> results(x, (DResult) b, pending);
      case DBytes x -> bytes(x.bytes(), ((DBytes) b).bytes());
    };
  }

  /** Compares {@code x} with {@code y} next. */
  private static int pair(Dval x, Dval y, ArrayDeque<Object> pending) {
    pending.push(y);
    pending.push(x);
    return 0;
  }

  /** Position of the variant in the classic backend's {@code Dval} declaration. */
  private static int rank(Dval v) {
    return switch (v) {
      case DInt x -> 0;
      case DFloat x -> 1;
      case DBool x -> 2;
      case DNull x -> 3;
      case DStr x -> 4;
      case DChar x -> 5;
      case DList x -> 6;
      case DTuple x -> 7;
      case DObj x -> 8;
      case DFnVal x -> 9;
      case DError x -> 10;
      case DIncomplete x -> 11;
      case DErrorRail x -> 12;
      case DHttpResponse x -> 13;
      case DDB x -> 14;
      case DDate x -> 15;
      case DPassword x -> 16;
      case DUuid x -> 17;
      case DOption x -> 18;
      case DResult x -> 19;
      case DBytes x -> 20;
    };
  }

  /** F# {@code compare} on floats: NaN below every number and equal to NaN; 0.0 equals -0.0. */
  static int floats(double x, double y) {
    if (x < y) return -1;
    if (x > y) return 1;
    if (x == y) return 0;
    boolean xNaN = Double.isNaN(x);
    boolean yNaN = Double.isNaN(y);
    return xNaN && yNaN ? 0 : xNaN ? -1 : 1;
  }

  /** Lexicographic; a proper prefix comes first (F# lists). */
  private static int sequences(List<Dval> xs, List<Dval> ys, ArrayDeque<Object> pending) {
    pending.push(Integer.compare(xs.size(), ys.size()));
    for (int i = Math.min(xs.size(), ys.size()) - 1; i >= 0; i--) pair(xs.get(i), ys.get(i), pending);
    return 0;
  }

  /** F# maps compare as their sorted (key, value) sequences: the keys of each pair of entries, then their values. */
  private static int objects(Map<String, Dval> xs, Map<String, Dval> ys, ArrayDeque<Object> pending) {
    var steps = new ArrayList<Object>(); // in order; pushed backwards below
    Iterator<Map.Entry<String, Dval>> i = xs.entrySet().iterator();
    Iterator<Map.Entry<String, Dval>> j = ys.entrySet().iterator();
    while (i.hasNext() && j.hasNext()) {
      var x = i.next();
      var y = j.next();
      steps.add(x.getKey().compareTo(y.getKey()));
      steps.add(x.getValue());
      steps.add(y.getValue());
    }
    pending.push(Boolean.compare(i.hasNext(), j.hasNext()));
    for (int k = steps.size() - 1; k >= 0; k--) pending.push(steps.get(k));
    return 0;
  }

  /**
   * Lambdas before named functions. Lambdas compare by parameters, then captured environment,
   * then the body's expression id: the original compares the whole body tree, which no test
   * observes, and ids already tell textually identical lambdas apart.
   */
  private static int functions(DFnVal a, DFnVal b, ArrayDeque<Object> pending) {
    return switch (a) {
      case DLambda x -> b instanceof DLambda y ? lambdas(x, y, pending) : -1;
      case DNamedFn x -> b instanceof DNamedFn y ? fnNames(x.name(), y.name()) : 1;
    };
  }

  private static int lambdas(DLambda x, DLambda y, ArrayDeque<Object> pending) {
    int n = Math.min(x.params().size(), y.params().size());
    for (int i = 0; i < n; i++) {
      Expr.LambdaParam p = x.params().get(i);
      Expr.LambdaParam q = y.params().get(i);
      int c = Long.compareUnsigned(p.id(), q.id());
      if (c == 0) c = p.name().compareTo(q.name());
      if (c != 0) return c;
    }
    int c = Integer.compare(x.params().size(), y.params().size());
    if (c != 0) return c;
    pending.push(Long.compareUnsigned(x.body().id(), y.body().id()));
    return objects(new TreeMap<>(x.env().toMap()), new TreeMap<>(y.env().toMap()), pending);
  }

  /** {@code FQFnName}: User, then Stdlib, then Package; fields in declaration order. */
  private static int fnNames(FnName a, FnName b) {
    int byKind = Integer.compare(fnKind(a), fnKind(b));
    if (byKind != 0) return byKind;
    return switch (a) {
      case FnName.User x -> x.name().compareTo(((FnName.User) b).name());
      case FnName.Stdlib x -> {
        var y = (FnName.Stdlib) b;
        int c = x.module().compareTo(y.module());
        if (c == 0) c = x.function().compareTo(y.function());
        yield c != 0 ? c : Integer.compare(x.version(), y.version());
      }
      case FnName.Package x -> x.toString().compareTo(b.toString());
    };
  }

  private static int fnKind(FnName n) {
    return switch (n) {
      case FnName.User x -> 0;
      case FnName.Stdlib x -> 1;
      case FnName.Package x -> 2;
    };
  }

  private static int errors(DError x, DError y) {
    int c = sources(x.source(), y.source());
    return c != 0 ? c : x.message().compareTo(y.message());
  }

  /** {@code SourceNone} before {@code SourceID(tlid, id)}; ids are unsigned. */
  private static int sources(ErrorSource a, ErrorSource b) {
    return switch (a) {
      case ErrorSource.None x -> b instanceof ErrorSource.None ? 0 : -1;
      case ErrorSource.At x -> {
        if (!(b instanceof ErrorSource.At y)) yield 1;
        int c = Long.compareUnsigned(x.tlid(), y.tlid());
        yield c != 0 ? c : Long.compareUnsigned(x.exprId(), y.exprId());
      }
    };
  }

  /** {@code Redirect} before {@code Response(code, headers, body)}. */
  private static int responses(DHttpResponse a, DHttpResponse b, ArrayDeque<Object> pending) {
    return switch (a) {
      case DRedirect x -> b instanceof DRedirect y ? x.url().compareTo(y.url()) : -1;
      case DResponse x -> {
        if (!(b instanceof DResponse y)) yield 1;
        int c = Long.compare(x.code(), y.code());
        if (c == 0) c = headers(x.headers(), y.headers());
        yield c != 0 ? c : pair(x.body(), y.body(), pending);
      }
    };
  }

  private static int headers(List<Header> xs, List<Header> ys) {
    int n = Math.min(xs.size(), ys.size());
    for (int i = 0; i < n; i++) {
      int c = xs.get(i).name().compareTo(ys.get(i).name());
      if (c == 0) c = xs.get(i).value().compareTo(ys.get(i).value());
      if (c != 0) return c;
    }
    return Integer.compare(xs.size(), ys.size());
  }

  /** .NET {@code Guid.CompareTo}: unsigned, in the order the canonical text shows the digits. */
  private static int uuids(DUuid x, DUuid y) {
    int c = Long.compareUnsigned(x.value().getMostSignificantBits(), y.value().getMostSignificantBits());
    return c != 0 ? c : Long.compareUnsigned(x.value().getLeastSignificantBits(), y.value().getLeastSignificantBits());
  }

  /** {@code None} before {@code Some}. */
  private static int options(DOption a, DOption b, ArrayDeque<Object> pending) {
    return switch (a) {
      case DNothing x -> b instanceof DNothing ? 0 : -1;
      case DJust x -> b instanceof DJust y ? pair(x.value(), y.value(), pending) : 1;
    };
  }

  /** {@code Ok} before {@code Error}. */
  private static int results(DResult a, DResult b, ArrayDeque<Object> pending) {
    return switch (a) {
      case DOk x -> b instanceof DOk y ? pair(x.value(), y.value(), pending) : -1;
      case DErr x -> b instanceof DErr y ? pair(x.value(), y.value(), pending) : 1;
    };
  }

  /** F# arrays compare by length first, then byte by byte (unsigned). */
  private static int bytes(byte[] x, byte[] y) {
    if (x.length != y.length) return Integer.compare(x.length, y.length);
    return Arrays.compareUnsigned(x, y);
  }
}
