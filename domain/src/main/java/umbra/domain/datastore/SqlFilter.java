package umbra.domain.datastore;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import umbra.domain.value.Dval.DObj;

/**
 * A compiled query lambda: a SQL boolean expression over the row's {@code data} jsonb column,
 * with {@code ?} for each parameter in order. Values are always bound, never written into the
 * text; the text holds only column references, operators and function names.
 */
public record SqlFilter(String sql, List<SqlValue> params) {
  public SqlFilter { params = List.copyOf(params); }

  /** A bound parameter, typed as PostgreSQL should see it. */
  public sealed interface SqlValue {
    record Int(long value) implements SqlValue {}
    record Float(double value) implements SqlValue {}
    record Bool(boolean value) implements SqlValue {}
    record Text(String value) implements SqlValue {}
    /** A UTC date and time, bound as {@code timestamptz}. */
    record Timestamp(LocalDateTime utc) implements SqlValue {}
    record Uuid(UUID value) implements SqlValue {}
    record Null() implements SqlValue {}
    /** An object, bound as {@code jsonb} in the datastore's stored encoding (for containment). */
    record Json(DObj value) implements SqlValue {}
  }
}
