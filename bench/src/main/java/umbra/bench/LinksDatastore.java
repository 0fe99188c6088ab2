package umbra.bench;

import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.datastore.Datastore;
import umbra.domain.datastore.DatastoreCommand;
import umbra.domain.datastore.SqlFilter;
import umbra.domain.datastore.SqlFilter.SqlValue;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DInt;
import umbra.domain.value.Dval.DObj;
import umbra.domain.value.Dval.DStr;
import umbra.domain.value.Symtable;
import umbra.handler.datastore.DatastoreEffects;
import umbra.handler.datastore.QueryableJson;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.Evaluations;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/**
 * The canvas of the datastore benchmarks: a datastore {@code Links} (url: Str, hits: Int) made
 * through the editor's ops, its rows, and the statement Umbra runs for the query benchmark.
 */
final class LinksDatastore {
  static final String CANVAS = "bench-datastore";
  static final long TLID = 500;
  static final Datastore STORE = new Datastore("Links", TLID,
      List.of(new Datastore.Column("url", DType.STR), new Datastore.Column("hits", DType.INT)));
  /** The scope every statement of {@code UserData} starts with (canvas, datastore, versions). */
  static final String SCOPE = "canvas_id = ? AND table_tlid = ? AND user_version = " + Datastore.USER_VERSION
      + " AND dark_version = " + Datastore.DARK_VERSION;

  private static final Position POS = new Position(0, 0);

  private LinksDatastore() {}

  /** The canvas with the Links datastore and one GET handler per {route, code} pair. */
  static CanvasInfo createCanvas(Jdbi jdbi, String[]... handlers) {
    var codec = new StorageCodec();
    new AccountHandler(jdbi, new SecureRandom()).createAccount("bench");
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(jdbi, codec).open(CANVAS)).value();
    var ops = new ArrayList<Op>();
    ops.add(new Op.CreateDBWithBlankOr(TLID, POS, TLID + 1, STORE.name()));
    long id = TLID + 2;
    for (Datastore.Column c : STORE.columns()) {
      ops.add(new Op.AddDBCol(TLID, id, id + 1));
      ops.add(new Op.SetDBColName(TLID, id, c.name()));
      ops.add(new Op.SetDBColType(TLID, id + 1, c.type().displayName()));
      id += 2;
    }
    long tlid = 10;
    for (String[] h : handlers) {
      var spec = new HandlerSpec.Http(h[0], "GET", new HandlerSpec.Ids(tlid + 1, tlid + 2, tlid + 3));
      ops.add(new Op.SetHandler(tlid, POS, new Toplevel.Handler(tlid, POS, Parser.parseExpr(h[1], tlid * 100)
          .orElseThrow(), spec)));
      tlid += 10;
    }
    new OpsHandler(jdbi, new CanvasService(), codec).addOps(canvas.id(), ops, 1, OpsHandler.newClientId());
    return canvas;
  }

  static String url(int i) { return "https://example.com/page/" + i; }

  /** A stored row as {@code UserData} writes it. */
  static String row(String url, long hits) {
    var fields = new TreeMap<String, Dval>();
    fields.put("url", new DStr(url));
    fields.put("hits", new DInt(hits));
    return QueryableJson.write(new DObj(fields));
  }

  /** Rows 1..n under keys "1".."n" ({@code url(i)}, hits i), by COPY, then VACUUM ANALYZE. */
  static void fill(Jdbi jdbi, UUID canvas, int n) throws Exception {
    var csv = new StringBuilder(n * 80);
    for (int i = 1; i <= n; i++) {
      csv.append(canvas).append(',').append(TLID).append(',').append(i).append(",\"")
          .append(row(url(i), i).replace("\"", "\"\"")).append("\"\n");
    }
    jdbi.useHandle(h -> {
      long copied = h.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(
          "COPY user_data (canvas_id, table_tlid, key, data) FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
      if (copied != n) throw new IllegalStateException("copied " + copied + " rows, not " + n);
      h.execute("VACUUM ANALYZE user_data");
    });
  }

  /** The canvas's globals: the datastore's name bound to it (also the environment code starts in). */
  static final Symtable GLOBALS = Symtable.of(Map.of(STORE.name(), new Dval.DDB(STORE.name())));

  /** What running code sees: the builtins, the Links datastore and its name bound to it. */
  static ExecutionState state() {
    return ExecutionState.of(StdLib.registry()).withDatastores(Map.of(STORE.name(), STORE)).withGlobals(GLOBALS);
  }

  static Expr parse(String code) { return Parser.parseExpr(code, 1).orElseThrow(); }

  /** A compiled query as {@code UserData.read} sends it: the text and every value it binds, in order. */
  record Statement(String sql, List<Object> binds) {}

  /**
   * Runs {@code code} (one {@code DB::} read with a query lambda) for real and returns the
   * statement {@code UserData.read} assembled from the compiled filter: the same text, the same
   * values.
   */
  static Statement umbraStatement(Jdbi jdbi, UUID canvas, Expr code) {
    var seen = new AtomicReference<DatastoreCommand.Read>();
    EffectPerformer spy = request -> {
      if (request.command() instanceof DatastoreCommand.Read r) seen.set(r);
      return Optional.empty();
    };
    Evaluations.runToEnd(Evaluation.start(state(), code, GLOBALS),
        spy.orElse(new DatastoreEffects(new UserData(jdbi), canvas)));
    DatastoreCommand.Read read = seen.get();
    if (read == null || !(read.selection() instanceof DatastoreCommand.Selection.Where where)) {
      throw new IllegalStateException("the code did not run a compiled query: " + read);
    }
    SqlFilter filter = where.filter();
    var sql = new StringBuilder("SELECT key, data::text FROM user_data WHERE " + SCOPE);
    sql.append(" AND ").append(filter.sql()).append(" ORDER BY id");
    if (read.shape().rowsNeeded() > 0) sql.append(" LIMIT ").append(read.shape().rowsNeeded());
    var binds = new ArrayList<Object>();
    binds.add(canvas);
    binds.add(TLID);
    binds.addAll(filter.params());
    return new Statement(sql.toString(), binds);
  }

  /** {@code EXPLAIN (ANALYZE, BUFFERS)} of the statement with its values bound, as the driver sends it. */
  static List<String> explain(Jdbi jdbi, Statement statement) throws SQLException {
    return jdbi.withHandle(h -> {
      Connection c = h.getConnection();
      try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())) {
        for (int i = 0; i < statement.binds().size(); i++) bind(s, i + 1, statement.binds().get(i));
        return lines(s);
      }
    });
  }

  /**
   * The generic plan (no values known), which PostgreSQL may pick for a statement the driver has
   * prepared on the server (PgJDBC does from the 5th use on a connection).
   */
  static List<String> explainGeneric(Jdbi jdbi, Statement statement) throws SQLException {
    var numbered = new StringBuilder();
    int n = 0;
    for (char ch : statement.sql().toCharArray()) {
      if (ch == '?') numbered.append('$').append(++n); else numbered.append(ch);
    }
    var values = new ArrayList<String>();
    for (Object b : statement.binds()) values.add(literal(b));
    return jdbi.withHandle(h -> {
      Connection c = h.getConnection();
      try (var s = c.createStatement()) {
        s.execute("SET plan_cache_mode = force_generic_plan");
        s.execute("PREPARE umbra_query AS " + numbered);
        try (PreparedStatement e = c.prepareStatement("EXPLAIN EXECUTE umbra_query(" + String.join(", ", values) + ")")) {
          return lines(e);
        } finally {
          s.execute("DEALLOCATE umbra_query");
          s.execute("RESET plan_cache_mode");
        }
      }
    });
  }

  private static List<String> lines(PreparedStatement s) throws SQLException {
    var out = new ArrayList<String>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  /** The scope's canvas and tlid, then the compiled filter's values as {@code UserData} binds them. */
  static void bind(PreparedStatement s, int i, Object v) throws SQLException {
    switch (v) {
      case UUID u -> s.setObject(i, u);
      case Long l -> s.setLong(i, l);
      case SqlValue x -> UserData.bind(s, i, x);
      default -> throw new IllegalArgumentException("cannot bind " + v);
    }
  }

  private static String literal(Object v) {
    return switch (v) {
      case Long l -> l.toString();
      case SqlValue.Int x -> Long.toString(x.value());
      case SqlValue.Float x -> Double.toString(x.value());
      case SqlValue.Bool x -> Boolean.toString(x.value());
      case SqlValue.Text x -> quote(x.value());
      case SqlValue.Json x -> quote(QueryableJson.write(x.value()));
      case SqlValue.Null x -> "NULL";
      case SqlValue.Timestamp x -> quote(x.utc() + "Z");
      case SqlValue.Uuid x -> quote(x.value().toString());
      case UUID u -> quote(u.toString());
      default -> throw new IllegalArgumentException("no literal for " + v);
    };
  }

  private static String quote(String s) { return "'" + s.replace("'", "''") + "'"; }
}
