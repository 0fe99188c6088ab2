package umbra.domain.value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable environment: name to value. Binding is O(1) and shares the parent, so closures
 * capture their environment for free; the newest binding of a name wins.
 */
public final class Symtable {
  private static final Symtable EMPTY = new Symtable(Map.of(), null, null, null);

  private final Map<String, Dval> base;
  private final String name;
  private final Dval value;
  private final Symtable parent;

  private Symtable(Map<String, Dval> base, String name, Dval value, Symtable parent) {
    this.base = base;
    this.name = name;
    this.value = value;
    this.parent = parent;
  }

  public static Symtable empty() { return EMPTY; }

  public static Symtable of(Map<String, Dval> bindings) {
    return bindings.isEmpty() ? EMPTY : new Symtable(Map.copyOf(bindings), null, null, null);
  }

  public Symtable bind(String name, Dval value) {
    return new Symtable(base, Objects.requireNonNull(name), Objects.requireNonNull(value), this);
  }

  /** The bound value, or null. */
  public Dval lookup(String key) {
    for (Symtable t = this; t != null; t = t.parent) {
      if (t.name == null) return t.base.get(key);
      if (t.name.equals(key)) return t.value;
    }
    return null;
  }

  /** Every visible binding, newest winning. */
  public Map<String, Dval> toMap() {
    var out = new LinkedHashMap<String, Dval>();
    for (Symtable t = this; t != null; t = t.parent) {
      if (t.name == null) {
        t.base.forEach(out::putIfAbsent);
        break;
      }
      out.putIfAbsent(t.name, t.value);
    }
    return out;
  }

  @Override public boolean equals(Object o) {
    return o instanceof Symtable s && toMap().equals(s.toMap());
  }

  @Override public int hashCode() { return toMap().hashCode(); }

  @Override public String toString() { return "Symtable" + toMap(); }
}
