package umbra.handler.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.dto.api.ExecutionDtos;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.http.CanvasWorld;
import umbra.handler.limits.Deadline;
import umbra.handler.storage.LoggedErrors;
import umbra.handler.queue.EventQueue;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.SecretStore;
import umbra.handler.traces.TraceAdditions;
import umbra.handler.traces.TraceQueries;
import umbra.handler.traces.TraceValueJson;
import umbra.service.execution.CallFunction;
import umbra.service.execution.Execution;
import umbra.service.execution.ExecutionService;
import umbra.service.execution.ExecutionStep;
import umbra.service.execution.ReplayTrace;

/**
 * Replay and play: the canvas's current code run for real (real effects, so only for callers who
 * may change the canvas), its results stored into the trace the editor is looking at.
 */
public final class ExecutionApi {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutionApi.class);

  private final ApiAccess access;
  private final CanvasLoader loader;
  private final TraceQueries traces;
  private final TraceAdditions additions;
  private final ExecutionService service;
  private final Jdbi jdbi;
  private final UserData userData;
  private final EventQueue queue;
  private final EffectPerformer world;
  private final Duration timeLimit;

  /** @param timeLimit the longest one replay or play may take, effects included */
  public ExecutionApi(ApiAccess access, CanvasLoader loader, TraceQueries traces, TraceAdditions additions,
      ExecutionService service, Jdbi jdbi, EffectPerformer world, Duration timeLimit) {
    this.access = access;
    this.loader = loader;
    this.traces = traces;
    this.additions = additions;
    this.service = service;
    this.jdbi = jdbi;
    this.userData = new UserData(jdbi);
    this.queue = new EventQueue(jdbi);
    this.world = world;
    this.timeLimit = timeLimit;
  }

  /** Runs a handler, worker, cron or REPL on its current code with the trace's input. */
  public ApiResult<ExecutionDtos.Executed> replay(Account account, String canvasName, long tlid, String traceId) {
    return traceId(traceId).then(id -> access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> {
      UUID canvasId = g.canvas().id();
      Canvas canvas = loader.loadAll(canvasId);
      Toplevel.Handler handler = canvas.handlers().live().get(tlid);
      Optional<TraceQueries.TraceData> data = handler == null ? Optional.empty() : traces.traceData(canvasId, tlid, id);
      if (data.isEmpty()) return notLive(canvasName, tlid, "handler");
      Optional<Execution> run = service.replay(new ReplayTrace(canvas, secrets(canvasId), tlid, data.get().input(),
          Deadline.after(timeLimit, "the replay")));
      ExecutionStep.Finished done = perform(run.orElseThrow().start(), canvasId);
      var desc = new TraceDesc(handler.spec().module(), handler.spec().name(), handler.spec().modifier());
      additions.replayed(canvasId, id, tlid, desc, done.results(), done.arguments(), done.outcome());
      return ApiResult.ok(executed(id, done, data.get().outcome()));
    }));
  }

  /** Calls one function for real with the given arguments, as the call at {@code callerId}. */
  public ApiResult<ExecutionDtos.Executed> play(Account account, String canvasName, long tlid,
      ExecutionDtos.PlayRequest request) {
    return traceId(request.traceId()).then(id -> arguments(request.args()).then(args ->
        access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> {
          UUID canvasId = g.canvas().id();
          Canvas canvas = loader.loadAll(canvasId);
          if (canvas.handlers().live().get(tlid) == null && canvas.functions().live().get(tlid) == null) {
            return notLive(canvasName, tlid, "handler or function");
          }
          Optional<Execution> run = service.call(new CallFunction(canvas, secrets(canvasId), tlid, request.callerId(),
              request.fnName(), args, Deadline.after(timeLimit, "the call of " + request.fnName())));
          if (run.isEmpty()) {
            return ApiResult.failed(Problem.NOT_FOUND, "no builtin or function of canvas '" + canvasName + "' is named '"
                + request.fnName() + "' (builtins are written Module::name_vN)");
          }
          ExecutionStep.Finished done = perform(run.get().start(), canvasId);
          additions.played(canvasId, id, done.results(), done.arguments());
          return ApiResult.ok(executed(id, done, Optional.empty()));
        })));
  }

  private ExecutionStep.Finished perform(ExecutionStep step, UUID canvasId) {
    EffectPerformer canvasWorld = CanvasWorld.of(canvasId, userData, queue, world);
    long started = System.nanoTime();
    while (step instanceof ExecutionStep.NeedsEffect need) {
      long asked = System.nanoTime();
      Dval answer;
      try {
        answer = canvasWorld.perform(need.request()).orElseThrow();
      } catch (RuntimeException e) {
        LOG.error("effect {} failed", need.request().function(), LoggedErrors.withoutValues(e));
        answer = Dval.error("Unknown error");
      }
      step = need.resume(answer, System.nanoTime() - asked);
    }
    var done = (ExecutionStep.Finished) step;
    return new ExecutionStep.Finished(done.result(), done.response(), done.results(), done.arguments(),
        done.outcome().withDuration((System.nanoTime() - started) / 1_000));
  }

  private Map<String, String> secrets(UUID canvasId) {
    return jdbi.withHandle(h -> new SecretStore(h).values(canvasId));
  }

  private static ExecutionDtos.Executed executed(UUID traceId, ExecutionStep.Finished done,
      Optional<TraceOutcome> before) {
    return new ExecutionDtos.Executed(traceId.toString(), TraceApi.value(done.result()),
        done.response().map(r -> new ExecutionDtos.Response(r.status(), new String(r.body(), StandardCharsets.UTF_8))),
        TraceApi.outcome(done.outcome()), before.map(TraceApi::outcome));
  }

  private static ApiResult<UUID> traceId(String text) {
    try {
      return ApiResult.ok(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "a trace id is a UUID, not '" + text + "'");
    }
  }

  private static ApiResult<List<Dval>> arguments(List<String> json) {
    var args = new ArrayList<Dval>(json.size());
    for (int i = 0; i < json.size(); i++) {
      try {
        args.add(TraceValueJson.read(json.get(i)));
      } catch (RuntimeException e) {
        return ApiResult.failed(Problem.BAD_REQUEST, "argument " + (i + 1) + " is not a value in the trace format: "
            + e.getMessage());
      }
    }
    return ApiResult.ok(args);
  }

  private static <T> ApiResult<T> notLive(String canvasName, long tlid, String what) {
    return ApiResult.failed(Problem.NOT_FOUND,
        "toplevel " + Long.toUnsignedString(tlid) + " of canvas '" + canvasName + "' is not a live " + what);
  }

}
