package umbra.domain.stdlib;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * A builtin's arguments with typed accessors. An accessor that meets the wrong kind of value
 * throws {@link BuiltinFailure.IncorrectArgs}, which the interpreter turns into the
 * "was called with a X, but `p` expected a Y" message.
 */
public record Args(List<Dval> values) {

  public Args { values = List.copyOf(values); }

  public static Args of(Dval... values) { return new Args(List.of(values)); }

  public int size() { return values.size(); }

  public Dval get(int i) { return values.get(i); }

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
    Dval v = values.get(i);
    if (kind.isInstance(v)) return kind.cast(v);
    throw new BuiltinFailure.IncorrectArgs();
  }
}
