package umbra.domain.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import umbra.domain.syntax.Pattern;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;
import umbra.domain.value.Symtable;

/** Compiled field access, matches and literal collections (language.md A.7.8, A.7.11, A.7.13). */
final class Structures {
  private Structures() {}

  /** A.7.8: field access. */
  static final class Field extends Node {
    private final Node record;
    private final String field;

    Field(long id, Node record, String field) {
      super(id, record.direct);
      this.record = record;
      this.field = field;
    }

    @Override void eval(Evaluation m, Symtable env) { then(m, env, record); }

    @Override void resume(Evaluation m, Symtable env, Dval v) { m.ret(access(m, v)); }

    @Override Dval compute(Evaluation m, Symtable env) { return access(m, record.value(m, env)); }

    private Dval access(Evaluation m, Dval v) {
      return switch (v) {
        case DObj o -> {
          if (field.isEmpty()) yield new DIncomplete(m.source(id));
          Dval found = o.fields().get(field);
          yield found == null ? Dval.NULL : found;
        }
        case DIncomplete i -> v;
        case DErrorRail r -> v;
        case DDB d -> new DError(m.source(id), "Attempting to access a field of something that isn't a record or dict, "
            + "(it's a Datastore. Use DB:: standard library functions to interact with Datastores).");
        default -> new DError(m.source(id),
            "Attempting to access a field of something that isn't a record or dict, (it's a " + v.typeName() + ").");
      };
    }
  }

  record Case(Pattern pattern, Node body) {}

  /** A.7.13: the first matching case wins; no match is blank. */
  static final class Match extends Node {
    private final Node scrutinee;
    private final List<Case> cases;

    Match(long id, Node scrutinee, List<Case> cases) {
      super(id, scrutinee.direct && bodiesDirect(cases));
      this.scrutinee = scrutinee;
      this.cases = cases;
    }

    private static boolean bodiesDirect(List<Case> cases) {
      for (Case c : cases) {
        if (!c.body().direct) return false;
      }
      return true;
    }

    @Override void eval(Evaluation m, Symtable env) { then(m, env, scrutinee); }

    @Override void resume(Evaluation m, Symtable env, Dval v) {
      for (Case c : cases) {
        Symtable in = bindings(c.pattern(), v, env);
        if (in != null) {
          m.eval(c.body(), in);
          return;
        }
      }
      m.ret(new DIncomplete(m.source(id)));
    }

    @Override Dval compute(Evaluation m, Symtable env) {
      Dval v = scrutinee.value(m, env);
      for (Case c : cases) {
        Symtable in = bindings(c.pattern(), v, env);
        if (in != null) return c.body().value(m, in);
      }
      return new DIncomplete(m.source(id));
    }

    /** The environment of a matching case, or null when the pattern does not match. */
    private static Symtable bindings(Pattern p, Dval v, Symtable env) {
      var bound = new ArrayList<Object[]>();
      if (!Patterns.matches(p, v, bound)) return null;
      Symtable in = env;
      for (Object[] b : bound) in = in.bind((String) b[0], (Dval) b[1]);
      return in;
    }
  }

  /** A.7.11: list, tuple and record literals, items evaluated left to right. */
  static final class Collection extends Node {
    enum Kind { LIST, TUPLE, RECORD }

    private final Kind kind;
    private final Node[] items;
    private final String[] names;

    Collection(long id, Kind kind, Node[] items, String[] names) {
      super(id, allDirect(items));
      this.kind = kind;
      this.items = items;
      this.names = names;
    }

    @Override void eval(Evaluation m, Symtable env) {
      new Frame.Items(this, env, items, new Dval[items.length], 0).run(m);
    }

    @Override void collected(Evaluation m, Symtable env, List<Dval> values) { m.ret(build(m, values)); }

    @Override Dval compute(Evaluation m, Symtable env) {
      Dval[] values = new Dval[items.length];
      for (int i = 0; i < items.length; i++) values[i] = items[i].value(m, env);
      return build(m, List.of(values));
    }

    private Dval build(Evaluation m, List<Dval> values) {
      m.chargeBytes(Meter.CONTAINER_BYTES + values.size() * (kind == Kind.RECORD ? Meter.ENTRY_BYTES : Meter.ITEM_BYTES));
      return switch (kind) {
        case LIST -> list(values);
        case TUPLE -> tuple(values);
        case RECORD -> record(m, values);
      };
    }

    private static Dval list(List<Dval> values) {
      var kept = new ArrayList<Dval>(values.size());
      for (Dval v : values) {
        if (v instanceof DIncomplete) continue;
        if (v instanceof DErrorRail) return v;
        kept.add(v);
      }
      return new DList(kept);
    }

    private static Dval tuple(List<Dval> values) {
      for (Dval v : values) {
        if (v.isFake()) return v;
      }
      return new DTuple(values.get(0), values.get(1), values.subList(2, values.size()));
    }

    private Dval record(Evaluation m, List<Dval> values) {
      var keep = new ArrayList<Integer>();
      for (int i = 0; i < values.size(); i++) {
        if (names[i].isEmpty() || values.get(i) instanceof DIncomplete) continue;
        if (values.get(i) instanceof DErrorRail) return values.get(i);
        keep.add(i);
      }
      var fields = new TreeMap<String, Dval>();
      for (int i : keep) {
        if (fields.containsKey(names[i])) return new DError(m.source(id), "Duplicate key: " + names[i]);
        fields.put(names[i], values.get(i));
      }
      return new DObj(fields);
    }
  }
}
