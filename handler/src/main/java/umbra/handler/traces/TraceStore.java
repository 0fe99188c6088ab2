package umbra.handler.traces;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;

/** Writes the trace tables of backend.md 3.2 (stored inputs, function arguments, function results). */
final class TraceStore {
  private final Handle h;

  TraceStore(Handle h) { this.h = h; }

  /** A trace's input or a 404's request, kept under its desc; {@code at} is when the request arrived. */
  record Input(UUID canvasId, UUID traceId, TraceDesc desc, Dval value, Instant at) {}

  record Arguments(UUID canvasId, UUID traceId, RecordedArguments arguments, Instant at) {}

  record Result(UUID canvasId, UUID traceId, RecordedResult result, Instant at) {}

  void insertInputs(List<Input> inputs) {
    if (inputs.isEmpty()) return;
    PreparedBatch batch = h.prepareBatch("""
        INSERT INTO stored_events_v2 (canvas_id, trace_id, module, path, modifier, timestamp, value)
        VALUES (:canvas, :trace, :module, :path, :modifier, :at, :value)""");
    for (Input i : inputs) {
      batch.bind("canvas", i.canvasId()).bind("trace", i.traceId()).bind("module", i.desc().module())
          .bind("path", i.desc().path()).bind("modifier", i.desc().modifier()).bind("at", utc(i.at()))
          .bind("value", TraceValueJson.write(i.value())).add();
    }
    batch.execute();
  }

  void insertArguments(List<Arguments> rows) {
    if (rows.isEmpty()) return;
    PreparedBatch batch = h.prepareBatch("""
        INSERT INTO function_arguments (canvas_id, trace_id, tlid, timestamp, arguments_json)
        VALUES (:canvas, :trace, :tlid, :at, :args)""");
    for (Arguments a : rows) {
      batch.bind("canvas", a.canvasId()).bind("trace", a.traceId()).bind("tlid", a.arguments().tlid())
          .bind("at", utc(a.at())).bind("args", TraceValueJson.writeArguments(a.arguments().args())).add();
    }
    batch.execute();
  }

  void insertResults(List<Result> rows) {
    if (rows.isEmpty()) return;
    PreparedBatch batch = h.prepareBatch("""
        INSERT INTO function_results_v3 (canvas_id, trace_id, tlid, fnname, id, hash, hash_version, timestamp, value)
        VALUES (:canvas, :trace, :tlid, :fnname, :id, :hash, :version, :at, :value)""");
    for (Result r : rows) {
      RecordedResult res = r.result();
      batch.bind("canvas", r.canvasId()).bind("trace", r.traceId()).bind("tlid", res.tlid())
          .bind("fnname", res.fnName()).bind("id", res.callSiteId()).bind("hash", res.hash())
          .bind("version", res.hashVersion()).bind("at", utc(r.at())).bind("value", TraceValueJson.write(res.value()))
          .add();
    }
    batch.execute();
  }

  static OffsetDateTime utc(Instant at) { return at.atOffset(ZoneOffset.UTC); }
}
