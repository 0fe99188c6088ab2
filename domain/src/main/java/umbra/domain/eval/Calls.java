package umbra.domain.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import umbra.domain.stdlib.Args;
import umbra.domain.stdlib.Builtin;
import umbra.domain.stdlib.BuiltinFailure;
import umbra.domain.stdlib.CallContext;
import umbra.domain.stdlib.Implementation;
import umbra.domain.syntax.Expr.Rail;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;
import umbra.domain.value.Repr;
import umbra.domain.value.Symtable;

/** Function application (language.md A.7.7, A.7.9): the rules of who wins, and the call itself. */
final class Calls {
  private final Evaluation m;

  Calls(Evaluation m) { this.m = m; }

  /** A.7.9, once the arguments are known: on the machine, for any callee. */
  void call(Callee callee, Args args, boolean inPipe, Rail rail, long callId) {
    Dval early = precheck(callee, args, inPipe, callId);
    if (early != null) {
      m.ret(early);
      return;
    }
    if (rail == Rail.RAIL) m.push(RAIL_FRAME);
    switch (callee) {
      case Callee.Stdlib s -> invoke(s, args, callId);
      case Callee.User u -> callUser(u, args, callId);
      case Callee.Unknown u -> throw new IllegalStateException("precheck answers unknown names");
    }
  }

  /** The same rules for a {@link Node#direct} call: the value at once. */
  Dval callDirect(Callee callee, Args args, boolean inPipe, Rail rail, long callId) {
    Dval early = precheck(callee, args, inPipe, callId);
    if (early != null) return early;
    // tests rather than a pattern switch: this runs for every direct call
    Dval v = callee instanceof Callee.Stdlib s ? applyPlain(s, args, callId) : callPure((Callee.User) callee, args, callId);
    return rail == Rail.RAIL ? unrail(v) : v;
  }

  private Dval applyPlain(Callee.Stdlib s, Args args, long callId) {
    try {
      return s.plain.apply(args);
    } catch (Evaluation.Stopped stopped) {
      throw stopped;
    } catch (RuntimeException | StackOverflowError e) {
      return failure(s.builtin, args, e, callId);
    }
  }

  /** A pure user function ({@link Purity}) called from direct code. */
  private Dval callPure(Callee.User u, Args args, long callId) {
    if (!u.accepts(args)) return parameterErrors(u, args, callId);
    return runPure(u, enter(u, args), callId);
  }

  /** {@link #callDirect} of a pure function of one parameter, with no argument list. */
  Dval callDirect(Callee.User u, Dval arg, Rail rail, long callId) {
    if (arg.isFake()) return arg; // A.7.9 steps 1-4 with one argument: a fake one is the answer
    Dval v;
    if (!u.accepts(arg)) {
      v = parameterErrors(u, Args.of(arg), callId);
    } else {
      v = runPure(u, m.recordsTraces() ? enter(u, Args.of(arg)) : m.globals().bind(u.paramNames[0], arg), callId);
    }
    return rail == Rail.RAIL ? unrail(v) : v;
  }

  /**
   * A pure function's body, from direct code: on the Java stack while the evaluation's direct
   * budget lasts; past it (deep recursion), on the machine, whose frames live on the heap.
   * Either way the same steps, live values and trace events are recorded, in the same order,
   * as when the machine calls the function.
   */
  private Dval runPure(Callee.User u, Symtable env, long callId) {
    Node body = u.body();
    int height = u.bodyHeight();
    Dval v;
    if (body.direct && m.enterDirect(height)) {
      m.countStep(); // as Node.value, spelt out for the JIT
      v = body.compute(m, env);
      m.live(body, v);
      m.leaveDirect(height);
    } else {
      v = m.runOnMachine(u.machineBody(), env);
    }
    return returned(u, v, callId);
  }

  /**
   * A.7.9 steps 1-4, in order: an error-rail argument wins, an unknown name is blank, the arity
   * must match, then the first blank or error argument wins. Null when the call goes ahead.
   */
  private Dval precheck(Callee callee, Args args, boolean inPipe, long callId) {
    if (callee.arity == args.size() && noFakes(args)) return null; // the usual case, tested first
    boolean fake = false;
    for (int i = 0, n = args.size(); i < n; i++) {
      Dval a = args.get(i);
      if (a instanceof DErrorRail) return a;
      fake |= a instanceof DError || a instanceof DIncomplete;
    }
    if (callee instanceof Callee.Unknown) return new DIncomplete(m.source(callId));
    if (callee.arity != args.size()) {
      return new DError(m.source(callId), callee.name + " has " + callee.arity + " parameters, but here was called with "
          + args.size() + " arguments.");
    }
    if (!fake) return null;
    for (int i = 0, n = args.size(); i < n; i++) {
      Dval a = args.get(i);
      if (a instanceof DIncomplete) return inPipe ? args.get(0) : a;
      if (a instanceof DError && !callee.seesErrors()) return a;
    }
    return null;
  }

  /** No error, blank or error-rail argument: unrolled for the usual one or two arguments. */
  private static boolean noFakes(Args args) {
    return switch (args.size()) {
      case 1 -> !args.get(0).isFake();
      case 2 -> !args.get(0).isFake() && !args.get(1).isFake();
      default -> false;
    };
  }

  /** Applies any value as a function (A.7.9 step 3). */
  void callValue(Dval function, List<Dval> args, boolean inPipe, Rail rail, long callId) {
    switch (function) {
      case DLambda l -> applyLambda(l, args);
      case DNamedFn n -> call(m.compiler().callee(n.name()), new Args(m.meter, args), inPipe, rail, callId);
      case DIncomplete i -> m.ret(inPipe && !args.isEmpty() ? args.get(0) : i);
      default -> {
        if (inPipe && !args.isEmpty()) {
          m.ret(args.get(0));
        } else {
          m.ret(new DError(m.source(callId), "Expected a function value, got something else: " + Repr.toRepr(function)));
        }
      }
    }
  }

  /** A.7.7: leftmost fake argument wins, then the arity, then the body in the captured environment. */
  private void applyLambda(DLambda l, List<Dval> args) {
    for (Dval a : args) {
      if (a.isFake()) {
        m.ret(a);
        return;
      }
    }
    if (l.params().size() != args.size()) {
      m.ret(Dval.error("Expected " + l.params().size() + " arguments, got " + args.size()));
      return;
    }
    Symtable env = l.env();
    for (int i = 0; i < args.size(); i++) env = env.bind(l.params().get(i).name(), args.get(i));
    m.eval(m.compiler().lambdaBody(l.body()), env);
  }

  private void invoke(Callee.Stdlib s, Args args, long callId) {
    try {
      switch (s.builtin.impl()) {
        case Implementation.Plain p -> m.ret(p.apply(args));
        case Implementation.Stepping st -> handle(st.apply(new CallContext(s.builtin.name(), callId, m.state), args), s.builtin, args, callId);
      }
    } catch (Evaluation.Stopped stopped) {
      throw stopped;
    } catch (RuntimeException | StackOverflowError e) {
      m.ret(failure(s.builtin, args, e, callId));
    }
  }

  private void handle(Step step, Builtin b, Args args, long callId) {
    switch (step) {
      case Step.Value v -> m.ret(v.value());
      case Step.Call c -> {
        // a builtin keeps at most one result of each call it asks for (map's element, fold's accumulator)
        m.chargeBytes(Meter.ITEM_BYTES);
        m.push(new Continuation(c.then(), b, args, callId));
        callValue(c.function(), c.args(), false, Rail.NO_RAIL, callId);
      }
      case Step.Perform p -> {
        m.push(new Continuation(p.then(), b, args, callId));
        m.suspend(p.request());
      }
    }
  }

  /**
   * A.7.9 step 5: what an exception inside a builtin becomes. Finding the parameter a value does
   * not fit walks the arguments' elements, and a message may show a big argument (cut at
   * {@link Repr#MESSAGE_LIMIT}): both are charged, so a loop of failing calls is bounded too.
   */
  private Dval failure(Builtin b, Args args, Throwable e, long callId) {
    Dval error = failed(b, args, e, callId);
    if (error instanceof DError d) m.meter.text(d.message().length());
    return error;
  }

  private Dval failed(Builtin b, Args args, Throwable e, long callId) {
    return switch (e) {
      case BuiltinFailure.IncorrectArgs i -> {
        for (Dval a : args.values()) m.meter.scan(a instanceof DList l ? l.items().size() : a instanceof DObj o ? o.fields().size() : 1);
        yield new DError(m.source(callId), incorrectArgs(b, args.values()));
      }
      case BuiltinFailure.FakeValueFound f -> f.value();
      case BuiltinFailure.UserError u -> new DError(m.source(callId), u.getMessage());
      case BuiltinFailure.Reported r -> {
        m.report(r);
        yield new DError(m.source(callId), r.getMessage());
      }
      default -> {
        m.report(e);
        yield new DError(m.source(callId), "Unknown error");
      }
    };
  }

  static String incorrectArgs(Builtin b, List<Dval> args) {
    String fn = b.name().toString();
    if (b.params().size() != args.size()) {
      return fn + " has " + b.params().size() + " parameters, but here was called with " + args.size() + " arguments.";
    }
    for (int i = 0; i < args.size(); i++) {
      Builtin.Param p = b.params().get(i);
      Dval a = args.get(i);
      if (!Types.matches(p.type(), a)) {
        return fn + " was called with a " + a.typeName() + " (" + Repr.toRepr(a) + "), but `" + p.name()
            + "` expected a " + p.type().displayName() + "." + Types.hint(b.name(), p.type(), a);
      }
    }
    return "unknown error calling " + fn;
  }

  private void callUser(Callee.User u, Args args, long callId) {
    if (!u.accepts(args)) {
      m.ret(parameterErrors(u, args, callId));
      return;
    }
    Symtable env = enter(u, args);
    m.push(new UserReturn(u, callId, m.currentTlid));
    m.currentTlid = u.fn.tlid();
    m.eval(m.onMachineOnly() ? u.machineBody() : u.body(), env);
  }

  /** The body's environment: the globals and the parameters; recorded for traces when asked. */
  private Symtable enter(Callee.User u, Args args) {
    Symtable env = m.globals();
    for (int i = 0; i < u.paramNames.length; i++) env = env.bind(u.paramNames[i], args.get(i));
    if (m.recordsTraces()) {
      var named = new HashMap<String, Dval>();
      for (int i = 0; i < u.paramNames.length; i++) named.put(u.paramNames[i], args.get(i));
      m.functionArguments.add(new TraceEvents.FunctionArguments(u.fn.tlid(), named));
    }
    return env;
  }

  /** The end of a user function: the rail stops at its boundary, then the return type is checked. */
  private Dval returned(Callee.User u, Dval v, long callId) {
    Dval result = v instanceof DErrorRail r ? r.value() : v;
    if (u.returns(result) || result.isFake()) return result;
    return new DError(m.source(callId), "Type error(s) in return type: " + Types.unify(u.fn.returnType(), result));
  }

  /** A.9: every argument that does not unify, by parameter name in reverse order. */
  private DError parameterErrors(Callee.User u, Args args, long callId) {
    var params = u.fn.params();
    var errors = new ArrayList<String[]>();
    for (int i = 0; i < args.size(); i++) {
      String problem = Types.unify(params.get(i).type(), args.get(i));
      if (problem != null) errors.add(new String[] {params.get(i).name(), problem});
    }
    errors.sort(Comparator.comparing((String[] e) -> e[0]).reversed());
    var texts = errors.stream().map(e -> e[1]).toList();
    return new DError(m.source(callId), "Type error(s) in function parameters: " + String.join(", ", texts));
  }

  // ---- frames of calls ----

  /** A.7.9 step 6: the error rail unwraps Just/Ok and sends everything else down the rail. */
  static Dval unrail(Dval r) {
    Dval inner = r instanceof DErrorRail er ? er.value() : r;
    return switch (inner) {
      case DJust j -> j.value();
      case DOk o -> o.value();
      case DIncomplete i -> i;
      case DError e -> e;
      default -> new DErrorRail(inner);
    };
  }

  private static final Frame RAIL_FRAME = new Frame() {
    @Override void resume(Evaluation ev, Dval r) { ev.ret(unrail(r)); }
  };

  /** Waits for a user function's body on the machine. */
  private final class UserReturn extends Frame {
    private final Callee.User callee;
    private final long callId;
    private final long callerTlid;

    UserReturn(Callee.User callee, long callId, long callerTlid) {
      this.callee = callee;
      this.callId = callId;
      this.callerTlid = callerTlid;
    }

    @Override void resume(Evaluation ev, Dval v) {
      ev.currentTlid = callerTlid;
      ev.ret(returned(callee, v, callId));
    }
  }

  /** Hands a value back to a stepping builtin and carries on with whatever it asks next. */
  private final class Continuation extends Frame {
    private final Function<Dval, Step> then;
    private final Builtin builtin;
    private final Args args;
    private final long callId;

    Continuation(Function<Dval, Step> then, Builtin builtin, Args args, long callId) {
      this.then = then;
      this.builtin = builtin;
      this.args = args;
      this.callId = callId;
    }

    @Override void resume(Evaluation ev, Dval v) {
      try {
        handle(then.apply(v), builtin, args, callId);
      } catch (Evaluation.Stopped stopped) {
        throw stopped;
      } catch (RuntimeException | StackOverflowError e) {
        ev.ret(failure(builtin, args, e, callId));
      }
    }
  }
}
