package umbra.domain.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/**
 * Work waiting for a value. Each frame is used once: {@link #resume} receives the value of the
 * sub-expression it was waiting for and tells the machine what to do next.
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

  /** A.7.4: an error-rail value stops the let; anything else is bound. */
  static final class Let extends Frame {
    private final String name;
    private final Expr body;
    private final Symtable env;

    Let(String name, Expr body, Symtable env) {
      this.name = name;
      this.body = body;
      this.env = env;
    }

    @Override void resume(Evaluation m, Dval v) {
      if (v instanceof DErrorRail) {
        m.ret(v);
      } else {
        m.eval(body, name.isEmpty() ? env : env.bind(name, v));
      }
    }
  }

  /** A.7.5: truthiness. */
  static final class If extends Frame {
    private final EIf expr;
    private final Symtable env;

    If(EIf expr, Symtable env) {
      this.expr = expr;
      this.env = env;
    }

    @Override void resume(Evaluation m, Dval v) {
      switch (v) {
        case DBool b when !b.value() -> m.eval(expr.elseExpr(), env);
        case DNull n -> m.eval(expr.elseExpr(), env);
        case DError e -> m.ret(new DError(m.source(expr.id()), "Expected boolean, got error"));
        case DIncomplete i -> m.ret(v);
        case DErrorRail r -> m.ret(v);
        default -> m.eval(expr.thenExpr(), env);
      }
    }
  }

  /** A.7.6: only exactly {@code true} selects the new code. */
  static final class Flag extends Frame {
    private final EFeatureFlag expr;
    private final Symtable env;

    Flag(EFeatureFlag expr, Symtable env) {
      this.expr = expr;
      this.env = env;
    }

    @Override void resume(Evaluation m, Dval v) {
      m.eval(v == Dval.TRUE || (v instanceof DBool b && b.value()) ? expr.newExpr() : expr.oldExpr(), env);
    }
  }

  /** A.7.8: field access. */
  static final class Field extends Frame {
    private final EFieldAccess expr;

    Field(EFieldAccess expr) { this.expr = expr; }

    @Override void resume(Evaluation m, Dval v) {
      switch (v) {
        case DObj o -> {
          if (expr.field().isEmpty()) {
            m.ret(new DIncomplete(m.source(expr.id())));
          } else {
            Dval found = o.fields().get(expr.field());
            m.ret(found == null ? Dval.NULL : found);
          }
        }
        case DIncomplete i -> m.ret(v);
        case DErrorRail r -> m.ret(v);
        case DDB d -> m.ret(new DError(m.source(expr.id()), "Attempting to access a field of something that isn't a record or dict, "
            + "(it's a Datastore. Use DB:: standard library functions to interact with Datastores)."));
        default -> m.ret(new DError(m.source(expr.id()),
            "Attempting to access a field of something that isn't a record or dict, (it's a " + v.typeName() + ")."));
      }
    }
  }

  /** A.7.11: list, tuple and record literals, evaluated left to right. */
  static final class Sequence extends Frame {
    enum Kind { LIST, TUPLE, RECORD }

    private final Kind kind;
    private final List<Expr> exprs;
    private final List<String> names;
    private final Symtable env;
    private final long id;
    private final Dval[] values;
    private int next;

    private Sequence(Kind kind, List<Expr> exprs, List<String> names, Symtable env, long id) {
      this.kind = kind;
      this.exprs = exprs;
      this.names = names;
      this.env = env;
      this.id = id;
      this.values = new Dval[exprs.size()];
    }

    static void start(Evaluation m, Kind kind, List<Expr> exprs, List<String> names, Symtable env, long id) {
      var s = new Sequence(kind, exprs, names, env, id);
      if (exprs.isEmpty()) {
        s.finish(m);
      } else {
        m.push(s);
        m.eval(exprs.get(0), env);
      }
    }

    @Override void resume(Evaluation m, Dval v) {
      values[next++] = v;
      if (next < values.length) {
        m.push(this);
        m.eval(exprs.get(next), env);
      } else {
        finish(m);
      }
    }

    private void finish(Evaluation m) {
      switch (kind) {
        case LIST -> m.ret(list());
        case TUPLE -> m.ret(tuple());
        case RECORD -> m.ret(record(m));
      }
    }

    private Dval list() {
      var items = new ArrayList<Dval>(values.length);
      for (Dval v : values) {
        if (v instanceof DIncomplete) continue;
        if (v instanceof DErrorRail) return v;
        items.add(v);
      }
      return new DList(items);
    }

    private Dval tuple() {
      for (Dval v : values) {
        if (v.isFake()) return v;
      }
      return new DTuple(values[0], values[1], List.of(values).subList(2, values.length));
    }

    private Dval record(Evaluation m) {
      var keep = new ArrayList<Integer>();
      for (int i = 0; i < values.length; i++) {
        if (names.get(i).isEmpty() || values[i] instanceof DIncomplete) continue;
        if (values[i] instanceof DErrorRail) return values[i];
        keep.add(i);
      }
      var fields = new TreeMap<String, Dval>();
      for (int i : keep) {
        if (fields.containsKey(names.get(i))) return new DError(m.source(id), "Duplicate key: " + names.get(i));
        fields.put(names.get(i), values[i]);
      }
      return new DObj(fields);
    }
  }

  /** A.7.12: wraps a constructor's payload unless it is fake. */
  static final class Construct extends Frame {
    private final String name;

    Construct(String name) { this.name = name; }

    @Override void resume(Evaluation m, Dval v) {
      if (v.isFake()) {
        m.ret(v);
        return;
      }
      m.ret(switch (name) {
        case "Just" -> new DJust(v);
        case "Ok" -> new DOk(v);
        default -> new DErr(v);
      });
    }
  }

  /** A.7.13: the first matching case wins; no match is blank. */
  static final class Match extends Frame {
    private final EMatch expr;
    private final Symtable env;

    Match(EMatch expr, Symtable env) {
      this.expr = expr;
      this.env = env;
    }

    @Override void resume(Evaluation m, Dval v) {
      for (var c : expr.cases()) {
        var bindings = new ArrayList<Object[]>();
        if (Patterns.matches(c.pattern(), v, bindings)) {
          Symtable in = env;
          for (Object[] b : bindings) in = in.bind((String) b[0], (Dval) b[1]);
          m.eval(c.body(), in);
          return;
        }
      }
      m.ret(new DIncomplete(m.source(expr.id())));
    }
  }

  /** A.7.10: runs the steps of a pipe, each receiving the previous value. */
  static final class Pipe extends Frame {
    private final EPipe expr;
    private final Symtable env;
    private int next;

    Pipe(EPipe expr, Symtable env) {
      this.expr = expr;
      this.env = env;
    }

    @Override void resume(Evaluation m, Dval previous) {
      if (next == expr.steps().size()) {
        m.ret(previous);
        return;
      }
      Expr step = expr.steps().get(next++);
      m.push(this);
      m.calls().pipeStep(step, previous, env, expr.id());
    }
  }

  /** A pipe step that is an arbitrary expression: its value is applied to the piped value. */
  static final class PipeApply extends Frame {
    private final Dval piped;
    private final long callId;

    PipeApply(Dval piped, long callId) {
      this.piped = piped;
      this.callId = callId;
    }

    @Override void resume(Evaluation m, Dval function) {
      m.calls().callValue(function, List.of(piped), true, Rail.NO_RAIL, callId);
    }
  }
}
