package umbra.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Expr;
import umbra.domain.trace.SamplingRule;
import umbra.domain.value.Dval;
import umbra.dto.http.HeaderDto;
import umbra.dto.http.HttpRequestDto;
import umbra.dto.http.HttpResponseDto;
import umbra.handler.datastore.DatastoreEffects;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.Evaluations;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceSampling;

/**
 * Datastores against PostgreSQL, each case against the same statements written by hand with
 * JDBC on the same connection pool. {@link DatastoreRatios} prints the ratios.
 *
 * <ul>
 *   <li>{@code dbSetGet}: a canvas handler doing {@code DB::set_v1} then {@code DB::get_v2} of one
 *       key, served in-process by {@link HttpServing}'s handler (routing, evaluation, tracing as
 *       configured by default; no socket); the peer runs an upsert and a select.
 *   <li>{@code dbQuery}: {@code DB::query_v4} with one equality filter matching one of 100,000
 *       rows, evaluated with {@link DatastoreEffects}; the peer runs the containment query.
 * </ul>
 *
 * Every trial (fork) creates its own database, so Umbra and its peer see the same fresh data.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DatastoreBench {
  static final int ROWS = 100_000;
  static final String WANTED = LinksDatastore.url(ROWS / 2);
  static final String QUERY = "DB.query_v4 Links (fun l -> l.url == \"" + WANTED + "\")";
  /** The peer's query: what a careful human writes for "rows whose url is X" (the GIN index answers it). */
  static final String PEER_QUERY = "SELECT key, data::text FROM user_data WHERE " + LinksDatastore.SCOPE
      + " AND data @> CAST(? AS jsonb) ORDER BY id";
  static final String PEER_WHERE = "data @> CAST(? AS jsonb)  -- containment only, no ->> equality";

  /**
   * Commits of the set-get database do not wait for the WAL to reach the disk: on a shared
   * machine the fsync time swings tenfold with the neighbours' writes and would be most of both
   * sides' time, so the ratio shows Umbra's own work per request.
   */
  static final String SET_GET_SETTINGS = "synchronous_commit = off";
  private static final String KEY = "bench";
  private static final String SET_GET = "let _ = DB.set_v1 {url = key; hits = 1} key Links in DB.get_v2 key Links";
  private static final String UPSERT = """
      INSERT INTO user_data (canvas_id, table_tlid, user_version, dark_version, key, data)
      VALUES (?, ?, 0, 0, ?, CAST(? AS jsonb))
      ON CONFLICT (canvas_id, table_tlid, user_version, dark_version, key)
      DO UPDATE SET data = EXCLUDED.data, updated_at = now()""";
  private static final String GET = "SELECT data::text FROM user_data WHERE " + LinksDatastore.SCOPE + " AND key = ?";

  @State(Scope.Benchmark)
  public static class SetGet {
    BenchDatabase db;
    Jdbi jdbi;
    UUID canvas;
    HttpServing serving;
    HttpRequestDto request;
    HttpRequestDto untraced;

    /** Both sides start the canvas server, so both forks run the same background threads. */
    @Setup(Level.Trial)
    public void setup() throws SQLException {
      db = new BenchDatabase(SET_GET_SETTINGS);
      try {
        start();
      } catch (RuntimeException | SQLException e) {
        tearDown(); // JMH skips the tear-down of a failed setup
        throw e;
      }
    }

    private void start() throws SQLException {
      jdbi = db.database().jdbi();
      canvas = LinksDatastore.createCanvas(jdbi, new String[] {"/setget/:key", SET_GET},
          new String[] {"/untraced/:key", SET_GET}).id();
      new TraceSampling(jdbi).set(canvas, 20, SamplingRule.parse("sample-none")); // the second handler
      serving = new HttpServing(jdbi, new StorageCodec(), HttpServingConfig.defaults(new byte[0]), StdLib.registry(),
          StdlibEffects.real(), Clock.systemUTC(), 10_000);
      request = get("/setget/" + KEY);
      untraced = get("/untraced/" + KEY);
      for (HttpRequestDto req : List.of(request, untraced)) {
        HttpResponseDto r = serving.handler().handle(req);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.status() != 200 || !body.contains("\"hits\": 1") || !body.contains("\"url\": \"" + KEY + "\"")) {
          throw new IllegalStateException("the handler answered " + r.status() + ": " + body);
        }
      }
      String peer = peerSetGet(this);
      if (peer == null || !peer.contains("\"hits\": 1")) throw new IllegalStateException("the peer read " + peer);
    }

    private static HttpRequestDto get(String target) {
      return new HttpRequestDto("GET", "http", target, List.of(new HeaderDto("Host", LinksDatastore.CANVAS + ".localhost")),
          new byte[0], HttpRequestDto.BodyProblem.NONE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      if (serving != null) serving.close();
      db.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Query {
    BenchDatabase db;
    Jdbi jdbi;
    UUID canvas;
    ExecutionState state;
    Expr code;
    EffectPerformer effects;
    String containment;

    @Setup(Level.Trial)
    public void setup() throws Exception {
      db = new BenchDatabase();
      try {
        start();
      } catch (Exception e) {
        tearDown(); // JMH skips the tear-down of a failed setup
        throw e;
      }
    }

    private void start() throws Exception {
      jdbi = db.database().jdbi();
      canvas = LinksDatastore.createCanvas(jdbi).id();
      LinksDatastore.fill(jdbi, canvas, ROWS);
      state = LinksDatastore.state();
      code = LinksDatastore.parse(QUERY);
      effects = new DatastoreEffects(new UserData(jdbi), canvas).orElse(StdlibEffects.real());
      containment = "{\"url\": \"" + WANTED + "\"}";
      if (!(umbraQuery(this) instanceof Dval.DList l) || l.items().size() != 1) {
        throw new IllegalStateException("the query answered " + umbraQuery(this));
      }
      if (peerQuery(this).size() != 2) throw new IllegalStateException("the peer read " + peerQuery(this));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      db.close();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public HttpResponseDto dbSetGetUmbra(SetGet s) {
    return s.serving.handler().handle(s.request);
  }

  /** The same handler with its sampling rule at sample-none: what tracing costs. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public HttpResponseDto dbSetGetUmbraUntraced(SetGet s) {
    return s.serving.handler().handle(s.untraced);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public String dbSetGetJdbc(SetGet s) throws SQLException {
    return peerSetGet(s);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Dval dbQueryUmbra(Query q) {
    return umbraQuery(q);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<String> dbQueryJdbc(Query q) throws SQLException {
    return peerQuery(q);
  }

  /** The request's two statements on one pooled connection, each committing on its own; parses nothing. */
  static String peerSetGet(SetGet s) throws SQLException {
    return s.jdbi.withHandle(h -> {
      Connection c = h.getConnection();
      try (PreparedStatement up = c.prepareStatement(UPSERT)) {
        up.setObject(1, s.canvas);
        up.setLong(2, LinksDatastore.TLID);
        up.setString(3, KEY);
        up.setString(4, "{\"url\": \"" + KEY + "\", \"hits\": 1}");
        up.executeUpdate();
      }
      try (PreparedStatement get = c.prepareStatement(GET)) {
        get.setObject(1, s.canvas);
        get.setLong(2, LinksDatastore.TLID);
        get.setString(3, KEY);
        try (ResultSet rs = get.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
  }

  static Dval umbraQuery(Query q) {
    return Evaluations.runToEnd(Evaluation.start(q.state, q.code, LinksDatastore.GLOBALS), q.effects);
  }

  /** Keys and row texts, flattened; parses nothing. */
  static List<String> peerQuery(Query q) throws SQLException {
    return q.jdbi.withHandle(h -> {
      try (PreparedStatement s = h.getConnection().prepareStatement(PEER_QUERY)) {
        s.setObject(1, q.canvas);
        s.setLong(2, LinksDatastore.TLID);
        s.setString(3, q.containment);
        var out = new ArrayList<String>();
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
            out.add(rs.getString(2));
          }
        }
        return out;
      }
    });
  }
}
