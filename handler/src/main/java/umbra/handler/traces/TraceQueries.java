package umbra.handler.traces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.RoutingColumns;
import umbra.domain.canvas.Toplevel;
import umbra.domain.routing.Router;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceIds;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.domain.value.ErrorSource;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.codec.StorageCodec;

/** What the editor reads of traces (backend.md 3.7, 3.8). */
public final class TraceQueries {
  /** How many traces the editor is shown per toplevel. */
  public static final int PER_TOPLEVEL = 10;

  private final Jdbi jdbi;
  private final CanvasLoader loader;

  public TraceQueries(Jdbi jdbi, StorageCodec codec) {
    this.jdbi = jdbi;
    this.loader = new CanvasLoader(jdbi, codec);
  }

  /** One trace of one toplevel. */
  public record TraceRef(long tlid, UUID traceId) {}

  /** A stored function result with when it was stored. */
  public record StoredResult(RecordedResult result, Instant timestamp) {}

  /**
   * The inputs of a trace by variable name ({@code request} and route variables for HTTP, the
   * parameters for a function), when they arrived (the Unix epoch for sample inputs), the
   * results of the non-pure calls the toplevel made, and how a handler's execution ended (empty
   * for functions, 404s, sample inputs and traces older than outcomes).
   */
  public record TraceData(UUID traceId, List<Map.Entry<String, Dval>> input, Instant timestamp,
      List<StoredResult> results, Optional<TraceOutcome> outcome) {
    public TraceData {
      input = List.copyOf(input);
      results = List.copyOf(results);
    }
  }

  /** An unmatched request: {@code [module, path, modifier, timestamp, traceID]} in Dark's API. */
  public record NotFound(TraceDesc desc, Instant timestamp, UUID traceId) {}

  /**
   * backend.md 3.7 {@code all_traces}: per live handler its newest traces (or its default trace
   * id), per user function the newest traces that called it.
   */
  public List<TraceRef> allTraces(UUID canvasId) {
    Canvas canvas = loader.loadAll(canvasId);
    var handlers = new ArrayList<>(canvas.handlers().live().values());
    return jdbi.withHandle(h -> {
      var refs = new ArrayList<TraceRef>();
      for (Toplevel.Handler handler : handlers) {
        List<UUID> ids = handler.spec().isComplete() ? handlerTraces(h, canvasId, handler, handlers) : List.of();
        if (ids.isEmpty()) ids = List.of(TraceIds.defaultFor(handler.tlid()));
        ids.forEach(id -> refs.add(new TraceRef(handler.tlid(), id)));
      }
      for (Toplevel.UserFn fn : canvas.functions().live().values()) {
        h.createQuery("""
            SELECT trace_id FROM function_arguments WHERE canvas_id = :canvas AND tlid = :tlid
            GROUP BY trace_id ORDER BY max(timestamp) DESC LIMIT :n""")
            .bind("canvas", canvasId).bind("tlid", fn.tlid()).bind("n", PER_TOPLEVEL)
            .mapTo(UUID.class).forEach(id -> refs.add(new TraceRef(fn.tlid(), id)));
      }
      return refs;
    });
  }

  private static List<UUID> handlerTraces(Handle h, UUID canvasId, Toplevel.Handler handler,
      List<Toplevel.Handler> all) {
    HandlerSpec spec = handler.spec();
    boolean http = spec instanceof HandlerSpec.Http || spec instanceof HandlerSpec.HttpBasic;
    String pattern = http ? RoutingColumns.likePattern(spec.name()) : spec.name().replace("%", "\\%").replace("_", "\\_");
    var ids = new ArrayList<UUID>();
    h.createQuery("""
        SELECT trace_id, path FROM stored_events_v2
        WHERE canvas_id = :canvas AND module = :module AND modifier = :modifier AND path LIKE :pattern
        ORDER BY timestamp DESC LIMIT :n""")
        .bind("canvas", canvasId).bind("module", spec.module()).bind("modifier", spec.modifier())
        .bind("pattern", pattern).bind("n", PER_TOPLEVEL)
        .map((rs, ctx) -> Map.entry(rs.getObject("trace_id", UUID.class), rs.getString("path")))
        .forEach(row -> {
          if (!http || mostSpecificFor(handler, all, row.getValue())) ids.add(row.getKey());
        });
    return ids;
  }

  /** Whether {@code handler} would serve {@code path} today (a more specific route may have appeared since). */
  static boolean mostSpecificFor(Toplevel.Handler handler, List<Toplevel.Handler> all, String path) {
    var rivals = all.stream().filter(o -> o.spec().isComplete() && o.spec().module().equals(handler.spec().module())
        && o.spec().modifier().equals(handler.spec().modifier())).toList();
    return Router.mostSpecific(rivals, o -> o.spec().name(), path).stream().anyMatch(m -> m.handler() == handler);
  }

  /** backend.md 3.7 {@code get_trace_data}; empty when the toplevel is not a live handler or function. */
  public Optional<TraceData> traceData(UUID canvasId, long tlid, UUID traceId) {
    Canvas canvas = loader.loadLive(canvasId, List.of(tlid));
    Toplevel.Handler handler = canvas.handlers().live().get(tlid);
    Toplevel.UserFn fn = canvas.functions().live().get(tlid);
    if (handler == null && fn == null) return Optional.empty();
    return Optional.of(jdbi.withHandle(h -> {
      List<StoredResult> results = results(h, canvasId, traceId, tlid);
      if (handler != null) return handlerInput(h, canvasId, traceId, handler, results);
      return functionInput(h, canvasId, traceId, fn, results);
    }));
  }

  /** A stored input row: the value, the concrete path, when it arrived, how the run ended. */
  private record StoredInput(String value, String path, Instant timestamp, Optional<TraceOutcome> outcome) {}

  private static TraceData handlerInput(Handle h, UUID canvasId, UUID traceId, Toplevel.Handler handler,
      List<StoredResult> results) {
    var stored = h.createQuery("""
        SELECT value, path, timestamp, status, duration_us, error, error_tlid, error_expr_id FROM stored_events_v2
        WHERE canvas_id = :canvas AND trace_id = :trace ORDER BY timestamp DESC LIMIT 1""")
        .bind("canvas", canvasId).bind("trace", traceId)
        .map((rs, ctx) -> new StoredInput(rs.getString("value"), rs.getString("path"),
            rs.getObject("timestamp", OffsetDateTime.class).toInstant(), outcome(rs)))
        .findOne();
    HandlerSpec spec = handler.spec();
    if (stored.isEmpty()) {
      return new TraceData(traceId, SampleInputs.forHandler(spec), Instant.EPOCH, results, Optional.empty());
    }
    Dval value = TraceValueJson.read(stored.get().value());
    var input = new ArrayList<Map.Entry<String, Dval>>();
    switch (spec) {
      case HandlerSpec.Http http -> routeInput(input, "request", value, http.route(), stored.get().path());
      case HandlerSpec.HttpBasic basic -> routeInput(input, "request", value, basic.route(), stored.get().path());
      case HandlerSpec.Worker w -> input.add(Map.entry("event", value));
      case HandlerSpec.OldWorker w -> input.add(Map.entry("event", value));
      case HandlerSpec.Cron c -> { }
      case HandlerSpec.Repl r -> { }
      case HandlerSpec.UnknownHandler u -> { }
    }
    return new TraceData(traceId, input, stored.get().timestamp(), results, stored.get().outcome());
  }

  /** The request, then the route variables bound again from the stored path (incomplete if it no longer binds). */
  private static void routeInput(List<Map.Entry<String, Dval>> input, String name, Dval value, String route, String path) {
    input.add(Map.entry(name, value));
    Optional<Map<String, String>> vars = Router.bind(route, path);
    if (vars.isPresent()) {
      vars.get().forEach((k, v) -> input.add(Map.entry(k, new Dval.DStr(v))));
    } else {
      SampleInputs.routeVariables(route).forEach(v -> input.add(Map.entry(v, Dval.INCOMPLETE)));
    }
  }

  private static TraceData functionInput(Handle h, UUID canvasId, UUID traceId, Toplevel.UserFn fn,
      List<StoredResult> results) {
    var stored = h.createQuery("""
        SELECT arguments_json, timestamp FROM function_arguments
        WHERE canvas_id = :canvas AND trace_id = :trace AND tlid = :tlid ORDER BY timestamp DESC LIMIT 1""")
        .bind("canvas", canvasId).bind("trace", traceId).bind("tlid", fn.tlid())
        .map((rs, ctx) -> Map.entry(rs.getString("arguments_json"), rs.getObject("timestamp", OffsetDateTime.class)))
        .findOne();
    var input = new ArrayList<Map.Entry<String, Dval>>();
    if (stored.isEmpty()) {
      for (Toplevel.UserFn.Param p : fn.params()) input.add(Map.entry(p.name(), Dval.INCOMPLETE));
      return new TraceData(traceId, input, Instant.EPOCH, results, Optional.empty());
    }
    Map<String, Dval> args = new TreeMap<>(TraceValueJson.readArguments(stored.get().getKey()));
    for (Toplevel.UserFn.Param p : fn.params()) input.add(Map.entry(p.name(), args.getOrDefault(p.name(), Dval.INCOMPLETE)));
    return new TraceData(traceId, input, stored.get().getValue().toInstant(), results, Optional.empty());
  }

  /** How the execution of a stored input ended; empty for 404s and traces written before outcomes were kept. */
  static Optional<TraceOutcome> outcome(ResultSet rs) throws SQLException {
    int status = rs.getInt("status");
    if (rs.wasNull() || status == 404 && rs.getObject("duration_us") == null) return Optional.empty();
    long tlid = rs.getLong("error_tlid");
    Optional<ErrorSource.At> at = rs.wasNull() ? Optional.empty() : Optional.of(new ErrorSource.At(tlid, rs.getLong("error_expr_id")));
    return Optional.of(new TraceOutcome(status, Optional.ofNullable(rs.getString("error")), at, rs.getLong("duration_us")));
  }

  /** Every recorded result of a trace, whichever toplevel made the call (for analysis), the newest per call. */
  public List<RecordedResult> allResults(UUID canvasId, UUID traceId) {
    return jdbi.withHandle(h -> h.createQuery("""
        SELECT DISTINCT ON (tlid, fnname, id, hash, hash_version) tlid, fnname, id, hash, hash_version, value, duration_us
        FROM function_results_v3 WHERE canvas_id = :canvas AND trace_id = :trace
        ORDER BY tlid, fnname, id, hash, hash_version, timestamp DESC""")
        .bind("canvas", canvasId).bind("trace", traceId)
        .map((rs, ctx) -> new RecordedResult(rs.getLong("tlid"), rs.getString("fnname"), rs.getLong("id"),
            rs.getString("hash"), rs.getInt("hash_version"), TraceValueJson.read(rs.getString("value")),
            rs.getLong("duration_us")))
        .list());
  }

  /** The newest result per call site, function and argument hash (backend.md 3.7). */
  private static List<StoredResult> results(Handle h, UUID canvasId, UUID traceId, long tlid) {
    return h.createQuery("""
        SELECT DISTINCT ON (fnname, id, hash, hash_version) fnname, id, hash, hash_version, value, timestamp, duration_us
        FROM function_results_v3 WHERE canvas_id = :canvas AND trace_id = :trace AND tlid = :tlid
        ORDER BY fnname, id, hash, hash_version, timestamp DESC""")
        .bind("canvas", canvasId).bind("trace", traceId).bind("tlid", tlid)
        .map((rs, ctx) -> new StoredResult(new RecordedResult(tlid, rs.getString("fnname"), rs.getLong("id"),
            rs.getString("hash"), rs.getInt("hash_version"), TraceValueJson.read(rs.getString("value")),
            rs.getLong("duration_us")), rs.getObject("timestamp", OffsetDateTime.class).toInstant()))
        .list();
  }

  /**
   * backend.md 3.8 {@code get_404s}: the newest unmatched request per desc from the last week,
   * leaving out those a live handler now serves.
   */
  public List<NotFound> notFounds(UUID canvasId, Instant now) {
    var handlers = new ArrayList<>(loader.loadAll(canvasId).handlers().live().values());
    List<NotFound> recent = jdbi.withHandle(h -> h.createQuery("""
        SELECT DISTINCT ON (module, path, modifier) module, path, modifier, timestamp, trace_id
        FROM stored_events_v2 WHERE canvas_id = :canvas AND timestamp > :since
        ORDER BY module, path, modifier, timestamp DESC""")
        .bind("canvas", canvasId).bind("since", TraceStore.utc(now.minus(TraceRetention.KEEP_ALL_YOUNGER_THAN)))
        .map((rs, ctx) -> new NotFound(new TraceDesc(rs.getString("module"), rs.getString("path"), rs.getString("modifier")),
            rs.getObject("timestamp", OffsetDateTime.class).toInstant(), rs.getObject("trace_id", UUID.class)))
        .list());
    return recent.stream().filter(nf -> handlers.stream().noneMatch(h -> serves(h, nf.desc()))).toList();
  }

  private static boolean serves(Toplevel.Handler h, TraceDesc desc) {
    HandlerSpec spec = h.spec();
    if (!spec.isComplete() || !spec.module().equals(desc.module()) || !spec.modifier().equals(desc.modifier())) return false;
    boolean http = spec instanceof HandlerSpec.Http || spec instanceof HandlerSpec.HttpBasic;
    return http ? Router.bind(spec.name(), desc.path()).isPresent() : spec.name().equals(desc.path());
  }

  /** backend.md 3.8 {@code delete_404}: every stored request of that desc; how many were deleted. */
  public int deleteNotFound(UUID canvasId, TraceDesc desc) {
    return jdbi.withHandle(h -> h.createUpdate("""
        DELETE FROM stored_events_v2 WHERE canvas_id = :canvas AND module = :module AND path = :path AND modifier = :modifier""")
        .bind("canvas", canvasId).bind("module", desc.module()).bind("path", desc.path()).bind("modifier", desc.modifier())
        .execute());
  }
}
