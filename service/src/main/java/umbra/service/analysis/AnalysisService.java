package umbra.service.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Limits;
import umbra.domain.eval.Outcome;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;
import umbra.service.trace.CanvasState;

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
   * The value of every expression that ran, the ids of the code's expressions that did not run
   * (branches not taken, lambdas never called), and the toplevel's result.
   */
  public record Analysis(Map<Long, Dval> liveValues, List<Long> notExecuted, Dval result) {
    public Analysis {
      liveValues = Map.copyOf(liveValues);
      notExecuted = List.copyOf(notExecuted);
    }
  }

  /** Empty when the tlid is not a live handler or function. */

  public Optional<Analysis> analyze(AnalyzeTrace cmd) {
    Toplevel.Handler handler = cmd.canvas().handlers().live().get(cmd.tlid());
    Toplevel.UserFn fn = cmd.canvas().functions().live().get(cmd.tlid());
    Expr code = handler != null ? handler.ast() : fn != null ? fn.body() : null;
    if (code == null) return Optional.empty();
    // a caller who may only read the canvas sees secrets as incomplete values
    Map<String, String> secrets = cmd.revealSecrets() ? cmd.secrets() : Map.of();
    CanvasState canvas = CanvasState.of(builtins, limits, cmd.canvas(), secrets, cmd.tlid());
    Symtable globals = canvas.globals();
    if (!cmd.revealSecrets()) {
      for (String name : cmd.secrets().keySet()) globals = globals.bind(name, Dval.INCOMPLETE);
    }
    ExecutionState state = canvas.state().withGlobals(globals).withLiveValues(true).withCancellation(cmd.cancellation());
    Symtable env = globals;
    for (Map.Entry<String, Dval> e : cmd.input()) env = env.bind(e.getKey(), e.getValue());
    Evaluation evaluation = Evaluation.start(state, code, env);
    var answers = new TraceAnswers(cmd.results());
    Outcome outcome = evaluation.run();
    while (outcome instanceof Outcome.Suspended s) {
      outcome = evaluation.resume(answers.answer(s.request()).orElse(Dval.INCOMPLETE));
    }
    Map<Long, Dval> live = evaluation.liveValues();
    var notRun = new ArrayList<Long>();
    notExecuted(code, live, notRun);
    return Optional.of(new Analysis(live, notRun, ((Outcome.Done) outcome).value()));
  }

  private static void notExecuted(Expr e, Map<Long, Dval> live, List<Long> out) {
    if (!live.containsKey(e.id())) out.add(e.id());
    for (Expr child : Children.of(e)) notExecuted(child, live, out);
  }
}
