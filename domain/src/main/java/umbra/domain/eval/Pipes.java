package umbra.domain.eval;

import java.util.List;
import umbra.domain.syntax.Expr.Rail;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/** A.7.10: {@code first |> step |> step}, each step receiving the previous value. */
final class Pipes {
  private Pipes() {}

  static final class Pipe extends Node {
    private final Node first;
    private final Node[] steps;

    Pipe(long id, Node first, Node[] steps) {
      super(id, first.direct && List.of(steps).stream().allMatch(Node::pipesDirectly));
      this.first = first;
      this.steps = steps;
    }

    @Override void eval(Evaluation m, Symtable env) { then(m, env, first); }

    @Override void resume(Evaluation m, Symtable env, Dval v) { new Steps(steps, env).resume(m, v); }

    @Override Dval compute(Evaluation m, Symtable env) {
      Dval v = first.value(m, env);
      for (Node step : steps) v = step.pipeValue(m, env, v);
      return v;
    }
  }

  /** A blank step passes the value on. */
  static final class Blank extends Node {
    Blank(long id) { super(id, true); }

    @Override void pipe(Evaluation m, Symtable env, Dval previous) { m.ret(previous); }

    @Override boolean pipesDirectly() { return true; }

    @Override Dval pipeValue(Evaluation m, Symtable env, Dval previous) { return previous; }
  }

  /** Runs the steps in order: direct ones at once, the others on the machine with this frame waiting. */
  private static final class Steps extends Frame {
    private final Node[] steps;
    private final Symtable env;
    private int next;

    Steps(Node[] steps, Symtable env) {
      this.steps = steps;
      this.env = env;
    }

    @Override void resume(Evaluation m, Dval previous) {
      Dval v = previous;
      while (next < steps.length) {
        Node step = steps[next++];
        if (!step.pipesDirectly()) {
          m.push(this);
          step.pipe(m, env, v);
          return;
        }
        v = step.pipeValue(m, env, v);
      }
      m.ret(v);
    }
  }

  /** A pipe step that is an arbitrary expression: its value is applied to the piped value. */
  static final class Apply extends Frame {
    private final Dval piped;
    private final long callId;

    Apply(Dval piped, long callId) {
      this.piped = piped;
      this.callId = callId;
    }

    @Override void resume(Evaluation m, Dval function) {
      m.calls().callValue(function, List.of(piped), true, Rail.NO_RAIL, callId);
    }
  }
}
