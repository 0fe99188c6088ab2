package umbra.domain.stdlib;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.UUID;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;

/**
 * A builtin's arguments with typed accessors. An accessor that meets the wrong kind of value
 * throws {@link BuiltinFailure.IncorrectArgs}, which the interpreter turns into the
 * "was called with a X, but `p` expected a Y" message.
 *
 * <p>Immutable. The interpreter builds one per call, so the first two values (most builtins take
 * one or two) live in fields rather than in a list of their own. It also carries the
 * {@link #meter} of the evaluation making the call: how a builtin pays for its work.
 */
public final class Args {
  private final Dval first;
  private final Dval second;
  /** Every value when there are more than two, else null. The fields tell the size: no field for it. */
  private final List<Dval> many;
  private final Meter meter;

  /** Arguments of a call outside any evaluation: nothing is charged. */
  public Args(List<Dval> values) { this(Meter.NONE, values); }

  public Args(Meter meter, List<Dval> values) {
    List<Dval> copy = List.copyOf(values);
    this.first = copy.size() > 0 ? copy.get(0) : null;
    this.second = copy.size() > 1 ? copy.get(1) : null;
    this.many = copy.size() > 2 ? copy : null;
    this.meter = meter;
  }

  private Args(Meter meter, Dval first, Dval second) {
    this.first = first;
    this.second = second;
    this.many = null;
    this.meter = meter;
  }

  public static Args of(Dval... values) { return new Args(List.of(values)); }

  public static Args of(Dval only) { return of(Meter.NONE, only); }

  public static Args of(Dval first, Dval second) { return of(Meter.NONE, first, second); }

  public static Args of(Meter meter, Dval only) { return new Args(meter, Objects.requireNonNull(only), null); }

  public static Args of(Meter meter, Dval first, Dval second) {
    return new Args(meter, Objects.requireNonNull(first), Objects.requireNonNull(second));
  }

  /** What the builtin charges its work and the values it builds to (see {@link Meter}). */
  public Meter meter() { return meter; }

  public int size() { return many != null ? many.size() : second != null ? 2 : first != null ? 1 : 0; }

  public Dval get(int i) {
    if (i == 0 && first != null) return first;
    if (i == 1 && second != null) return second;
    if (many != null) return many.get(i);
    throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + size());
  }

  /** The values as an immutable list. */
  public List<Dval> values() {
    if (many != null) return many;
    return second != null ? List.of(first, second) : first != null ? List.of(first) : List.of();
  }

  public long integer(int i) { return as(i, DInt.class).value(); }

  public double flt(int i) { return as(i, DFloat.class).value(); }

  public boolean bool(int i) { return as(i, DBool.class).value(); }

  public String str(int i) { return as(i, DStr.class).value(); }

  public String chr(int i) { return as(i, DChar.class).value(); }

  public List<Dval> list(int i) { return as(i, DList.class).items(); }

  public SortedMap<String, Dval> obj(int i) { return as(i, DObj.class).fields(); }

  public DFnVal fn(int i) { return as(i, DFnVal.class); }

  public LocalDateTime date(int i) { return as(i, DDate.class).value(); }

  public UUID uuid(int i) { return as(i, DUuid.class).value(); }

  public byte[] bytes(int i) { return as(i, DBytes.class).bytes(); }

  public DOption option(int i) { return as(i, DOption.class); }

  public DResult result(int i) { return as(i, DResult.class); }

  public DTuple tuple(int i) { return as(i, DTuple.class); }

  public <T extends Dval> T as(int i, Class<T> kind) {
    Dval v = get(i);
    if (kind.isInstance(v)) return kind.cast(v);
    throw new BuiltinFailure.IncorrectArgs();
  }

  @Override public boolean equals(Object o) { return o instanceof Args a && values().equals(a.values()); }

  @Override public int hashCode() { return values().hashCode(); }

  @Override public String toString() { return "Args" + values(); }
}
