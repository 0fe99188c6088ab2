package umbra.domain.eval;

import java.util.List;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * An expression compiled for one evaluation ({@link Compiler}): names resolved, literals built,
 * children compiled. A node runs in one of two ways:
 *
 * <ul>
 *   <li>{@link #eval}, on the machine: the loop has counted the node's step; the node either
 *       returns its value ({@code m.ret}) or pushes what waits and hands a child to the machine.
 *   <li>{@link #value}, directly on the Java stack, only for a {@link #direct} node: a subtree
 *       that calls no Dark function (no user function, lambda or stepping builtin, so no effect)
 *       and is shallow (the compiler bounds its height). Most arithmetic and tests are such
 *       subtrees; running them without frames is where the speed comes from. The direct path
 *       counts steps and records live values exactly where the machine would.
 * </ul>
 */
abstract class Node {
  final long id;
  /** See the class comment; fixed by the compiler from the children. */
  final boolean direct;

  Node(long id, boolean direct) {
    this.id = id;
    this.direct = direct;
  }

  /** Whether the editor sees this node's live value (the pipe placeholder has none). */
  boolean recordsLive() { return true; }

  /** The machine path; a direct node's is simply its value. */
  void eval(Evaluation m, Symtable env) { m.ret(compute(m, env)); }

  /**
   * The direct path, as one step of the machine: counted, computed, recorded.
   *
   * <p>The hottest nodes spell this out where they evaluate a child ({@code m.countStep(); v =
   * child.compute(m, env); m.live(child, v)}): the same three actions, but with the call of
   * {@code compute} in their own code, where the JIT sees which kinds of node each child is
   * and inlines them. Here, the one call would see every kind and inline none.
   */
  final Dval value(Evaluation m, Symtable env) {
    m.countStep();
    Dval v = compute(m, env);
    m.live(this, v);
    return v;
  }

  /** This node's value, children evaluated directly. Only called on direct nodes. */
  Dval compute(Evaluation m, Symtable env) {
    throw new IllegalStateException("not a direct node: " + getClass().getSimpleName());
  }

  /** Receives the value of the child this node pushed a {@link Frame.Resume} for. */
  void resume(Evaluation m, Symtable env, Dval childValue) {
    throw new IllegalStateException(getClass().getSimpleName() + " waits for no child");
  }

  /** Receives the values of the children a {@link Frame.Items} evaluated for this node. */
  void collected(Evaluation m, Symtable env, List<Dval> values) {
    throw new IllegalStateException(getClass().getSimpleName() + " collects no children");
  }

  /**
   * As a step of a pipe (A.7.10): the step's value is a function, applied to the piped value.
   * Calls written with the placeholder, and blanks, override this; it is not a step of its own.
   */
  void pipe(Evaluation m, Symtable env, Dval previous) {
    m.push(new Pipes.Apply(previous, id));
    m.eval(this, env);
  }

  /** Whether {@link #pipeValue} may be used for this pipe step. */
  boolean pipesDirectly() { return false; }

  /** The direct path of {@link #pipe}. */
  Dval pipeValue(Evaluation m, Symtable env, Dval previous) {
    throw new IllegalStateException(getClass().getSimpleName() + " is not a direct pipe step");
  }

  /** Evaluates {@code child} and hands its value to {@link #resume}: at once if direct, else on the machine. */
  final void then(Evaluation m, Symtable env, Node child) {
    if (child.direct) {
      resume(m, env, child.value(m, env));
    } else {
      m.push(new Frame.Resume(this, env));
      m.eval(child, env);
    }
  }
}
