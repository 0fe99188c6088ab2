package umbra.domain.datastore;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.datastore.DatastoreCommand.Read;
import umbra.domain.datastore.DatastoreCommand.Selection;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The result of a read, from the rows the storage returned (pure, so a trace can show it). */
public final class Answers {
  private Answers() {}

  /** A row as stored: its key and its object, not yet made current or checked. */
  public record StoredRow(String key, DObj data) {}

  /** The read's result, or the schema error of the first row that does not fit. */
  public static Dval of(Read read, List<StoredRow> stored) {
    var rows = new ArrayList<Row>(stored.size());
    for (StoredRow s : stored) {
      Either<String, DObj> checked = Rows.checkRead(read.store(), s.data());
      if (checked.isLeft()) return Dval.error(checked.getLeft());
      rows.add(new Row(s.key(), checked.get()));
    }
    if (read.selection() instanceof Selection.Keys k) inRequestedOrder(rows, k.keys());
    return shape(read, rows);
  }

  private record Row(String key, DObj value) {}

  private static void inRequestedOrder(List<Row> rows, List<String> keys) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = keys.size() - 1; i >= 0; i--) position.put(keys.get(i), i);
    rows.sort(Comparator.comparingInt(r -> position.getOrDefault(r.key(), Integer.MAX_VALUE)));
  }

  private static Dval shape(Read read, List<Row> rows) {
    return switch (read.shape()) {
      case OPTION -> rows.isEmpty() ? new DNothing() : new DJust(rows.get(0).value());
      case LIST -> values(rows);
      case PAIRS -> {
        var pairs = new ArrayList<Dval>(rows.size());
        for (Row r : rows) pairs.add(pair(r));
        yield new DList(pairs);
      }
      case DICT -> dict(rows);
      case KEYS -> {
        var keys = new ArrayList<Dval>(rows.size());
        for (Row r : rows) keys.add(new DStr(r.key()));
        yield new DList(keys);
      }
      case ALL_OR_NOTHING -> {
        int requested = read.selection() instanceof Selection.Keys k ? k.keys().size() : rows.size();
        yield rows.size() == requested ? new DJust(values(rows)) : new DNothing();
      }
      case ONE -> rows.size() == 1 ? new DJust(rows.get(0).value()) : new DNothing();
      case ONE_PAIR -> rows.size() == 1 ? new DJust(pair(rows.get(0))) : new DNothing();
      case ONE_DICT -> rows.size() == 1 ? new DJust(dict(rows)) : new DNothing();
    };
  }

  private static DList values(List<Row> rows) {
    var values = new ArrayList<Dval>(rows.size());
    for (Row r : rows) values.add(r.value());
    return new DList(values);
  }

  private static DList pair(Row r) { return new DList(List.of(new DStr(r.key()), r.value())); }

  private static DObj dict(List<Row> rows) {
    var fields = new TreeMap<String, Dval>();
    for (Row r : rows) fields.put(r.key(), r.value());
    return new DObj(fields);
  }
}
