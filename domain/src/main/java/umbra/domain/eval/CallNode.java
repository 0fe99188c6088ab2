package umbra.domain.eval;

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

  CallNode(long id, Callee callee, Node[] args, boolean piped, Rail rail, boolean machineFree) {
    this(id, callee, args, piped, rail, machineFree, allDirect(args));
  }

  private CallNode(long id, Callee callee, Node[] args, boolean piped, Rail rail, boolean machineFree, boolean argsDirect) {
    super(id, argsDirect && machineFree);
    this.callee = callee;
    this.args = args;
    this.piped = piped;
    this.rail = rail;
    this.argsDirect = argsDirect;
  }

  private static boolean allDirect(Node[] nodes) {
    for (Node n : nodes) {
      if (!n.direct) return false;
    }
    return true;
  }

  @Override void eval(Evaluation m, Symtable env) { start(m, env, new Dval[args.length], 0); }

  @Override Dval compute(Evaluation m, Symtable env) {
    Dval[] values = new Dval[args.length];
    for (int i = 0; i < args.length; i++) values[i] = args[i].value(m, env);
    return m.calls().callDirect(callee, values, piped, rail, id);
  }

  @Override void pipe(Evaluation m, Symtable env, Dval previous) {
    if (!piped) {
      super.pipe(m, env, previous);
      return;
    }
    Dval[] values = new Dval[args.length + 1];
    values[0] = previous;
    start(m, env, values, 1);
  }

  @Override boolean pipesDirectly() { return piped && direct; }

  @Override Dval pipeValue(Evaluation m, Symtable env, Dval previous) {
    Dval[] values = new Dval[args.length + 1];
    values[0] = previous;
    for (int i = 0; i < args.length; i++) values[i + 1] = args[i].value(m, env);
    return m.calls().callDirect(callee, values, true, rail, id);
  }

  private void start(Evaluation m, Symtable env, Dval[] values, int offset) {
    if (argsDirect) {
      for (int i = 0; i < args.length; i++) values[offset + i] = args[i].value(m, env);
      collected(m, env, values);
    } else {
      new Frame.Items(this, env, args, values, offset).run(m);
    }
  }

  @Override void collected(Evaluation m, Symtable env, Dval[] values) {
    m.calls().call(callee, values, piped, rail, id);
  }
}
