package umbra.handler.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.UUID;
import umbra.domain.account.Permission;
import umbra.domain.value.Dval;
import umbra.dto.api.AnalysisDtos;
import umbra.dto.api.TraceDtos;
import umbra.handler.limits.Deadline;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.SecretStore;
import umbra.handler.traces.TraceQueries;
import umbra.service.analysis.AnalysisService;
import umbra.service.analysis.AnalyzeTrace;

/**
 * Live values: a handler's or function's code run against a stored trace, its effects answered
 * from the trace (nothing is performed). Secrets show only to callers who may change the canvas.
 */
public final class AnalysisApi {
  private final ApiAccess access;
  private final CanvasLoader loader;
  private final TraceQueries traces;
  private final AnalysisService service;
  private final org.jdbi.v3.core.Jdbi jdbi;
  private final Duration timeLimit;

  /** @param timeLimit the longest one analysis may take */
  public AnalysisApi(ApiAccess access, CanvasLoader loader, TraceQueries traces, AnalysisService service,
      org.jdbi.v3.core.Jdbi jdbi, Duration timeLimit) {
    this.access = access;
    this.loader = loader;
    this.traces = traces;
    this.service = service;
    this.jdbi = jdbi;
    this.timeLimit = timeLimit;
  }

  public ApiResult<AnalysisDtos.Analysis> analyze(Account account, String canvasName, long tlid, String traceId) {
    UUID id;
    try {
      id = UUID.fromString(traceId);
    } catch (IllegalArgumentException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "a trace id is a UUID, not '" + traceId + "'");
    }
    return access.canvas(account, canvasName, Permission.READ).then(g -> {
      UUID canvas = g.canvas().id();
      var data = traces.traceData(canvas, tlid, id);
      if (data.isEmpty()) {
        return ApiResult.failed(Problem.NOT_FOUND,
            "toplevel " + Long.toUnsignedString(tlid) + " of canvas '" + canvasName + "' is not a live handler or function");
      }
      var cmd = new AnalyzeTrace(loader.loadAll(canvas), jdbi.withHandle(h -> new SecretStore(h).values(canvas)), g.permission() == Permission.READ_WRITE, tlid,
          data.get().input(), traces.allResults(canvas, id), Deadline.after(timeLimit, "the analysis"));
      return service.analyze(cmd).map(a -> {
        var live = new TreeMap<Long, Dval>(a.liveValues());
        var out = new LinkedHashMap<String, TraceDtos.Value>();
        live.forEach((exprId, v) -> out.put(Long.toUnsignedString(exprId), TraceApi.value(v)));
        return ApiResult.ok(new AnalysisDtos.Analysis(id.toString(), TraceApi.value(a.result()), out,
            a.notExecuted().stream().map(Long::toUnsignedString).toList()));
      }).orElseGet(() -> ApiResult.failed(Problem.NOT_FOUND, "no such toplevel"));
    });
  }
}
