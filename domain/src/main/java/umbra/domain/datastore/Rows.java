package umbra.domain.datastore;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import umbra.domain.syntax.DType;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;

/**
 * The schema rules for rows (backend.md 7): a written object must have exactly the datastore's
 * columns, each value of its column's type or null; a stored object gets null for columns added
 * since it was written, loses a stray {@code id} key, and is checked the same way on the way out.
 */
public final class Rows {
  private Rows() {}

  /** The object as written, or the error a user reads. */
  public static Either<String, DObj> checkWrite(Datastore db, DObj row) {
    return check(db, row.fields());
  }

  /** A stored object made current (missing columns as null, no stray id), then checked. */
  public static Either<String, DObj> checkRead(Datastore db, DObj stored) {
    var fields = new TreeMap<>(stored.fields());
    if (db.columnType("id").isEmpty()) fields.remove("id");
    for (String column : db.columnNames()) fields.putIfAbsent(column, Dval.NULL);
    return check(db, fields);
  }

  private static Either<String, DObj> check(Datastore db, SortedMap<String, Dval> fields) {
    Map<String, DType> columns = db.columnTypes();
    var expected = new TreeSet<>(columns.keySet());
    var actual = new TreeSet<>(fields.keySet());
    if (!expected.equals(actual)) return Either.left(mismatch(expected, actual));
    for (var e : fields.entrySet()) {
      DType type = columns.get(e.getKey());
      if (!fits(type, e.getValue())) return Either.left(typeError(e.getKey(), type, e.getValue()));
    }
    return Either.right(new DObj(new TreeMap<>(fields)));
  }

  /** Loose, as Dark's: a list column takes any list, a dict or record column any object. */
  static boolean fits(DType type, Dval v) {
    if (v instanceof DNull) return true;
    return switch (type) {
      case DType.TInt t -> v instanceof DInt;
      case DType.TFloat t -> v instanceof DFloat;
      case DType.TStr t -> v instanceof DStr;
      case DType.TBool t -> v instanceof DBool;
      case DType.TDate t -> v instanceof DDate;
      case DType.TList t -> v instanceof DList;
      case DType.TPassword t -> v instanceof DPassword;
      case DType.TUuid t -> v instanceof DUuid;
      case DType.TDict t -> v instanceof DObj;
      case DType.TRecord t -> v instanceof DObj;
      case DType.TUserType t -> v instanceof DObj;
      default -> false;
    };
  }

  public static String typeError(String column, DType expected, Dval actual) {
    return "Expected a value of type " + expected.displayName() + " but got a " + actual.typeName() + " (`"
        + Repr.toRepr(actual) + "`) in column " + column;
  }

  private static String mismatch(TreeSet<String> expected, TreeSet<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    String missingMsg = "Expected but did not find: [" + String.join(", ", missing) + "]";
    String extraMsg = "Found but did not expect: [" + String.join(", ", extra) + "]";
    if (!missing.isEmpty() && !extra.isEmpty()) return missingMsg + " & " + extraMsg;
    return missing.isEmpty() ? extraMsg : missingMsg;
  }
}
