package umbra.handler.traces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import umbra.handler.events.CanvasEventLog;

/**
 * Writes the trace tables of backend.md 3.2 (stored inputs, function arguments, function results)
 * and tells the canvases' event feeds.
 */
final class TraceStore {
  private final Handle h;

  TraceStore(Handle h) { this.h = h; }

  /** One COPY per table for the whole batch: far cheaper for PostgreSQL than as many INSERTs. */
  void insert(List<TraceRows> traces) {
    copy("COPY stored_events_v2 (canvas_id, trace_id, module, path, modifier, timestamp, value, status, duration_us, "
        + "error, error_tlid, error_expr_id) FROM STDIN", traces, TraceRows::input);
    copy("COPY function_arguments (canvas_id, trace_id, tlid, timestamp, arguments_json) FROM STDIN",
        traces, TraceRows::arguments);
    copy("COPY function_results_v3 (canvas_id, trace_id, tlid, fnname, id, hash, hash_version, timestamp, value, "
        + "duration_us) FROM STDIN", traces, TraceRows::results);
    CanvasEventLog.append(h, traces.stream().map(t -> Map.entry(t.canvasId(), t.event())).toList());
  }

  /** Streams each trace's rows in turn: the batch is never copied into one array. */
  private void copy(String sql, List<TraceRows> traces, Function<TraceRows, byte[]> rows) {
    if (traces.stream().allMatch(t -> rows.apply(t).length == 0)) return;
    Enumeration<InputStream> each = Collections.enumeration(
        traces.stream().<InputStream>map(t -> new ByteArrayInputStream(rows.apply(t))).toList());
    try (InputStream all = new SequenceInputStream(each)) {
      h.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql, all, 64 * 1024);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not store traces: " + e.getMessage(), e);
    }
  }

  static OffsetDateTime utc(Instant at) { return at.atOffset(ZoneOffset.UTC); }
}
