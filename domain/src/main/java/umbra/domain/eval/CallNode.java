package umbra.domain.eval;

import java.util.List;
import umbra.domain.stdlib.Args;
import umbra.domain.syntax.Expr.Rail;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * A call by name (A.7.9) with its callee resolved: {@code f a b}, an infix operator, or a pipe
 * step written with the placeholder ({@code |> f _ b}), whose first argument is the piped value.
 * Direct when its arguments are and the callee needs nothing of the machine: a plain builtin,
 * an unknown name, or (see {@link Purity}) a pure user function.
 */
final class CallNode extends Node {
  private final Callee callee;
  private final Node[] args;
  /** A pipe step: {@link #args} are the arguments after the piped one. */
  private final boolean piped;
  private final Rail rail;
  private final boolean argsDirect;
  /** The callee when this is a direct call of a pure one-parameter function, which needs no {@code Args}. */
  private final Callee.User pureUnary;

  CallNode(long id, Callee callee, Node[] args, boolean piped, Rail rail, boolean machineFree) {
    this(id, callee, args, piped, rail, machineFree, Node.allDirect(args));
  }

  private CallNode(long id, Callee callee, Node[] args, boolean piped, Rail rail, boolean machineFree, boolean argsDirect) {
    super(id, argsDirect && machineFree);
    this.callee = callee;
    this.args = args;
    this.piped = piped;
    this.rail = rail;
    this.argsDirect = argsDirect;
    this.pureUnary = direct && !piped && args.length == 1 && callee instanceof Callee.User u && u.arity == 1 ? u : null;
  }

  @Override void eval(Evaluation m, Symtable env) { start(m, env, null); }

  @Override Dval compute(Evaluation m, Symtable env) {
    if (pureUnary != null) {
      m.countStep(); // as Node.value, spelt out for the JIT
      Dval only = args[0].compute(m, env);
      m.live(args[0], only);
      return m.calls().callDirect(pureUnary, only, rail, id);
    }
    return m.calls().callDirect(callee, arguments(m, env, null), false, rail, id);
  }

  @Override void pipe(Evaluation m, Symtable env, Dval previous) {
    if (piped) {
      start(m, env, previous);
    } else {
      super.pipe(m, env, previous);
    }
  }

  @Override boolean pipesDirectly() { return piped && direct; }

  @Override Dval pipeValue(Evaluation m, Symtable env, Dval previous) {
    return m.calls().callDirect(callee, arguments(m, env, previous), true, rail, id);
  }

  private void start(Evaluation m, Symtable env, Dval previous) {
    if (argsDirect) {
      m.calls().call(callee, arguments(m, env, previous), piped, rail, id);
    } else {
      int offset = previous == null ? 0 : 1;
      Dval[] values = new Dval[args.length + offset];
      if (previous != null) values[0] = previous;
      new Frame.Items(this, env, args, values, offset).run(m);
    }
  }

  /** The direct arguments' values, after the piped one if any, left to right. */
  private Args arguments(Evaluation m, Symtable env, Dval previous) {
    if (args.length == 1) {
      m.countStep();
      Dval only = args[0].compute(m, env);
      m.live(args[0], only);
      return previous == null ? Args.of(m.meter, only) : Args.of(m.meter, previous, only);
    }
    if (previous == null && args.length == 2) {
      m.countStep();
      Dval first = args[0].compute(m, env);
      m.live(args[0], first);
      m.countStep();
      Dval second = args[1].compute(m, env);
      m.live(args[1], second);
      return Args.of(m.meter, first, second);
    }
    int offset = previous == null ? 0 : 1;
    Dval[] values = new Dval[args.length + offset];
    if (previous != null) values[0] = previous;
    for (int i = 0; i < args.length; i++) values[offset + i] = args[i].value(m, env);
    return new Args(m.meter, List.of(values));
  }

  @Override void collected(Evaluation m, Symtable env, List<Dval> values) {
    m.calls().call(callee, new Args(m.meter, values), piped, rail, id);
  }
}
