package umbra.service.execution;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.Limits;
import umbra.domain.http.BasicResponse;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.LegacyResponse;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.FnName;
import umbra.domain.trace.ArgumentHash;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;
import umbra.service.trace.CanvasState;
import umbra.service.trace.TracedRun;

/**
 * The editor's replay and play: code of the canvas as it is now, run for real and traced. Pure:
 * every effect comes back as a step for the handler layer to perform.
 */
public final class ExecutionService {
  private final Registry builtins;
  private final Limits limits;

  public ExecutionService(Registry builtins, Limits limits) {
    this.builtins = builtins;
    this.limits = limits;
  }

  /** Empty when the tlid is not a live handler (HTTP, worker, cron or REPL) of the canvas. */
  public Optional<Execution> replay(ReplayTrace cmd) {
    Toplevel.Handler handler = cmd.canvas().handlers().live().get(cmd.tlid());
    if (handler == null) return Optional.empty();
    CanvasState canvas = CanvasState.of(builtins, limits, cmd.canvas(), cmd.secrets(), cmd.tlid());
    Symtable env = canvas.globals();
    for (Map.Entry<String, Dval> e : cmd.input()) env = env.bind(e.getKey(), e.getValue());
    Optional<Function<Dval, HttpResponse>> respond = switch (handler.spec()) {
      case HandlerSpec.Http h -> Optional.of(LegacyResponse::withoutCors);
      case HandlerSpec.HttpBasic h -> Optional.of(BasicResponse::from);
      default -> Optional.empty();
    };
    var run = new TracedRun(canvas.state().withTraces(true).withCancellation(cmd.cancellation()), handler.ast(), env);
    return Optional.of(new Execution(run, respond, Optional.empty()));
  }

  /** Empty when no builtin or function of the canvas has that name. */
  public Optional<Execution> call(CallFunction cmd) {
    Optional<FnName> name = name(cmd);
    if (name.isEmpty()) return Optional.empty();
    CanvasState canvas = CanvasState.of(builtins, limits, cmd.canvas(), cmd.secrets(), cmd.tlid());
    var run = TracedRun.calling(canvas.state().withTraces(true).withCancellation(cmd.cancellation()),
        new Dval.DNamedFn(name.get()), cmd.args());
    String hash = ArgumentHash.v1(cmd.args());
    return Optional.of(new Execution(run, Optional.empty(), Optional.of(result ->
        new RecordedResult(cmd.tlid(), name.get().toString(), cmd.callerId(), hash, ArgumentHash.VERSION, result, 0))));
  }

  private Optional<FnName> name(CallFunction cmd) {
    boolean userFn = cmd.canvas().functions().live().values().stream().anyMatch(f -> f.name().equals(cmd.fnName()));
    if (userFn) return Optional.of(new FnName.User(cmd.fnName()));
    try {
      FnName.Stdlib stdlib = Registry.parseName(cmd.fnName());
      return builtins.get(stdlib) != null ? Optional.of(stdlib) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
