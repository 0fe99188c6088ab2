package umbra.domain.eval;

import java.util.List;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * Work waiting for a value, on the machine's heap stack. Each frame is resumed once per value it
 * waits for: {@link #resume} receives it and tells the machine what to do next.
 */
abstract class Frame {
  abstract void resume(Evaluation m, Dval v);

  /** Records the value of an expression for the editor's live values. */
  static final class Live extends Frame {
    private final long id;

    Live(long id) { this.id = id; }

    @Override void resume(Evaluation m, Dval v) {
      m.recordLive(id, v);
      m.ret(v);
    }
  }

  /** A node waiting for the value of one of its children, in the environment it was evaluated in. */
  static final class Resume extends Frame {
    private final Node node;
    private final Symtable env;

    Resume(Node node, Symtable env) {
      this.node = node;
      this.env = env;
    }

    @Override void resume(Evaluation m, Dval v) { node.resume(m, env, v); }
  }

  /**
   * Evaluates a node's children left to right into {@code values[offset..]} (direct ones at
   * once, in a loop rather than by recursion), then hands all values to {@link Node#collected}.
   */
  static final class Items extends Frame {
    private final Node owner;
    private final Symtable env;
    private final Node[] nodes;
    private final Dval[] values;
    private final int offset;
    private int next;

    Items(Node owner, Symtable env, Node[] nodes, Dval[] values, int offset) {
      this.owner = owner;
      this.env = env;
      this.nodes = nodes;
      this.values = values;
      this.offset = offset;
    }

    void run(Evaluation m) {
      while (next < nodes.length) {
        Node n = nodes[next];
        if (!n.direct) {
          m.push(this);
          m.eval(n, env);
          return;
        }
        values[offset + next++] = n.value(m, env);
      }
      owner.collected(m, env, List.of(values));
    }

    @Override void resume(Evaluation m, Dval v) {
      values[offset + next++] = v;
      run(m);
    }
  }
}
