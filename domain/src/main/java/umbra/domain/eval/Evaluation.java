package umbra.domain.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Symtable;

/**
 * One run of the interpreter (language.md A.7), as an explicit-stack machine: pending work is a
 * stack of {@link Frame}s on the heap, so deep recursion in user code never overflows the Java
 * stack, and the machine can stop at an effect and {@link #resume} later with the answer.
 *
 * <p>The machine alternates two modes: <em>eval</em> an expression in an environment, or
 * <em>return</em> a value to the frame on top of the stack.
 */
public final class Evaluation {
  final ExecutionState state;
  private final Calls calls;

  private Frame[] stack = new Frame[64];
  private int sp;
  private boolean evalMode;
  private Expr expr;
  private Symtable env;
  private Dval value;
  private long steps;
  private Object interrupt; // an EffectRequest to hand out, or a Dval that ends the run
  private EffectRequest pending;
  private boolean done;
  private String stoppedBy; // the limit that ended the run, when one did
  long currentTlid; // the toplevel whose code runs now: the handler, or the user function entered last

  private final Map<Long, Dval> liveValues;
  final List<TraceEvents.FunctionResult> functionResults = new ArrayList<>();
  final List<TraceEvents.FunctionArguments> functionArguments = new ArrayList<>();
  final List<Throwable> reportedExceptions = new ArrayList<>();

  private Evaluation(ExecutionState state, Expr expr, Symtable env) {
    this.state = state;
    this.calls = new Calls(this);
    this.liveValues = state.recordLiveValues() ? new HashMap<>() : null;
    this.currentTlid = state.tlid();
    eval(expr, env);
  }

  /** Prepares an evaluation of {@code expr}; nothing runs until {@link #run}. */
  public static Evaluation start(ExecutionState state, Expr expr, Symtable env) {
    return new Evaluation(state, expr, env);
  }

  /** Prepares the call of a function value (a lambda, or a named function) on arguments. */
  public static Evaluation startCall(ExecutionState state, Dval function, List<Dval> args) {
    var e = new Evaluation(state, new ENull(0), Symtable.empty());
    e.evalMode = false;
    e.calls.callValue(function, args, false, Rail.NO_RAIL, 0);
    return e;
  }

  /** Runs until the value is known or an effect is needed. */
  public Outcome run() {
    if (done) throw new IllegalStateException("evaluation already finished");
    if (pending != null) throw new IllegalStateException("evaluation is waiting for an answer to " + pending);
    while (true) {
      if (interrupt != null) {
        Object i = interrupt;
        interrupt = null;
        if (i instanceof EffectRequest request) {
          pending = request;
          return new Outcome.Suspended(request);
        }
        done = true;
        return new Outcome.Done((Dval) i);
      }
      if (evalMode) {
        if (++steps > state.limits().maxSteps()) {
          abort("Execution stopped: the program exceeded its limit of " + state.limits().maxSteps()
              + " evaluation steps (an infinite loop?)");
          continue;
        }
        step();
      } else {
        if (sp == 0) {
          done = true;
          return new Outcome.Done(value);
        }
        Frame f = stack[--sp];
        stack[sp] = null;
        f.resume(this, value);
      }
    }
  }

  /** Answers the effect this evaluation is waiting for, and runs on. */
  public Outcome resume(Dval answer) {
    if (pending == null) throw new IllegalStateException("evaluation is not waiting for an effect");
    EffectRequest request = pending;
    pending = null;
    if (state.recordTraces()) {
      functionResults.add(new TraceEvents.FunctionResult(currentTlid, request.function(), request.callSiteId(),
          request.args(), answer));
    }
    ret(answer);
    return run();
  }

  public Map<Long, Dval> liveValues() { return liveValues == null ? Map.of() : Map.copyOf(liveValues); }

  public List<TraceEvents.FunctionResult> functionResults() { return List.copyOf(functionResults); }

  public List<TraceEvents.FunctionArguments> functionArguments() { return List.copyOf(functionArguments); }

  /**
   * Why the run was stopped early, when a {@link Limits limit} ended it (the result is then a
   * {@code DError} with this message); empty for a run that finished on its own.
   */
  public Optional<String> stoppedByLimit() { return Optional.ofNullable(stoppedBy); }

  /** Unexpected exceptions inside builtins (each became {@code DError "Unknown error"}). */
  public List<Throwable> reportedExceptions() { return List.copyOf(reportedExceptions); }

  // ---- machine primitives, used by frames and calls ----

  void eval(Expr e, Symtable in) {
    evalMode = true;
    expr = e;
    env = in;
  }

  void ret(Dval v) {
    evalMode = false;
    value = v;
  }

  void push(Frame f) {
    if (sp == stack.length) {
      if (sp >= state.limits().maxDepth()) {
        abort("Execution stopped: the program nested calls deeper than its limit of "
            + state.limits().maxDepth() + " pending operations (unbounded recursion?)");
        return;
      }
      stack = Arrays.copyOf(stack, Math.min(stack.length * 2, state.limits().maxDepth() + 1));
    }
    stack[sp++] = f;
  }

  void suspend(EffectRequest request) { interrupt = request; }

  private void abort(String message) {
    stoppedBy = message;
    interrupt = new DError(ErrorSource.NONE, message);
    sp = 0;
  }

  void report(Throwable t) { reportedExceptions.add(t); }

  void recordLive(long id, Dval v) {
    liveValues.put(id, v);
  }

  ErrorSource source(long id) { return new ErrorSource.At(state.tlid(), id); }

  // ---- eval mode: one expression ----

  private void step() {
    Expr e = expr;
    Symtable in = env;
    if (liveValues != null && !(e instanceof EPipeTarget)) push(new Frame.Live(e.id()));
    switch (e) {
      case EInteger i -> ret(new DInt(i.value()));
      case EBool b -> ret(DBool.of(b.value()));
      case EString s -> ret(new DStr(nfc(s.value())));
      case ECharacter c -> ret(new DChar(c.value()));
      case EFloat f -> ret(new DFloat(f.toDouble()));
      case ENull n -> ret(Dval.NULL);
      case EBlank b -> ret(new DIncomplete(source(b.id())));
      case ELet l -> { push(new Frame.Let(l.name(), l.body(), in)); eval(l.rhs(), in); }
      case EIf i -> { push(new Frame.If(i, in)); eval(i.cond(), in); }
      case EFeatureFlag f -> { push(new Frame.Flag(f, in)); eval(f.cond(), in); }
      case ELambda l -> ret(lambda(l, in));
      case EFieldAccess f -> { push(new Frame.Field(f)); eval(f.record(), in); }
      case EVariable v -> {
        Dval bound = in.lookup(v.name());
        ret(bound != null ? bound : new DError(source(v.id()), "There is no variable named: " + v.name()));
      }
      case EFnCall c -> calls.evalArgs(c.name(), c.args(), null, in, false, c.rail(), c.id());
      case EBinOp b -> calls.evalArgs(b.op(), List.of(b.left(), b.right()), null, in, false, b.rail(), b.id());
      case EPartial p -> eval(p.old(), in);
      case EList l -> Frame.Sequence.start(this, Frame.Sequence.Kind.LIST, l.items(), null, in, l.id());
      case ETuple t -> {
        var items = new ArrayList<Expr>(2 + t.rest().size());
        items.add(t.first());
        items.add(t.second());
        items.addAll(t.rest());
        Frame.Sequence.start(this, Frame.Sequence.Kind.TUPLE, items, null, in, t.id());
      }
      case ERecord r -> {
        var names = new ArrayList<String>(r.fields().size());
        var values = new ArrayList<Expr>(r.fields().size());
        for (var f : r.fields()) {
          names.add(f.name());
          values.add(f.value());
        }
        Frame.Sequence.start(this, Frame.Sequence.Kind.RECORD, values, names, in, r.id());
      }
      case EPipe p -> { push(new Frame.Pipe(p, in)); eval(p.first(), in); }
      case EConstructor c -> constructor(c, in);
      case EMatch m -> { push(new Frame.Match(m, in)); eval(m.scrutinee(), in); }
      case EPipeTarget t -> ret(new DError(source(t.id()), "Internal error: a pipe placeholder outside a pipe"));
    }
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static Dval lambda(ELambda l, Symtable in) {
    var params = new ArrayList<LambdaParam>(l.params().size());
    for (var p : l.params()) {
      if (!p.name().isEmpty()) params.add(p);
    }
    return new DLambda(params, in, l.body());
  }

  private void constructor(EConstructor c, Symtable in) {
    String name = c.name();
    int arity = c.args().size();
    if (name.equals("Nothing") && arity == 0) {
      ret(Dval.NOTHING);
    } else if ((name.equals("Just") || name.equals("Ok") || name.equals("Error")) && arity == 1) {
      push(new Frame.Construct(name));
      eval(c.args().get(0), in);
    } else {
      ret(new DError(source(c.id()), "Invalid name for constructor " + name));
    }
  }

  Calls calls() { return calls; }
}
