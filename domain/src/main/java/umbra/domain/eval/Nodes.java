package umbra.domain.eval;

import java.util.List;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.LambdaParam;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;
import umbra.domain.value.Symtable;

/** The compiled forms of the expressions that are not calls, pipes or literal collections (language.md A.7). */
final class Nodes {
  private Nodes() {}

  /** A literal, a blank, or anything else whose value the compiler already knows. */
  static final class Const extends Node {
    private final Dval value;
    private final boolean live;

    Const(long id, Dval value, boolean live) {
      super(id, true);
      this.value = value;
      this.live = live;
    }

    @Override boolean recordsLive() { return live; }

    @Override Dval compute(Evaluation m, Symtable env) { return value; }
  }

  static final class Var extends Node {
    private final String name;

    Var(long id, String name) {
      super(id, true);
      this.name = name;
    }

    @Override Dval compute(Evaluation m, Symtable env) {
      Dval bound = env.lookup(name);
      return bound != null ? bound : new DError(m.source(id), "There is no variable named: " + name);
    }
  }

  /** An expression nested deeper than the compiler goes in one go: compiled when first reached. */
  static final class Lazy extends Node {
    private final Expr expr;
    private final CompilePass pass;
    private Node compiled;

    Lazy(Expr expr, CompilePass pass) {
      super(expr.id(), false);
      this.expr = expr;
      this.pass = pass;
    }

    @Override boolean recordsLive() { return target().recordsLive(); }

    /** The machine counted this step and pushed the live frame for the same id: the target just runs. */
    @Override void eval(Evaluation m, Symtable env) { target().eval(m, env); }

    private Node target() {
      if (compiled == null) compiled = pass.compile(expr);
      return compiled;
    }
  }

  /** A.7.4: an error-rail value stops the let; anything else is bound. */
  static final class Let extends Node {
    private final String name;
    private final Node rhs;
    private final Node body;

    Let(long id, String name, Node rhs, Node body) {
      super(id, rhs.direct && body.direct);
      this.name = name;
      this.rhs = rhs;
      this.body = body;
    }

    @Override void eval(Evaluation m, Symtable env) { then(m, env, rhs); }

    @Override void resume(Evaluation m, Symtable env, Dval v) {
      if (v instanceof DErrorRail) {
        m.ret(v);
      } else {
        m.eval(body, bind(env, v));
      }
    }

    @Override Dval compute(Evaluation m, Symtable env) {
      m.countStep();
      Dval v = rhs.compute(m, env);
      m.live(rhs, v);
      if (v instanceof DErrorRail) return v;
      Symtable in = bind(env, v);
      m.countStep();
      Dval result = body.compute(m, in);
      m.live(body, result);
      return result;
    }

    private Symtable bind(Symtable env, Dval v) { return name.isEmpty() ? env : env.bind(name, v); }
  }

  /** A.7.5: truthiness. */
  static final class If extends Node {
    private final Node cond;
    private final Node thenNode;
    private final Node elseNode;

    If(long id, Node cond, Node thenNode, Node elseNode) {
      super(id, cond.direct && thenNode.direct && elseNode.direct);
      this.cond = cond;
      this.thenNode = thenNode;
      this.elseNode = elseNode;
    }

    @Override void eval(Evaluation m, Symtable env) { then(m, env, cond); }

    @Override void resume(Evaluation m, Symtable env, Dval c) {
      Node branch = branch(c);
      if (branch != null) {
        m.eval(branch, env);
      } else {
        m.ret(notTaken(m, c));
      }
    }

    @Override Dval compute(Evaluation m, Symtable env) {
      m.countStep();
      Dval c = cond.compute(m, env);
      m.live(cond, c);
      Node branch = branch(c);
      if (branch == null) return notTaken(m, c);
      m.countStep();
      Dval v = branch.compute(m, env);
      m.live(branch, v);
      return v;
    }

    /** The branch to run, or null when the condition is an error, blank or rail value. */
    private Node branch(Dval c) {
      if (c == Dval.TRUE) return thenNode; // the usual answers first
      if (c == Dval.FALSE || c instanceof DNull || c instanceof DBool b && !b.value()) return elseNode;
      return c.isFake() ? null : thenNode;
    }

    private Dval notTaken(Evaluation m, Dval c) {
      return c instanceof DError ? new DError(m.source(id), "Expected boolean, got error") : c;
    }
  }

  /** A.7.6: only exactly {@code true} selects the new code. */
  static final class Flag extends Node {
    private final Node cond;
    private final Node oldNode;
    private final Node newNode;

    Flag(long id, Node cond, Node oldNode, Node newNode) {
      super(id, cond.direct && oldNode.direct && newNode.direct);
      this.cond = cond;
      this.oldNode = oldNode;
      this.newNode = newNode;
    }

    @Override void eval(Evaluation m, Symtable env) { then(m, env, cond); }

    @Override void resume(Evaluation m, Symtable env, Dval c) { m.eval(choose(c), env); }

    @Override Dval compute(Evaluation m, Symtable env) { return choose(cond.value(m, env)).value(m, env); }

    private Node choose(Dval c) { return c instanceof DBool b && b.value() ? newNode : oldNode; }
  }

  /** A.7.7: a closure over the current environment; the body is compiled once, with its parent. */
  static final class Lambda extends Node {
    private final List<LambdaParam> params;
    private final Expr body;

    Lambda(long id, List<LambdaParam> params, Expr body) {
      super(id, true);
      this.params = params;
      this.body = body;
    }

    @Override Dval compute(Evaluation m, Symtable env) {
      m.chargeBytes(Meter.VALUE_BYTES); // a closure keeps its environment alive
      return new DLambda(params, env, body);
    }
  }

  /** Editor placeholder text: evaluates as the expression it wraps, one step more (A.7.22). */
  static final class Partial extends Node {
    private final Node old;

    Partial(long id, Node old) {
      super(id, old.direct);
      this.old = old;
    }

    @Override void eval(Evaluation m, Symtable env) { m.eval(old, env); }

    @Override Dval compute(Evaluation m, Symtable env) { return old.value(m, env); }
  }

  /** A.7.12: wraps a constructor's payload unless it is fake. */
  static final class Construct extends Node {
    private final String name;
    private final Node arg;

    Construct(long id, String name, Node arg) {
      super(id, arg.direct);
      this.name = name;
      this.arg = arg;
    }

    @Override void eval(Evaluation m, Symtable env) { then(m, env, arg); }

    @Override void resume(Evaluation m, Symtable env, Dval v) { m.ret(wrap(m, v)); }

    @Override Dval compute(Evaluation m, Symtable env) { return wrap(m, arg.value(m, env)); }

    private Dval wrap(Evaluation m, Dval v) {
      if (v.isFake()) return v;
      m.chargeBytes(Meter.VALUE_BYTES); // a chain of wrappers built in a loop is as long as the loop
      return switch (name) {
        case "Just" -> new DJust(v);
        case "Ok" -> new DOk(v);
        default -> new DErr(v);
      };
    }
  }
}
