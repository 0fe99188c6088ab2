package umbra.domain.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Args;
import umbra.domain.stdlib.Builtin;
import umbra.domain.stdlib.BuiltinFailure;
import umbra.domain.stdlib.CallContext;
import umbra.domain.stdlib.Implementation;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;
import umbra.domain.value.Symtable;

/** Function application (language.md A.7.7, A.7.9, A.7.10): the rules of who wins, and the call itself. */
final class Calls {
  private static final FnName.Stdlib IS_ERROR = new FnName.Stdlib("Bool", "isError", 0);

  private final Evaluation m;

  Calls(Evaluation m) { this.m = m; }

  /** Evaluates argument expressions left to right, then calls {@code name}; {@code piped} fills the first slot. */
  void evalArgs(FnName name, List<Expr> exprs, Dval piped, Symtable env, boolean inPipe, Rail rail, long callId) {
    int offset = piped == null ? 0 : 1;
    Dval[] values = new Dval[exprs.size() + offset];
    if (piped != null) values[0] = piped;
    if (exprs.isEmpty()) {
      callNamed(name, Arrays.asList(values), inPipe, rail, callId);
      return;
    }
    m.push(new ArgsFrame(name, exprs, env, values, offset, inPipe, rail, callId));
    m.eval(exprs.get(0), env);
  }

  /** One step of a pipe, receiving the previous value (A.7.10). */
  void pipeStep(Expr step, Dval previous, Symtable env, long pipeId) {
    switch (step) {
      case EFnCall c when !c.args().isEmpty() && c.args().get(0) instanceof EPipeTarget ->
          evalArgs(c.name(), c.args().subList(1, c.args().size()), previous, env, true, c.rail(), c.id());
      case EBinOp b when b.left() instanceof EPipeTarget ->
          evalArgs(b.op(), List.of(b.right()), previous, env, true, b.rail(), b.id());
      case EBlank b -> m.ret(previous);
      case EPartial p -> pipeStep(p.old(), previous, env, pipeId);
      default -> {
        m.push(new Frame.PipeApply(previous, step.id()));
        m.eval(step, env);
      }
    }
  }

  /** Applies any value as a function (A.7.9 step 3). */
  void callValue(Dval function, List<Dval> args, boolean inPipe, Rail rail, long callId) {
    switch (function) {
      case DLambda l -> applyLambda(l, args);
      case DNamedFn n -> callNamed(n.name(), args, inPipe, rail, callId);
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
    m.eval(l.body(), env);
  }

  /** A.7.9: a call by name. */
  void callNamed(FnName name, List<Dval> args, boolean inPipe, Rail rail, long callId) {
    for (Dval a : args) {
      if (a instanceof DErrorRail) {
        m.ret(a);
        return;
      }
    }
    Builtin builtin = null;
    UserFunction user = null;
    switch (name) {
      case FnName.Stdlib s -> builtin = m.state.builtins().get(s);
      case FnName.User u -> user = m.state.userFunctions().get(u.name());
      case FnName.Package p -> user = m.state.packageFunctions().get(p);
    }
    if (builtin == null && user == null) {
      m.ret(new DIncomplete(m.source(callId)));
      return;
    }
    int arity = builtin != null ? builtin.params().size() : user.params().size();
    if (arity != args.size()) {
      m.ret(new DError(m.source(callId), name + " has " + arity + " parameters, but here was called with "
          + args.size() + " arguments."));
      return;
    }
    for (Dval a : args) {
      if (a instanceof DIncomplete) {
        m.ret(inPipe ? args.get(0) : a);
        return;
      }
      if (a instanceof DError && !name.equals(IS_ERROR)) {
        m.ret(a);
        return;
      }
    }
    if (rail == Rail.RAIL) m.push(RAIL_FRAME);
    if (builtin != null) {
      invoke(builtin, args, callId);
    } else {
      callUser(user, args, callId);
    }
  }

  private void invoke(Builtin b, List<Dval> args, long callId) {
    try {
      switch (b.impl()) {
        case Implementation.Plain p -> m.ret(p.apply(new Args(args)));
        case Implementation.Stepping s -> handle(s.apply(new CallContext(b.name(), callId), new Args(args)), b, args, callId);
      }
    } catch (RuntimeException | StackOverflowError e) {
      m.ret(failure(b, args, e, callId));
    }
  }

  private void handle(Step step, Builtin b, List<Dval> args, long callId) {
    switch (step) {
      case Step.Value v -> m.ret(v.value());
      case Step.Call c -> {
        m.push(new Continuation(c.then(), b, args, callId));
        callValue(c.function(), c.args(), false, Rail.NO_RAIL, callId);
      }
      case Step.Perform p -> {
        m.push(new Continuation(p.then(), b, args, callId));
        m.suspend(p.request());
      }
    }
  }

  /** A.7.9 step 5: what an exception inside a builtin becomes. */
  private Dval failure(Builtin b, List<Dval> args, Throwable e, long callId) {
    return switch (e) {
      case BuiltinFailure.IncorrectArgs i -> new DError(m.source(callId), incorrectArgs(b, args));
      case BuiltinFailure.FakeValueFound f -> f.value();
      case BuiltinFailure.UserError u -> new DError(m.source(callId), u.getMessage());
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

  private void callUser(UserFunction fn, List<Dval> args, long callId) {
    var errors = new ArrayList<String[]>();
    for (int i = 0; i < args.size(); i++) {
      String problem = Types.unify(fn.params().get(i).type(), args.get(i));
      if (problem != null) errors.add(new String[] {fn.params().get(i).name(), problem});
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing((String[] e) -> e[0]).reversed());
      var texts = errors.stream().map(e -> e[1]).toList();
      m.ret(new DError(m.source(callId), "Type error(s) in function parameters: " + String.join(", ", texts)));
      return;
    }
    Symtable env = m.state.globals();
    var named = m.state.recordTraces() ? new HashMap<String, Dval>() : null;
    for (int i = 0; i < args.size(); i++) {
      env = env.bind(fn.params().get(i).name(), args.get(i));
      if (named != null) named.put(fn.params().get(i).name(), args.get(i));
    }
    if (named != null) m.functionArguments.add(new TraceEvents.FunctionArguments(fn.tlid(), named));
    m.push(new UserReturn(fn, callId, m.currentTlid));
    m.currentTlid = fn.tlid();
    m.eval(fn.body(), env);
  }

  // ---- frames of calls ----

  private final class ArgsFrame extends Frame {
    private final FnName name;
    private final List<Expr> exprs;
    private final Symtable env;
    private final Dval[] values;
    private final int offset;
    private final boolean inPipe;
    private final Rail rail;
    private final long callId;
    private int next;

    ArgsFrame(FnName name, List<Expr> exprs, Symtable env, Dval[] values, int offset, boolean inPipe, Rail rail, long callId) {
      this.name = name;
      this.exprs = exprs;
      this.env = env;
      this.values = values;
      this.offset = offset;
      this.inPipe = inPipe;
      this.rail = rail;
      this.callId = callId;
    }

    @Override void resume(Evaluation ev, Dval v) {
      values[offset + next++] = v;
      if (next < exprs.size()) {
        ev.push(this);
        ev.eval(exprs.get(next), env);
      } else {
        callNamed(name, Arrays.asList(values), inPipe, rail, callId);
      }
    }
  }

  /** A.7.9 step 6: the error rail unwraps Just/Ok and sends everything else down the rail. */
  private static final Frame RAIL_FRAME = new Frame() {
    @Override void resume(Evaluation ev, Dval r) {
      Dval inner = r instanceof DErrorRail er ? er.value() : r;
      ev.ret(switch (inner) {
        case DJust j -> j.value();
        case DOk o -> o.value();
        case DIncomplete i -> i;
        case DError e -> e;
        default -> new DErrorRail(inner);
      });
    }
  };

  /** The end of a user function: the rail stops at its boundary, then the return type is checked. */
  private final class UserReturn extends Frame {
    private final UserFunction fn;
    private final long callId;
    private final long callerTlid;

    UserReturn(UserFunction fn, long callId, long callerTlid) {
      this.fn = fn;
      this.callId = callId;
      this.callerTlid = callerTlid;
    }

    @Override void resume(Evaluation ev, Dval v) {
      ev.currentTlid = callerTlid;
      Dval result = v instanceof DErrorRail r ? r.value() : v;
      String problem = result.isFake() ? null : Types.unify(fn.returnType(), result);
      ev.ret(problem == null ? result : new DError(ev.source(callId), "Type error(s) in return type: " + problem));
    }
  }

  /** Hands a value back to a stepping builtin and carries on with whatever it asks next. */
  private final class Continuation extends Frame {
    private final Function<Dval, Step> then;
    private final Builtin builtin;
    private final List<Dval> args;
    private final long callId;

    Continuation(Function<Dval, Step> then, Builtin builtin, List<Dval> args, long callId) {
      this.then = then;
      this.builtin = builtin;
      this.args = args;
      this.callId = callId;
    }

    @Override void resume(Evaluation ev, Dval v) {
      try {
        handle(then.apply(v), builtin, args, callId);
      } catch (RuntimeException | StackOverflowError e) {
        ev.ret(failure(builtin, args, e, callId));
      }
    }
  }
}
