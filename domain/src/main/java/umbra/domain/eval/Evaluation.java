package umbra.domain.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.Rail;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DError;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Meter;
import umbra.domain.value.Symtable;

/**
 * One run of the interpreter (language.md A.7), as an explicit-stack machine: pending work is a
 * stack of {@link Frame}s on the heap, so deep recursion in user code never overflows the Java
 * stack, and the machine can stop at an effect and {@link #resume} later with the answer.
 *
 * <p>The machine alternates two modes: <em>eval</em> a {@link Node} (an expression compiled by
 * the {@link Compiler} when the evaluation starts) in an environment, or <em>return</em> a value
 * to the frame on top of the stack. Shallow subtrees that call no Dark function run directly
 * ({@link Node#value}); they count steps and record live values just as the machine does.
 */
public final class Evaluation {
  final ExecutionState state;
  private final Calls calls;
  private final Compiler compiler;
  private final long maxSteps;
  private final int maxDepth;
  private final long maxBytes;
  private final boolean recordsTraces;
  private final Symtable globals;
  private final Cancellation cancellation;

  private Frame[] stack = new Frame[64];
  private int sp;
  private Node node; // the node to evaluate next; null in return mode
  private Symtable env;
  private Dval value;
  private long stepsLeft; // of the current stretch of the budget, counting down
  private long stepsInReserve; // of the budget, beyond the current stretch
  private long bytesLeft; // of the byte budget, counting down
  /** What builtins charge their work and the values they build to ({@link Meter}). */
  final Meter meter = new Spending();
  private Object interrupt; // an EffectRequest to hand out, or a Dval that ends the run
  private EffectRequest pending;
  private boolean done;
  private String stoppedBy; // the limit that ended the run, when one did
  long currentTlid; // the toplevel whose code runs now: the handler, or the user function entered last

  /**
   * Direct calls of pure user functions nest on the Java stack ({@link Calls}); this bounds how
   * deep, in nodes. At worst (code not yet compiled by the JIT) that is about 200 KB of stack,
   * well inside a default 1 MB thread stack (EvaluationTest runs in 512 KB); compiled code needs a
   * fraction of it. {@code fib 25} (25 calls of height 9) runs entirely direct.
   */
  private static final int DIRECT_HEIGHT = 256;
  /** Per call: the few Java frames of the call itself, counted as nodes. */
  private static final int CALL_HEIGHT = 4;
  /**
   * The steps between two questions to the {@link Cancellation}: well under a millisecond of the
   * fastest code, so a stop takes effect at once as a person sees it, and asking costs nothing
   * measurable. The budget is counted down in stretches of this many, so a step costs what it did.
   */
  static final int CANCELLATION_EVERY = 1 << 15;
  private int directHeight;
  private boolean onMachineOnly;

  private final Map<Long, Dval> liveValues;
  final List<TraceEvents.FunctionResult> functionResults = new ArrayList<>();
  final List<TraceEvents.FunctionArguments> functionArguments = new ArrayList<>();
  final List<Throwable> reportedExceptions = new ArrayList<>();

  private Evaluation(ExecutionState state) {
    this.state = state;
    this.calls = new Calls(this);
    this.compiler = new Compiler(state);
    this.maxSteps = state.limits().maxSteps();
    this.stepsLeft = Math.min(maxSteps, CANCELLATION_EVERY);
    this.stepsInReserve = maxSteps - stepsLeft;
    this.maxDepth = state.limits().maxDepth();
    this.maxBytes = state.limits().maxBytes();
    this.bytesLeft = maxBytes;
    this.recordsTraces = state.recordTraces();
    this.globals = state.globals();
    this.cancellation = state.cancellation();
    this.liveValues = state.recordLiveValues() ? new HashMap<>() : null;
    this.currentTlid = state.tlid();
  }

  /** Prepares an evaluation of {@code expr}; nothing runs until {@link #run}. */
  public static Evaluation start(ExecutionState state, Expr expr, Symtable env) {
    var e = new Evaluation(state);
    e.eval(e.compiler.compile(expr), env);
    return e;
  }

  /** Prepares the call of a function value (a lambda, or a named function) on arguments. */
  public static Evaluation startCall(ExecutionState state, Dval function, List<Dval> args) {
    var e = new Evaluation(state);
    try {
      e.calls.callValue(function, args, false, Rail.NO_RAIL, 0);
    } catch (Stopped s) {
      // a builtin called at once went over a budget: the error is the interrupt run() hands out
    }
    return e;
  }

  /** Runs until the value is known or an effect is needed. */
  public Outcome run() {
    if (done) throw new IllegalStateException("evaluation already finished");
    if (pending != null) throw new IllegalStateException("evaluation is waiting for an answer to " + pending);
    try {
      if (!cancelled()) loop(0); // also asked here: the caller's reason may have come during an effect
    } catch (Stopped e) {
      directHeight = 0; // the limit that stopped it is the interrupt
      onMachineOnly = false;
    }
    Object i = interrupt;
    interrupt = null;
    if (i instanceof EffectRequest request) {
      pending = request;
      return new Outcome.Suspended(request);
    }
    done = true;
    return new Outcome.Done(i != null ? (Dval) i : value);
  }

  /** Runs until an interrupt, or until a value is returned with the stack down to {@code base}. */
  private void loop(int base) {
    while (interrupt == null) {
      Node n = node;
      if (n != null) {
        countStep();
        node = null;
        if (liveValues != null && n.recordsLive()) push(new Frame.Live(n.id));
        n.eval(this, env);
      } else {
        if (sp == base) return;
        Frame f = stack[--sp];
        stack[sp] = null;
        f.resume(this, value);
      }
    }
  }

  /** Answers the effect this evaluation is waiting for, and runs on. */
  public Outcome resume(Dval answer) { return resume(answer, 0); }

  /**
   * Answers the effect this evaluation is waiting for, saying how long finding the answer took
   * (the trace keeps it: the evaluation itself has no clock), and runs on.
   */
  public Outcome resume(Dval answer, long tookNanos) {
    if (pending == null) throw new IllegalStateException("evaluation is not waiting for an effect");
    EffectRequest request = pending;
    pending = null;
    if (recordsTraces) {
      functionResults.add(new TraceEvents.FunctionResult(currentTlid, request.function(), request.callSiteId(),
          request.args(), answer, tookNanos));
    }
    ret(answer);
    return run();
  }

  public Map<Long, Dval> liveValues() { return liveValues == null ? Map.of() : Map.copyOf(liveValues); }

  public List<TraceEvents.FunctionResult> functionResults() { return List.copyOf(functionResults); }

  public List<TraceEvents.FunctionArguments> functionArguments() { return List.copyOf(functionArguments); }

  /** Unexpected exceptions inside builtins (each became {@code DError "Unknown error"}). */
  public List<Throwable> reportedExceptions() { return List.copyOf(reportedExceptions); }

  /**
   * Why the run was stopped early, when a {@link Limits limit} or its caller's {@link Cancellation}
   * ended it (the result is then a {@code DError} with this message); empty for a run that finished
   * on its own.
   */
  public Optional<String> stoppedByLimit() { return Optional.ofNullable(stoppedBy); }

  // ---- machine primitives, used by nodes, frames and calls ----

  void eval(Node n, Symtable in) {
    node = n;
    env = in;
  }

  void ret(Dval v) {
    node = null;
    value = v;
  }

  void push(Frame f) {
    if (sp == stack.length) {
      if (sp >= maxDepth) {
        abort("Execution stopped: the program nested calls deeper than its limit of "
            + maxDepth + " pending operations (unbounded recursion?)");
        return;
      }
      stack = Arrays.copyOf(stack, Math.min(stack.length * 2, maxDepth + 1));
    }
    stack[sp++] = f;
  }

  /** One evaluated expression against the budget (the loop's, or a direct node's). */
  void countStep() {
    if (--stepsLeft < 0) stretchEnded(); // apart, so this stays small enough to inline everywhere
  }

  /** The budget is spent, or the caller is asked whether to go on and the next stretch begins with this step. */
  private void stretchEnded() {
    if (stepsInReserve == 0) stepBudgetSpent();
    if (cancelled()) throw new Stopped();
    long stretch = Math.min(stepsInReserve, CANCELLATION_EVERY);
    stepsInReserve -= stretch;
    stepsLeft = stretch - 1;
  }

  private void stepBudgetSpent() {
    abort("Execution stopped: the program exceeded its limit of " + maxSteps + " evaluation steps (an infinite loop?)");
    throw new Stopped();
  }

  /** Whether the caller wants the run stopped; if so, it is (see {@link Cancellation}). */
  private boolean cancelled() {
    Optional<String> reason = cancellation.reason();
    reason.ifPresent(this::abort);
    return reason.isPresent();
  }

  /** Bytes of values about to be built, against the budget (literals here, builtins through {@link #meter}). */
  void chargeBytes(long bytes) {
    if (bytes > bytesLeft) memoryBudgetSpent();
    bytesLeft -= bytes;
  }

  private void memoryBudgetSpent() {
    bytesLeft = -1;
    String limit = maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MB" : maxBytes + " bytes";
    abort("Execution stopped: the program built more than its limit of " + limit
        + " of values (estimated; an oversized list, string or dict?)");
    throw new Stopped();
  }

  /** Builtins' work against the step budget, and the values they build against the byte budget. */
  private final class Spending implements Meter {
    @Override public void work(long steps) {
      if (steps <= stepsLeft) {
        stepsLeft -= steps;
        return;
      }
      // beyond this stretch: taken from the reserve, and the next step ends the stretch (the caller is asked)
      long beyond = steps - stepsLeft;
      stepsLeft = 0;
      if (beyond > stepsInReserve) {
        stepsInReserve = 0;
        stepBudgetSpent();
      }
      stepsInReserve -= beyond;
    }

    @Override public void memory(long bytes) { chargeBytes(bytes); }
  }

  /** Whether a direct call of this height fits the budgets (Java stack, and {@link Limits#maxDepth}); if so, it is entered. */
  boolean enterDirect(int bodyHeight) {
    int h = directHeight + bodyHeight + CALL_HEIGHT;
    // fewer direct calls are pending than their height: a bound for the frames they stand for
    if (h > DIRECT_HEIGHT || sp + h >= maxDepth) return false;
    directHeight = h;
    return true;
  }

  void leaveDirect(int bodyHeight) {
    directHeight -= bodyHeight + CALL_HEIGHT;
  }

  /** Whether user functions must run on the machine: inside {@link #runOnMachine}. */
  boolean onMachineOnly() { return onMachineOnly; }

  /**
   * From direct code, the value of a pure function's body, run on the machine above the current
   * frames: how recursion continues past the direct budget. While it runs, every user-function
   * call stays on the machine, so this never nests: the Java stack stays bounded however deep
   * the recursion. Pure code performs no effect, so only a limit or the caller can interrupt it.
   */
  Dval runOnMachine(Node body, Symtable in) {
    if (onMachineOnly) throw new IllegalStateException("direct code ran inside a run on the machine");
    Node savedNode = node;
    Symtable savedEnv = env;
    onMachineOnly = true;
    eval(body, in);
    loop(sp);
    onMachineOnly = false;
    if (interrupt instanceof EffectRequest) throw new IllegalStateException("pure code asked for an effect");
    if (interrupt != null) throw new Stopped();
    Dval result = value;
    node = savedNode;
    env = savedEnv;
    return result;
  }

  void suspend(EffectRequest request) { interrupt = request; }

  private void abort(String message) {
    stoppedBy = message;
    interrupt = new DError(ErrorSource.NONE, message);
    sp = 0;
  }

  void report(Throwable t) { reportedExceptions.add(t); }

  boolean recordsLive() { return liveValues != null; }

  boolean recordsTraces() { return recordsTraces; }

  /** The environment every user function's body starts from. */
  Symtable globals() { return globals; }

  void recordLive(long id, Dval v) {
    liveValues.put(id, v);
  }

  /** Records a directly computed node's value, when live values are on (see {@link Node#value}). */
  void live(Node n, Dval v) {
    if (liveValues != null && n.recordsLive()) liveValues.put(n.id, v);
  }

  ErrorSource source(long id) { return new ErrorSource.At(state.tlid(), id); }

  Calls calls() { return calls; }

  Compiler compiler() { return compiler; }

  /**
   * A limit or the caller stopped the evaluation (the error is the interrupt): unwinds direct code and builtins
   * (a builtin's charge may throw it) to {@link #run}. {@link Calls} lets it through; no builtin
   * catches exceptions this broadly.
   */
  static final class Stopped extends RuntimeException {
    Stopped() { super(null, null, false, false); }
  }
}
