package umbra.domain.datastore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;

/**
 * A datastore as running code sees it (backend.md 7): its name, the toplevel id its rows are
 * stored under, and its columns in order. Only columns with both a name and a type count; the
 * editor's half-typed columns are not part of the schema yet.
 */
public record Datastore(String name, long tlid, List<Column> columns) {

  /** Every datastore has user version 0: Dark never shipped schema migrations. */
  public static final int USER_VERSION = 0;
  /** The storage format's version; bump it only with a migration of user data. */
  public static final int DARK_VERSION = 0;

  public Datastore { columns = List.copyOf(columns); }

  public record Column(String name, DType type) {}

  public static Datastore of(Toplevel.Db db) {
    var cols = new ArrayList<Column>();
    for (Toplevel.Db.Column c : db.cols()) {
      if (c.name().isPresent() && !c.name().get().isEmpty() && c.type().isPresent()) {
        cols.add(new Column(c.name().get(), c.type().get()));
      }
    }
    return new Datastore(db.name(), db.tlid(), cols);
  }

  /** The column's type, by name. */
  public Optional<DType> columnType(String column) {
    for (Column c : columns) {
      if (c.name().equals(column)) return Optional.of(c.type());
    }
    return Optional.empty();
  }

  public List<String> columnNames() {
    var names = new ArrayList<String>(columns.size());
    for (Column c : columns) names.add(c.name());
    return names;
  }

  /** Column name to type, in column order. */
  public Map<String, DType> columnTypes() {
    var m = new LinkedHashMap<String, DType>();
    for (Column c : columns) m.put(c.name(), c.type());
    return m;
  }
}
