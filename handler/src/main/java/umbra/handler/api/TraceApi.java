package umbra.handler.api;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import umbra.domain.account.Permission;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Repr;
import umbra.dto.api.TraceDtos;
import umbra.handler.storage.Account;
import umbra.handler.traces.TraceQueries;
import umbra.handler.traces.TraceValueJson;

/** What the editor reads of a canvas's traces and 404s, with the caller's permission checked. */
public final class TraceApi {
  private final ApiAccess access;
  private final TraceQueries traces;
  private final Clock clock;

  public TraceApi(ApiAccess access, TraceQueries traces, Clock clock) {
    this.access = access;
    this.traces = traces;
    this.clock = clock;
  }

  /** The newest traces of every toplevel, or of one when {@code tlid} is given. */
  public ApiResult<TraceDtos.TraceList> list(Account account, String canvasName, Optional<Long> tlid) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> new TraceDtos.TraceList(
        traces.allTraces(g.canvas().id()).stream()
            .filter(t -> tlid.isEmpty() || t.tlid() == tlid.get())
            .map(t -> new TraceDtos.TraceRef(t.tlid(), t.traceId().toString()))
            .toList()));
  }

  public ApiResult<TraceDtos.TraceData> data(Account account, String canvasName, long tlid, String traceId) {
    UUID id;
    try {
      id = UUID.fromString(traceId);
    } catch (IllegalArgumentException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "a trace id is a UUID, not '" + traceId + "'");
    }
    return access.canvas(account, canvasName, Permission.READ).then(g ->
        traces.traceData(g.canvas().id(), tlid, id)
            .map(d -> ApiResult.ok(new TraceDtos.TraceData(d.traceId().toString(),
                d.input().stream().map(e -> new TraceDtos.Input(e.getKey(), value(e.getValue()))).toList(),
                d.timestamp(),
                d.results().stream().map(r -> new TraceDtos.FunctionResult(r.result().fnName(), r.result().callSiteId(),
                    r.result().hash(), r.result().hashVersion(), value(r.result().value()), r.timestamp(),
                    r.result().durationMicros())).toList(),
                d.outcome().map(TraceApi::outcome))))
            .orElseGet(() -> ApiResult.failed(Problem.NOT_FOUND,
                "toplevel " + Long.toUnsignedString(tlid) + " of canvas '" + canvasName + "' is not a live handler or function")));
  }

  public ApiResult<TraceDtos.NotFoundList> notFounds(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> new TraceDtos.NotFoundList(
        traces.notFounds(g.canvas().id(), clock.instant()).stream()
            .map(n -> new TraceDtos.NotFound(n.desc().module(), n.desc().path(), n.desc().modifier(), n.timestamp(),
                n.traceId().toString()))
            .toList()));
  }

  /** Forgets every stored request of one unmatched (module, path, modifier). */
  public ApiResult<TraceDtos.Deleted> deleteNotFound(Account account, String canvasName, Map<String, String> desc) {
    for (String key : new String[] {"module", "path", "modifier"}) {
      if (desc.get(key) == null) return ApiResult.failed(Problem.BAD_REQUEST, "the query parameter '" + key + "' is required");
    }
    var which = new TraceDesc(desc.get("module"), desc.get("path"), desc.get("modifier"));
    return access.canvas(account, canvasName, Permission.READ_WRITE)
        .map(g -> new TraceDtos.Deleted(traces.deleteNotFound(g.canvas().id(), which)));
  }

  static TraceDtos.Outcome outcome(TraceOutcome o) {
    return new TraceDtos.Outcome(o.status(), o.error(), o.errorAt().map(ErrorSource.At::tlid),
        o.errorAt().map(ErrorSource.At::exprId), o.durationMicros());
  }

  /** A value as the API shows it: as code reads it, and as a trace stores it. */
  static TraceDtos.Value value(Dval v) {
    return new TraceDtos.Value(Repr.toRepr(v), TraceValueJson.write(v));
  }
}
