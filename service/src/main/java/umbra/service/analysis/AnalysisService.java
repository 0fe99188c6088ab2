package umbra.service.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.canvas.Toplevel;
import umbra.domain.datastore.Datastore;
import umbra.domain.eval.EffectRequest;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Limits;
import umbra.domain.eval.Outcome;
import umbra.domain.program.Globals;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.Expr;
import umbra.domain.trace.ArgumentHash;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * The editor's live values (backend.md 3, "the editor runs code filling in impure results from
 * the trace"): the toplevel's code runs with the trace's input, every effect it asks for is
 * answered from the trace's stored results (by function, call site and argument hash), and a call
 * the trace has no result for is incomplete. Nothing real is ever performed: this is pure.
 */
public final class AnalysisService {
  private final Registry builtins;
  private final Limits limits;

  public AnalysisService(Registry builtins, Limits limits) {
    this.builtins = builtins;
    this.limits = limits;
  }

  /**
   * The value of every expression that ran (expressions on branches not taken have none) and
   * the toplevel's result; empty when the tlid is not a live handler or function.
   */
  public record Analysis(Map<Long, Dval> liveValues, Dval result) {}

  public Optional<Analysis> analyze(AnalyzeTrace cmd) {
    Toplevel.Handler handler = cmd.canvas().handlers().live().get(cmd.tlid());
    Toplevel.UserFn fn = cmd.canvas().functions().live().get(cmd.tlid());
    Expr code = handler != null ? handler.ast() : fn != null ? fn.body() : null;
    if (code == null) return Optional.empty();
    List<Datastore> dbs = cmd.canvas().dbs().live().values().stream().map(Datastore::of).toList();
    var functions = new HashMap<String, UserFunction>();
    for (Toplevel.UserFn f : cmd.canvas().functions().live().values()) functions.put(f.name(), f.toProgram());
    Symtable globals = Globals.of(dbs, cmd.revealSecrets() ? cmd.secrets() : Map.of());
    if (!cmd.revealSecrets()) {
      for (String name : cmd.secrets().keySet()) globals = globals.bind(name, Dval.INCOMPLETE);
    }
    ExecutionState state = ExecutionState.of(builtins).withUserFunctions(functions).withGlobals(globals)
        .withDatastores(Globals.byName(dbs)).withTlid(cmd.tlid()).withLimits(limits).withLiveValues(true);
    Symtable env = globals;
    for (Map.Entry<String, Dval> e : cmd.input()) env = env.bind(e.getKey(), e.getValue());
    Evaluation evaluation = Evaluation.start(state, code, env);
    Outcome outcome = evaluation.run();
    while (outcome instanceof Outcome.Suspended s) outcome = evaluation.resume(fromTrace(s.request(), cmd.results()));
    return Optional.of(new Analysis(evaluation.liveValues(), ((Outcome.Done) outcome).value()));
  }

  private static Dval fromTrace(EffectRequest request, List<RecordedResult> results) {
    String name = request.function().toString();
    String hash = ArgumentHash.v1(request.args());
    for (RecordedResult r : results) {
      if (r.fnName().equals(name) && r.callSiteId() == request.callSiteId() && r.hash().equals(hash)) return r.value();
    }
    return Dval.INCOMPLETE;
  }
}
