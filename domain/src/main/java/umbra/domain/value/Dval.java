package umbra.domain.value;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;

/**
 * Every runtime value of Dark (language.md A.6). Java's {@code equals} on these records is
 * structural and is what collections use; Dark's own {@code ==} has IEEE float rules and lives
 * in {@link Equality}. The containers' {@code equals} and {@code hashCode} walk with a stack on
 * the heap ({@link Equality}), so a value nested 100,000 deep compares and hashes safely.
 */
public sealed interface Dval {

  DNull NULL = new DNull();
  DBool TRUE = new DBool(true);
  DBool FALSE = new DBool(false);
  DNothing NOTHING = new DNothing();
  DIncomplete INCOMPLETE = new DIncomplete(ErrorSource.NONE);

  record DInt(long value) implements Dval {}

  record DFloat(double value) implements Dval {}

  record DBool(boolean value) implements Dval {
    public static DBool of(boolean b) { return b ? TRUE : FALSE; }
  }

  record DNull() implements Dval {}

  /** A Unicode string, kept NFC-normalized by whoever builds it from outside data. */
  record DStr(String value) implements Dval {}

  /** Exactly one extended grapheme cluster. */
  record DChar(String value) implements Dval {}

  /** The items are kept as {@link Items}, persistent: a list built from another shares its elements. */
  record DList(List<Dval> items) implements Dval {
    public DList { items = Items.of(items); }

    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }
  }

  /** Arity is always at least two. */
  record DTuple(Dval first, Dval second, List<Dval> rest) implements Dval {
    public DTuple { rest = List.copyOf(rest); }

    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }

    public List<Dval> elements() {
      var all = new java.util.ArrayList<Dval>(2 + rest.size());
      all.add(first);
      all.add(second);
      all.addAll(rest);
      return all;
    }
  }

  /**
   * A dict or record; keys iterate in ordinal (UTF-16) order. The entries are kept as
   * {@link Fields}, persistent: a dict built from another shares its entries.
   */
  record DObj(SortedMap<String, Dval> fields) implements Dval {
    public DObj { fields = Fields.of(fields); }

    public static DObj of(Map<String, Dval> fields) { return new DObj(Fields.of(fields)); }

    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }
  }

  sealed interface DFnVal extends Dval {}

  /** A closure: the environment it captured when the {@code fun} was evaluated. */
  record DLambda(List<Expr.LambdaParam> params, Symtable env, Expr body) implements DFnVal {
    public DLambda { params = List.copyOf(params); }
  }

  /** A reference to a named function (the value of {@code EFQFnValue}). */
  record DNamedFn(FnName name) implements DFnVal {}

  /** A Dark error: a value, not an exception. */
  record DError(ErrorSource source, String message) implements Dval {
    public DError(String message) { this(ErrorSource.NONE, message); }
  }

  /** "Code not finished": what a blank evaluates to. */
  record DIncomplete(ErrorSource source) implements Dval {}

  /** A value that left the happy path through the error rail. */
  record DErrorRail(Dval value) implements Dval {
    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }
  }

  sealed interface DHttpResponse extends Dval {}

  record DRedirect(String url) implements DHttpResponse {}

  record Header(String name, String value) {}

  record DResponse(long code, List<Header> headers, Dval body) implements DHttpResponse {
    public DResponse { headers = List.copyOf(headers); }

    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }
  }

  /** A reference to a user datastore, by name. */
  record DDB(String name) implements Dval {}

  /** A UTC date-time. */
  record DDate(LocalDateTime value) implements Dval {}

  /** A password hash; never printed. */
  record DPassword(byte[] hash) implements Dval {
    @Override public boolean equals(Object o) { return o instanceof DPassword p && Arrays.equals(hash, p.hash); }
    @Override public int hashCode() { return Arrays.hashCode(hash); }
    @Override public String toString() { return "DPassword[<hidden>]"; }
  }

  record DUuid(UUID value) implements Dval {}

  sealed interface DOption extends Dval {}

  record DJust(Dval value) implements DOption {
    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }
  }

  record DNothing() implements DOption {}

  sealed interface DResult extends Dval {}

  record DOk(Dval value) implements DResult {
    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }
  }

  record DErr(Dval value) implements DResult {
    @Override public boolean equals(Object o) { return Equality.javaEquals(this, o); }

    @Override public int hashCode() { return Equality.hash(this); }
  }

  record DBytes(byte[] bytes) implements Dval {
    @Override public boolean equals(Object o) { return o instanceof DBytes b && Arrays.equals(bytes, b.bytes); }
    @Override public int hashCode() { return Arrays.hashCode(bytes); }
    @Override public String toString() { return "DBytes" + Arrays.toString(bytes); }
  }

  /** Fake values model control flow (A.6): errors, blanks and the error rail. */
  default boolean isFake() {
    return this instanceof DError || this instanceof DIncomplete || this instanceof DErrorRail;
  }

  /** The type name used in messages ({@code DvalReprDeveloper.typeName}). */
  default String typeName() {
    return switch (this) {
      case DInt i -> "Int";
      case DFloat f -> "Float";
      case DBool b -> "Bool";
      case DNull n -> "Null";
      case DStr s -> "Str";
      case DChar c -> "Character";
      case DList l -> "List";
      case DTuple t -> "Tuple";
      case DObj o -> "Dict";
      case DFnVal f -> "Block";
      case DError e -> "Error";
      case DIncomplete i -> "Incomplete";
      case DErrorRail r -> "ErrorRail";
      case DHttpResponse r -> "Response";
      case DDB d -> "Datastore";
      case DDate d -> "Date";
      case DPassword p -> "Password";
      case DUuid u -> "UUID";
      case DOption o -> "Option";
      case DResult r -> "Result";
      case DBytes b -> "Bytes";
    };
  }

  static DStr str(String s) { return new DStr(s); }

  static DInt integer(long i) { return new DInt(i); }

  static DError error(String message) { return new DError(ErrorSource.NONE, message); }

  /** {@code Dval.list}: the first fake element wins, otherwise a list. */
  static Dval list(List<Dval> items) {
    for (Dval d : items) {
      if (d.isFake()) return d;
    }
    return new DList(items);
  }

  /** {@code Dval.optionJust}: a fake payload replaces the option. */
  static Dval just(Dval v) { return v.isFake() ? v : new DJust(v); }

  static Dval ok(Dval v) { return v.isFake() ? v : new DOk(v); }

  static Dval err(Dval v) { return v.isFake() ? v : new DErr(v); }

  /**
   * The stdlib's {@code Dval.obj}: blank keys and incomplete values are skipped, a fake value
   * becomes the result, a repeated key is an error; once the result is fake, later pairs are ignored.
   */
  static Dval obj(List<Map.Entry<String, Dval>> pairs) {
    var fields = new TreeMap<String, Dval>();
    for (var pair : pairs) {
      String key = pair.getKey();
      Dval value = pair.getValue();
      if (key.isEmpty() || value instanceof DIncomplete) continue;
      if (value.isFake()) return value;
      if (fields.containsKey(key)) return error("Duplicate key: " + key);
      fields.put(key, value);
    }
    return new DObj(fields);
  }
}
