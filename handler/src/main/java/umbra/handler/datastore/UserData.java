package umbra.handler.datastore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.datastore.Answers.StoredRow;
import umbra.domain.datastore.Datastore;
import umbra.domain.datastore.DatastoreCommand.Selection;
import umbra.domain.datastore.SqlFilter.SqlValue;
import umbra.domain.value.Dval.DObj;

/**
 * The {@code user_data} table (backend.md 7): every statement is scoped to one canvas and one
 * datastore (and the current versions), and every value is bound. Each call commits on its own,
 * so a write is durable before its answer reaches the code that made it.
 */
public final class UserData {
  private static final String SCOPE =
      "canvas_id = ? AND table_tlid = ? AND user_version = " + Datastore.USER_VERSION + " AND dark_version = "
          + Datastore.DARK_VERSION;

  private final Jdbi jdbi;

  public UserData(Jdbi jdbi) { this.jdbi = jdbi; }

  private static final String UPSERT = """
      INSERT INTO user_data (canvas_id, table_tlid, user_version, dark_version, key, data)
      VALUES (?, ?, %d, %d, ?, CAST(? AS jsonb))
      ON CONFLICT ON CONSTRAINT user_data_key_uniq DO UPDATE SET data = EXCLUDED.data, updated_at = now()
      """.formatted(Datastore.USER_VERSION, Datastore.DARK_VERSION);

  /** Inserts or replaces the row with this key. */
  public void upsert(UUID canvas, Datastore db, String key, DObj row) {
    upsertAll(canvas, db, List.of(new StoredRow(key, row)));
  }

  /** Inserts or replaces each row, all in one transaction: every row is written, or none. */
  public void upsertAll(UUID canvas, Datastore db, List<StoredRow> rows) {
    run(h -> {
      Connection c = h.getConnection();
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(rows.size() <= 1);
      try (PreparedStatement s = c.prepareStatement(UPSERT)) {
        for (StoredRow row : rows) {
          s.setObject(1, canvas);
          s.setLong(2, db.tlid());
          s.setString(3, row.key());
          s.setString(4, QueryableJson.write(row.data()));
          s.addBatch();
        }
        s.executeBatch();
        if (rows.size() > 1) c.commit();
      } catch (SQLException e) {
        if (rows.size() > 1) c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
      return null;
    });
  }

  /** The selected rows in insertion order, at most {@code limit} (0: all). */
  public List<StoredRow> read(UUID canvas, Datastore db, Selection selection, int limit) {
    var sql = new StringBuilder("SELECT key, data::text FROM user_data WHERE " + SCOPE);
    List<SqlValue> params = where(selection, sql);
    sql.append(" ORDER BY id");
    if (limit > 0) sql.append(" LIMIT ").append(limit);
    return call(h -> {
      try (PreparedStatement s = prepare(h.getConnection(), sql.toString(), canvas, db, selection, params);
           ResultSet rs = s.executeQuery()) {
        var rows = new ArrayList<StoredRow>();
        while (rs.next()) rows.add(new StoredRow(rs.getString(1), QueryableJson.read(rs.getString(2), db)));
        return rows;
      }
    });
  }

  public long count(UUID canvas, Datastore db, Selection selection) {
    var sql = new StringBuilder("SELECT count(*) FROM user_data WHERE " + SCOPE);
    List<SqlValue> params = where(selection, sql);
    return call(h -> {
      try (PreparedStatement s = prepare(h.getConnection(), sql.toString(), canvas, db, selection, params);
           ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  public void delete(UUID canvas, Datastore db, String key) {
    update("DELETE FROM user_data WHERE " + SCOPE + " AND key = ?", canvas, db, key);
  }

  public void deleteAll(UUID canvas, Datastore db) {
    update("DELETE FROM user_data WHERE " + SCOPE, canvas, db, null);
  }

  /** The most recently created row, the editor's example of what a datastore holds. */
  public Optional<StoredRow> newest(UUID canvas, Datastore db) {
    return call(h -> {
      try (PreparedStatement s = h.getConnection().prepareStatement(
          "SELECT key, data::text FROM user_data WHERE " + SCOPE + " ORDER BY id DESC LIMIT 1")) {
        s.setObject(1, canvas);
        s.setLong(2, db.tlid());
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(new StoredRow(rs.getString(1), QueryableJson.read(rs.getString(2), db)))
              : Optional.<StoredRow>empty();
        }
      }
    });
  }

  /** The datastores (by tlid) of a canvas that hold at least one row. */
  public List<Long> tablesWithRows(UUID canvas) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT DISTINCT table_tlid FROM user_data WHERE canvas_id = :canvas")
        .bind("canvas", canvas).mapTo(Long.class).list());
  }

  /** Which of these tlids name datastores that hold rows (inside the caller's transaction). */
  public static java.util.Set<Long> tablesWithRows(org.jdbi.v3.core.Handle h, UUID canvas, java.util.Collection<Long> tlids) {
    if (tlids.isEmpty()) return java.util.Set.of();
    return java.util.Set.copyOf(h.createQuery(
            "SELECT DISTINCT table_tlid FROM user_data WHERE canvas_id = :canvas AND table_tlid = ANY(:tlids)")
        .bind("canvas", canvas).bindArray("tlids", Long.class, List.copyOf(tlids)).mapTo(Long.class).list());
  }

  private void update(String sql, UUID canvas, Datastore db, String key) {
    run(h -> {
      try (PreparedStatement s = h.getConnection().prepareStatement(sql)) {
        s.setObject(1, canvas);
        s.setLong(2, db.tlid());
        if (key != null) s.setString(3, key);
        s.executeUpdate();
      }
      return null;
    });
  }

  /** Appends the selection's condition; returns the values it binds after the scope's. */
  private static List<SqlValue> where(Selection selection, StringBuilder sql) {
    return switch (selection) {
      case Selection.All a -> List.of();
      case Selection.Keys k when k.keys().size() == 1 -> {
        sql.append(" AND key = ?");
        yield List.of(new SqlValue.Text(k.keys().get(0)));
      }
      case Selection.Keys k -> {
        sql.append(" AND key = ANY (?)");
        yield List.of();
      }
      case Selection.Matching m -> {
        sql.append(" AND data @> CAST(? AS jsonb)");
        yield List.of(new SqlValue.Json(m.fields()));
      }
      case Selection.Where w -> {
        sql.append(" AND ").append(w.filter().sql());
        yield w.filter().params();
      }
    };
  }

  private static PreparedStatement prepare(Connection c, String sql, UUID canvas, Datastore db, Selection selection,
      List<SqlValue> params) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    s.setObject(1, canvas);
    s.setLong(2, db.tlid());
    int i = 3;
    if (selection instanceof Selection.Keys k && k.keys().size() != 1) s.setArray(i++, c.createArrayOf("text", k.keys().toArray()));
    for (SqlValue v : params) bind(s, i++, v);
    return s;
  }

  /** Binds a compiled query's value with the type PostgreSQL should see. */
  public static void bind(PreparedStatement s, int i, SqlValue v) throws SQLException {
    switch (v) {
      case SqlValue.Int x -> s.setLong(i, x.value());
      case SqlValue.Float x -> s.setDouble(i, x.value());
      case SqlValue.Bool x -> s.setBoolean(i, x.value());
      case SqlValue.Text x -> s.setString(i, x.value());
      case SqlValue.Timestamp x -> s.setObject(i, OffsetDateTime.of(x.utc(), ZoneOffset.UTC));
      case SqlValue.Uuid x -> s.setObject(i, x.value());
      case SqlValue.Null x -> s.setNull(i, Types.NULL);
      case SqlValue.Json x -> s.setString(i, QueryableJson.write(x.value()));
    }
  }

  @FunctionalInterface
  private interface Work<R> {
    R on(org.jdbi.v3.core.Handle h) throws SQLException;
  }

  /** Runs JDBC work on a pooled connection; SQL failures come out unchecked. */
  private <R> R call(Work<R> work) {
    try {
      return jdbi.withHandle(h -> work.on(h));
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private void run(Work<?> work) { call(work); }
}
