package umbra.service.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.OpApplication;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.Cancellation;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.Limits;
import umbra.domain.eval.Outcome;
import umbra.domain.http.BasicResponse;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.LegacyResponse;
import umbra.domain.http.Responses;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Repr;
import umbra.domain.value.Symtable;
import umbra.service.analysis.TraceAnswers;
import umbra.service.trace.CanvasState;

/**
 * Replay before accepting an edit: the newest traces of each handler an edit changes run on the
 * code before and after it, every impure call answered from the trace (nothing is performed), and
 * the two responses are compared. A call the trace has no result for makes the trace undecided.
 */
public final class CheckService {
  private final Registry builtins;
  private final Limits limits;

  public CheckService(Registry builtins, Limits limits) {
    this.builtins = builtins;
    this.limits = limits;
  }

  /** The canvas after the ops, or why they would be refused. */
  public Checked<Canvas> after(Canvas before, List<Op> ops) {
    return OpApplication.replay(before, List.of(), ops);
  }

  /**
   * The live handlers (after the edit) whose behaviour the ops may change: those the ops set, and
   * those calling, directly or through other functions, a function the ops set or delete.
   */
  public List<Long> affected(Canvas after, List<Op> ops) {
    Set<Long> touched = new HashSet<>();
    for (Op op : ops) touched.add(op.tlid());
    Set<String> changedFns = new HashSet<>();
    for (Op op : ops) {
      if (op instanceof Op.SetFunction f) changedFns.add(f.fn().name());
      if (op instanceof Op.DeleteFunction d) changedFns.add(nameIn(after, d.tlid()));
    }
    var out = new ArrayList<Long>();
    for (Toplevel.Handler h : after.handlers().live().values()) {
      if (touched.contains(h.tlid()) || calls(h.ast(), changedFns, after, new HashSet<>())) out.add(h.tlid());
    }
    return out;
  }

  /**
   * One verdict per sample (samples of handlers missing on either side are skipped). When {@code
   * cancellation} stops the runs (the check's time is up), the trace being replayed and those after
   * it are undecided: a run cut short says nothing about the code.
   */
  public List<Verdict> check(Canvas before, Canvas after, Map<String, String> secrets, List<TraceSample> samples,
      Cancellation cancellation) {
    var verdicts = new ArrayList<Verdict>();
    for (TraceSample s : samples) {
      Toplevel.Handler old = before.handlers().live().get(s.tlid());
      Toplevel.Handler now = after.handlers().live().get(s.tlid());
      if (old == null || now == null) continue;
      Run was = run(before, old, secrets, s, cancellation);
      Run is = run(after, now, secrets, s, cancellation);
      Optional<String> cutShort = was.cutShort().or(is::cutShort);
      if (cutShort.isPresent()) {
        verdicts.add(new Verdict(s.tlid(), s.traceId(), Verdict.Kind.UNDECIDED, "", "",
            "not replayed to the end: " + cutShort.get()));
      } else if (is.missing().isPresent()) {
        verdicts.add(new Verdict(s.tlid(), s.traceId(), Verdict.Kind.UNDECIDED, was.shown(), "",
            is.missing().get() + " is called with arguments the trace has no result for"));
      } else if (was.missing().isPresent()) {
        verdicts.add(new Verdict(s.tlid(), s.traceId(), Verdict.Kind.UNDECIDED, "", is.shown(),
            "the trace lacks a result the old code needs (" + was.missing().get() + ")"));
      } else {
        Verdict.Kind kind = was.shown().equals(is.shown()) ? Verdict.Kind.SAME : Verdict.Kind.DIFFERS;
        verdicts.add(new Verdict(s.tlid(), s.traceId(), kind, was.shown(), is.shown(), ""));
      }
    }
    return verdicts;
  }

  /**
   * How a run ended as a person compares it, the first call the trace could not answer, and why
   * the caller stopped it when it did.
   */
  private record Run(String shown, Optional<String> missing, Optional<String> cutShort) {}

  private Run run(Canvas canvas, Toplevel.Handler handler, Map<String, String> secrets, TraceSample sample,
      Cancellation cancellation) {
    CanvasState state = CanvasState.of(builtins, limits, canvas, secrets, handler.tlid());
    Symtable env = state.globals();
    for (Map.Entry<String, Dval> e : sample.input()) env = env.bind(e.getKey(), e.getValue());
    Evaluation evaluation = Evaluation.start(state.state().withCancellation(cancellation), handler.ast(), env);
    var answers = new TraceAnswers(sample.results());
    Optional<String> missing = Optional.empty();
    Outcome outcome = evaluation.run();
    while (outcome instanceof Outcome.Suspended s) {
      Optional<Dval> answer = answers.answerByArguments(s.request());
      if (answer.isEmpty() && missing.isEmpty()) missing = Optional.of(s.request().function().toString());
      outcome = evaluation.resume(answer.orElse(Dval.INCOMPLETE));
    }
    Dval value = ((Outcome.Done) outcome).value();
    Optional<HttpResponse> converted = switch (handler.spec()) {
      case HandlerSpec.Http h -> Optional.of(LegacyResponse.withoutCors(value));
      case HandlerSpec.HttpBasic h -> Optional.of(BasicResponse.from(value));
      default -> Optional.empty();
    };
    Optional<HttpResponse> response = evaluation.stoppedByLimit().map(Responses::limitExceeded).or(() -> converted);
    Optional<String> cutShort = evaluation.stoppedByLimit().filter(stop -> cancellation.reason().equals(Optional.of(stop)));
    return new Run(response.map(CheckService::shown).orElseGet(() -> Repr.toRepr(value)), missing, cutShort);
  }

  /** {@code 200 text/plain; charset=utf-8\nhi}: status, content type and body. */
  private static String shown(HttpResponse r) {
    String type = r.headers().stream().filter(h -> h.name().equalsIgnoreCase("Content-Type")).map(h -> h.value())
        .findFirst().orElse("");
    return r.status() + " " + type + "\n" + new String(r.body(), StandardCharsets.UTF_8);
  }

  private static boolean calls(Expr e, Set<String> fns, Canvas canvas, Set<String> seen) {
    if (fns.isEmpty()) return false;
    if (e instanceof Expr.EFnCall call && call.name() instanceof FnName.User user) {
      if (fns.contains(user.name())) return true;
      if (seen.add(user.name())) {
        for (Toplevel.UserFn f : canvas.functions().live().values()) {
          if (f.name().equals(user.name()) && calls(f.body(), fns, canvas, seen)) return true;
        }
      }
    }
    for (Expr child : Children.of(e)) {
      if (calls(child, fns, canvas, seen)) return true;
    }
    return false;
  }

  private static String nameIn(Canvas canvas, long tlid) {
    Toplevel.UserFn f = canvas.functions().deleted().get(tlid);
    return f != null ? f.name() : "";
  }
}
