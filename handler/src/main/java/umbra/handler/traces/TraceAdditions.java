package umbra.handler.traces;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.dto.api.EventDtos;
import umbra.handler.events.CanvasEventLog;

/**
 * Adds to a stored trace what a replay or a play produced, in one transaction and at once (not
 * through the background writer), since the editor reads it right after: the newer results
 * win when the trace is read, and a replay's outcome replaces the request's.
 */
public final class TraceAdditions {
  private final Jdbi jdbi;
  private final Clock clock;

  public TraceAdditions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * A replay of a handler: its results and arguments, its outcome, and a {@code trace} event for
   * open editors; {@code desc} names the handler when the trace has no stored request (a sample).
   */
  public void replayed(UUID canvasId, UUID traceId, long tlid, TraceDesc desc, List<RecordedResult> results,
      List<RecordedArguments> arguments, TraceOutcome outcome) {
    jdbi.useTransaction(h -> {
      Instant at = clock.instant();
      insert(h.prepareBatch(RESULTS), h.prepareBatch(ARGUMENTS), canvasId, traceId, results, arguments, at);
      // the event names the request's own path when the trace has one stored
      String path = h.createQuery("""
          UPDATE stored_events_v2 SET status = :status, duration_us = :duration, error = :error, error_tlid = :etlid,
            error_expr_id = :eid WHERE canvas_id = :canvas AND trace_id = :trace RETURNING path""")
          .bind("status", outcome.status()).bind("duration", outcome.durationMicros())
          .bind("error", outcome.error().orElse(null))
          .bind("etlid", outcome.errorAt().map(e -> e.tlid()).orElse(null))
          .bind("eid", outcome.errorAt().map(e -> e.exprId()).orElse(null))
          .bind("canvas", canvasId).bind("trace", traceId).mapTo(String.class).findFirst().orElse(desc.path());
      CanvasEventLog.append(h, List.of(Map.entry(canvasId, CanvasEventLog.json(new EventDtos.Trace(EventDtos.Trace.TYPE,
          tlid, traceId.toString(), desc.module(), desc.modifier(), path, outcome.status(),
          outcome.durationMicros(), outcome.error())))));
    });
  }

  /** A play of one call: its result (and those of the calls it made) and its functions' arguments. */
  public void played(UUID canvasId, UUID traceId, List<RecordedResult> results, List<RecordedArguments> arguments) {
    jdbi.useTransaction(h -> insert(h.prepareBatch(RESULTS), h.prepareBatch(ARGUMENTS), canvasId, traceId, results,
        arguments, clock.instant()));
  }

  private static final String RESULTS = """
      INSERT INTO function_results_v3 (canvas_id, trace_id, tlid, fnname, id, hash, hash_version, timestamp, value, duration_us)
      VALUES (:canvas, :trace, :tlid, :fnname, :id, :hash, :version, :at, :value, :duration)""";

  private static final String ARGUMENTS = """
      INSERT INTO function_arguments (canvas_id, trace_id, tlid, timestamp, arguments_json)
      VALUES (:canvas, :trace, :tlid, :at, :args)""";

  private static void insert(PreparedBatch results, PreparedBatch arguments, UUID canvasId, UUID traceId,
      List<RecordedResult> rs, List<RecordedArguments> as, Instant at) {
    for (RecordedResult r : rs) {
      results.bind("canvas", canvasId).bind("trace", traceId).bind("tlid", r.tlid()).bind("fnname", r.fnName())
          .bind("id", r.callSiteId()).bind("hash", r.hash()).bind("version", r.hashVersion()).bind("at", TraceStore.utc(at))
          .bind("value", TraceValueJson.write(r.value())).bind("duration", r.durationMicros()).add();
    }
    for (RecordedArguments a : as) {
      arguments.bind("canvas", canvasId).bind("trace", traceId).bind("tlid", a.tlid()).bind("at", TraceStore.utc(at))
          .bind("args", TraceValueJson.write(new Dval.DObj(new TreeMap<>(a.args())))).add();
    }
    if (!rs.isEmpty()) results.execute();
    if (!as.isEmpty()) arguments.execute();
  }

}
