package umbra.handler.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.Op;
import umbra.domain.trace.TraceIds;
import umbra.dto.api.CheckDtos;
import umbra.handler.limits.Deadline;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.SecretStore;
import umbra.handler.traces.TraceQueries;
import umbra.service.check.CheckService;
import umbra.service.check.TraceSample;
import umbra.service.check.Verdict;

/**
 * Replay before accepting an edit: the newest traces of each handler the ops would change, run
 * on the code before and after, effects answered from the traces; nothing is performed or saved.
 */
public final class CheckApi {
  /** How many of each handler's newest traces are replayed. */
  static final int TRACES_PER_HANDLER = 5;

  private final ApiAccess access;
  private final CanvasLoader loader;
  private final TraceQueries traces;
  private final CheckService service;
  private final Jdbi jdbi;
  private final Duration timeLimit;

  /** @param timeLimit the longest one check may take (traces it did not reach are undecided) */
  public CheckApi(ApiAccess access, CanvasLoader loader, TraceQueries traces, CheckService service, Jdbi jdbi,
      Duration timeLimit) {
    this.access = access;
    this.loader = loader;
    this.traces = traces;
    this.service = service;
    this.jdbi = jdbi;
    this.timeLimit = timeLimit;
  }

  public ApiResult<CheckDtos.CheckResult> check(Account account, String canvasName, CheckDtos.CheckRequest request) {
    List<Op> ops;
    try {
      ops = request.ops().stream().map(OpWire::domain).toList();
    } catch (WireException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, e.getMessage());
    }
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> {
      UUID canvasId = g.canvas().id();
      Canvas before = loader.loadAll(canvasId);
      return switch (service.after(before, ops)) {
        case Checked.Rejected<Canvas> r -> ApiResult.failed(Problem.REJECTED, r.reason());
        case Checked.Ok<Canvas> after -> ApiResult.ok(result(service.check(before, after.value(),
            jdbi.withHandle(h -> new SecretStore(h).values(canvasId)), samples(canvasId, service.affected(after.value(), ops)),
            Deadline.after(timeLimit, "the check"))));
      };
    });
  }

  private List<TraceSample> samples(UUID canvasId, List<Long> handlers) {
    var samples = new ArrayList<TraceSample>();
    List<TraceQueries.TraceRef> refs = handlers.isEmpty() ? List.of() : traces.allTraces(canvasId);
    for (long tlid : handlers) {
      refs.stream().filter(r -> r.tlid() == tlid && !r.traceId().equals(TraceIds.defaultFor(tlid)))
          .limit(TRACES_PER_HANDLER)
          .forEach(r -> traces.traceData(canvasId, tlid, r.traceId()).ifPresent(d ->
              samples.add(new TraceSample(tlid, r.traceId(), d.input(), traces.allResults(canvasId, r.traceId())))));
    }
    return samples;
  }

  private static CheckDtos.CheckResult result(List<Verdict> verdicts) {
    var out = verdicts.stream().map(v -> new CheckDtos.TraceVerdict(v.tlid(), v.traceId().toString(),
        v.kind().name().toLowerCase(Locale.ROOT), v.before(), v.after(), v.reason())).toList();
    return new CheckDtos.CheckResult(out, count(verdicts, Verdict.Kind.SAME), count(verdicts, Verdict.Kind.DIFFERS),
        count(verdicts, Verdict.Kind.UNDECIDED));
  }

  private static int count(List<Verdict> verdicts, Verdict.Kind kind) {
    return (int) verdicts.stream().filter(v -> v.kind() == kind).count();
  }
}
