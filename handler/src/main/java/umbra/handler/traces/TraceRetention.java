package umbra.handler.traces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.routing.Router;
import umbra.domain.trace.TraceDesc;
import umbra.handler.events.CanvasEventLog;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.supervision.Supervised;

/**
 * Trace garbage collection (backend.md 3.9): per handler, everything younger than a week and
 * its 10 newest traces are kept; per unmatched path only the newest 404; function arguments
 * and results older than a week go with their trace. Deletes run in batches, so a big backlog
 * never holds long locks.
 */
public final class TraceRetention {
  private static final Logger LOG = LoggerFactory.getLogger(TraceRetention.class);
  public static final Duration KEEP_ALL_YOUNGER_THAN = Duration.ofDays(7);
  public static final int KEEP_PER_HANDLER = 10;
  /** backend.md 3.9: at most this many batches per statement and canvas per run. */
  private static final int MAX_BATCHES = 100;

  /** Rows deleted by one run. */
  public record Report(long inputs, long arguments, long results) {
    Report plus(Report o) { return new Report(inputs + o.inputs, arguments + o.arguments, results + o.results); }
  }

  private final Jdbi jdbi;
  private final CanvasLoader loader;
  private final Clock clock;
  private final int batchSize;

  public TraceRetention(Jdbi jdbi, StorageCodec codec, Clock clock, int batchSize) {
    this.jdbi = jdbi;
    this.loader = new CanvasLoader(jdbi, codec);
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /**
   * Runs {@link #runOnce} every {@code every}, supervised (a failed run is logged and tried again
   * after {@code every}); close the result to stop.
   */
  public Supervised every(Duration every) {
    return Supervised.start("umbra-trace-retention", Supervised.Backoff.fixed(every), self -> {
      if (!self.pause(every)) return;
      Report r = runOnce();
      self.progress();
      LOG.info("trace retention deleted {} inputs, {} argument rows, {} result rows", r.inputs(), r.arguments(), r.results());
    });
  }

  /** How long the event streams' feed is kept (what a reconnecting client can still resume from). */
  public static final Duration KEEP_EVENTS = Duration.ofHours(1);

  /** One pass over every canvas with trace rows, and the event feed. */
  public Report runOnce() {
    jdbi.useHandle(h -> CanvasEventLog.trim(h, clock.instant().minus(KEEP_EVENTS)));
    List<UUID> canvases = jdbi.withHandle(h -> h.createQuery("""
        SELECT canvas_id FROM stored_events_v2 UNION SELECT canvas_id FROM function_arguments
        UNION SELECT canvas_id FROM function_results_v3""").mapTo(UUID.class).list());
    Report total = new Report(0, 0, 0);
    for (UUID canvas : canvases) total = total.plus(runOnce(canvas));
    return total;
  }

  public Report runOnce(UUID canvasId) {
    Instant weekAgo = clock.instant().minus(KEEP_ALL_YOUNGER_THAN);
    var handlers = new ArrayList<>(loader.loadAll(canvasId).handlers().live().values());
    return jdbi.withHandle(h -> {
      Map<String, List<TraceDesc>> groups = new LinkedHashMap<>();
      var notFound = new ArrayList<TraceDesc>();
      for (TraceDesc d : descs(h, canvasId)) {
        String owner = owner(d, handlers);
        if (owner == null) notFound.add(d); else groups.computeIfAbsent(owner, k -> new ArrayList<>()).add(d);
      }
      long inputs = 0;
      for (List<TraceDesc> group : groups.values()) inputs += trimHandler(h, canvasId, group, weekAgo);
      inputs += trimNotFound(h, canvasId, notFound);
      long args = repeat(() -> h.createUpdate("""
          DELETE FROM function_arguments WHERE ctid IN (
            SELECT f.ctid FROM function_arguments f WHERE f.canvas_id = :canvas AND f.timestamp < :before
            AND NOT EXISTS (SELECT 1 FROM stored_events_v2 s WHERE s.canvas_id = f.canvas_id AND s.trace_id = f.trace_id)
            LIMIT :batch)""").bind("canvas", canvasId).bind("before", TraceStore.utc(weekAgo)).bind("batch", batchSize)
          .execute());
      long results = repeat(() -> h.createUpdate("""
          DELETE FROM function_results_v3 WHERE ctid IN (
            SELECT f.ctid FROM function_results_v3 f WHERE f.canvas_id = :canvas AND f.timestamp < :before
            AND NOT EXISTS (SELECT 1 FROM stored_events_v2 s WHERE s.canvas_id = f.canvas_id AND s.trace_id = f.trace_id)
            LIMIT :batch)""").bind("canvas", canvasId).bind("before", TraceStore.utc(weekAgo)).bind("batch", batchSize)
          .execute());
      return new Report(inputs, args, results);
    });
  }

  private static List<TraceDesc> descs(Handle h, UUID canvasId) {
    return h.createQuery("SELECT DISTINCT module, path, modifier FROM stored_events_v2 WHERE canvas_id = :canvas")
        .bind("canvas", canvasId)
        .map((rs, ctx) -> new TraceDesc(rs.getString("module"), rs.getString("path"), rs.getString("modifier"))).list();
  }

  /**
   * The handler whose traces these are: for HTTP, the one that would serve the path today (HEAD
   * requests run GET handlers); null when none would (a 404). Other inputs belong to their desc.
   */
  static String owner(TraceDesc d, List<Toplevel.Handler> handlers) {
    if (!d.module().equals("HTTP") && !d.module().equals("HTTP_BASIC")) return d.module() + " " + d.path() + " " + d.modifier();
    String method = d.modifier().equals("HEAD") ? "GET" : d.modifier();
    var candidates = handlers.stream().filter(h -> h.spec().isComplete() && h.spec().module().equals(d.module())
        && h.spec().modifier().equals(method)
        && (h.spec() instanceof HandlerSpec.Http || h.spec() instanceof HandlerSpec.HttpBasic)).toList();
    var matches = Router.mostSpecific(candidates, h -> h.spec().name(), d.path());
    return matches.isEmpty() ? null : "tlid " + matches.get(0).handler().tlid();
  }

  /** Deletes a handler's inputs that are both older than a week and not among its newest ten. */
  private long trimHandler(Handle h, UUID canvasId, List<TraceDesc> descs, Instant weekAgo) {
    var tenth = h.createQuery("""
        SELECT timestamp FROM stored_events_v2 WHERE canvas_id = :canvas AND (module, path, modifier) IN
          (SELECT * FROM unnest(CAST(:modules AS text[]), CAST(:paths AS text[]), CAST(:modifiers AS text[])))
        ORDER BY timestamp DESC OFFSET :keep LIMIT 1""")
        .bind("canvas", canvasId).bind("keep", KEEP_PER_HANDLER - 1);
    bindDescs(tenth, descs);
    var cutoff = tenth.mapTo(OffsetDateTime.class).findOne();
    if (cutoff.isEmpty()) return 0;
    OffsetDateTime before = cutoff.get().toInstant().isBefore(weekAgo) ? cutoff.get() : TraceStore.utc(weekAgo);
    return repeat(() -> {
      var delete = h.createUpdate("""
          DELETE FROM stored_events_v2 WHERE ctid IN (
            SELECT ctid FROM stored_events_v2 WHERE canvas_id = :canvas AND timestamp < :before
            AND (module, path, modifier) IN
              (SELECT * FROM unnest(CAST(:modules AS text[]), CAST(:paths AS text[]), CAST(:modifiers AS text[])))
            LIMIT :batch)""").bind("canvas", canvasId).bind("before", before).bind("batch", batchSize);
      bindDescs(delete, descs);
      return delete.execute();
    });
  }

  /** Keeps only the newest request of each unmatched path. */
  private long trimNotFound(Handle h, UUID canvasId, List<TraceDesc> descs) {
    if (descs.isEmpty()) return 0;
    return repeat(() -> {
      var delete = h.createUpdate("""
          DELETE FROM stored_events_v2 WHERE ctid IN (
            SELECT ctid FROM (
              SELECT ctid, row_number() OVER (PARTITION BY module, path, modifier ORDER BY timestamp DESC) AS newest
              FROM stored_events_v2 WHERE canvas_id = :canvas AND (module, path, modifier) IN
                (SELECT * FROM unnest(CAST(:modules AS text[]), CAST(:paths AS text[]), CAST(:modifiers AS text[])))
            ) ranked WHERE newest > 1 LIMIT :batch)""").bind("canvas", canvasId).bind("batch", batchSize);
      bindDescs(delete, descs);
      return delete.execute();
    });
  }

  private static void bindDescs(SqlStatement<?> s, List<TraceDesc> descs) {
    s.bindArray("modules", String.class, descs.stream().map(TraceDesc::module).toList());
    s.bindArray("paths", String.class, descs.stream().map(TraceDesc::path).toList());
    s.bindArray("modifiers", String.class, descs.stream().map(TraceDesc::modifier).toList());
  }

  /** Repeats a batched delete while batches come back full. */
  private long repeat(IntSupplier batch) {
    long total = 0;
    for (int i = 0; i < MAX_BATCHES; i++) {
      int n = batch.getAsInt();
      total += n;
      if (n < batchSize) break;
    }
    return total;
  }
}
