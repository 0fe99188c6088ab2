package umbra.domain.datastore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import umbra.domain.eval.Step;
import umbra.domain.stdlib.Builtin;
import umbra.domain.stdlib.BuiltinFailure;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Printer;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;

/**
 * Compiles a {@code DB::query} lambda to a SQL condition on the row's jsonb (Dark's
 * SqlCompiler), in three passes:
 *
 * <ol>
 *   <li>{@link #prepare}: pipes become plain calls and every {@code let} inside the lambda is
 *       inlined where it is used, so {@code let x = p.age in x > 3} becomes {@code p.age > 3};
 *   <li>partial evaluation ({@link PartialEvaluation}): what does not depend on the row (field
 *       access on other values, calls on known values, including user functions) is evaluated
 *       by the interpreter and replaced by a variable holding its value;
 *   <li>{@link #compile}: what is left, field access on the row, literals, variables, and
 *       builtins that have a SQL form ({@link SqlFunctions}), becomes SQL with every value bound
 *       as a parameter.
 * </ol>
 *
 * Anything else is an {@link #error} naming the code; rows are never filtered
 * outside the database.
 */
public final class QueryCompiler {

  public static final String ERROR_TEMPLATE =
      "You're using our new experimental Datastore query compiler. It compiles your lambdas into optimized (and"
          + " partially indexed) Datastore queries, which should be reasonably fast.\n\nUnfortunately, we hit a snag"
          + " while compiling your lambda. We only support a subset of Darklang's functionality, but will be"
          + " expanding it in the future.\n\nSome Darklang code is not supported in DB::query lambdas for now, and"
          + " some of it won't be supported because it's an odd thing to do in a datastore query. If you think your"
          + " operation should be supported, let us know in #general in Discord.\n\n  Error: ";

  /** Placeholders are numbered while compiling (a SQL form may reorder its arguments), then become {@code ?}. */
  private static final char MARK = '\u0001';

  private QueryCompiler() {}

  /**
   * All three passes for a query lambda over {@code db}; {@code then} receives the SQL
   * condition. The lambda must take one parameter, the row.
   */
  public static Step filter(DLambda lambda, Datastore db, Registry builtins, Function<SqlFilter, Step> then) {
    if (lambda.params().size() != 1) {
      throw error("A query lambda takes exactly one parameter, the row, but this one takes " + lambda.params().size());
    }
    String param = lambda.params().get(0).name();
    Expr prepared = prepare(lambda.body(), param);
    return PartialEvaluation.run(prepared, param, lambda.env(),
        (body, env) -> then.apply(compile(body, param, env.toMap(), db, builtins)));
  }

  // ---- pass 1 ----

  /** The lambda body with pipes written as calls and lets inlined. */
  public static Expr prepare(Expr body, String param) {
    return inline(canonical(body), param, Map.of());
  }

  private static Expr canonical(Expr e) {
    Expr c = Children.map(e, QueryCompiler::canonical);
    if (c instanceof EPartial p) return p.old();
    if (!(c instanceof EPipe pipe)) return c;
    Expr value = pipe.first();
    var rest = new ArrayList<Expr>();
    for (Expr step : pipe.steps()) {
      Expr filled = rest.isEmpty() ? fill(step, value) : null;
      if (filled == null) {
        rest.add(step);
      } else {
        value = filled;
      }
    }
    return rest.isEmpty() ? value : new EPipe(pipe.id(), value, rest);
  }

  /** A pipe step with the piped value in place of its hole; null for a step that is not a call. */
  private static Expr fill(Expr step, Expr value) {
    return switch (step) {
      case EFnCall f when !f.args().isEmpty() && f.args().get(0) instanceof EPipeTarget -> {
        var args = new ArrayList<>(f.args());
        args.set(0, value);
        yield new EFnCall(f.id(), f.name(), args, f.rail());
      }
      case EBinOp b when b.left() instanceof EPipeTarget -> new EBinOp(b.id(), b.op(), value, b.right(), b.rail());
      case EBlank b -> value;
      default -> null;
    };
  }

  private static Expr inline(Expr e, String param, Map<String, Expr> bound) {
    return switch (e) {
      case ELet l -> {
        var inner = new HashMap<>(bound);
        inner.put(l.name(), inline(l.rhs(), param, bound));
        yield inline(l.body(), param, inner);
      }
      case EVariable v when !v.name().equals(param) && bound.containsKey(v.name()) -> bound.get(v.name());
      default -> Children.map(e, child -> inline(child, param, bound));
    };
  }

  // ---- pass 2: which expressions the interpreter computes first ----

  /**
   * Whether {@code e} (its children already evaluated where possible) is computed by the
   * interpreter rather than compiled: field access on anything but the row, and calls whose
   * arguments are all literals or known variables.
   */
  static boolean evaluatesFirst(Expr e, String param) {
    return switch (e) {
      case EFieldAccess f when f.record() instanceof EVariable v -> !v.name().equals(param);
      case EFieldAccess f -> f.record() instanceof ERecord;
      case EFnCall f -> allKnown(f.args(), param);
      case EBinOp b -> allKnown(List.of(b.left(), b.right()), param);
      default -> false;
    };
  }

  private static boolean allKnown(List<Expr> args, String param) {
    for (Expr a : args) {
      boolean known = switch (a) {
        case EInteger x -> true;
        case EBool x -> true;
        case ENull x -> true;
        case EFloat x -> true;
        case EString x -> true;
        case EVariable v -> !v.name().equals(param);
        default -> false;
      };
      if (!known) return false;
    }
    return true;
  }

  // ---- pass 3 ----

  /**
   * The SQL condition for a prepared, partially evaluated body. {@code values} holds the
   * variables the body may use (the lambda's environment and the values pass 2 computed).
   */
  public static SqlFilter compile(Expr body, String param, Map<String, Dval> values, Datastore db, Registry builtins) {
    var c = new Compilation(param, values, db, builtins);
    String condition = c.sql(DType.BOOL, body);
    String hint = c.containment(body);
    if (hint != null) condition = "(" + hint + " AND " + condition + ")";
    return c.finish(condition);
  }

  private static final class Compilation {
    private final String param;
    private final Map<String, Dval> values;
    private final Datastore db;
    private final Registry builtins;
    private final List<SqlFilter.SqlValue> params = new ArrayList<>();

    Compilation(String param, Map<String, Dval> values, Datastore db, Registry builtins) {
      this.param = param;
      this.values = values;
      this.db = db;
      this.builtins = builtins;
    }

    private String bind(SqlFilter.SqlValue v) {
      params.add(v);
      return "" + MARK + (params.size() - 1) + MARK;
    }

    /** Placeholders in text order become {@code ?}, the parameters reordered to match. */
    SqlFilter finish(String sql) {
      var out = new StringBuilder(sql.length());
      var ordered = new ArrayList<SqlFilter.SqlValue>(params.size());
      int i = 0;
      while (i < sql.length()) {
        char ch = sql.charAt(i);
        if (ch == MARK) {
          int end = sql.indexOf(MARK, i + 1);
          ordered.add(params.get(Integer.parseInt(sql.substring(i + 1, end))));
          out.append('?');
          i = end + 1;
        } else {
          out.append(ch);
          i++;
        }
      }
      return new SqlFilter(out.toString(), ordered);
    }

    String sql(DType expected, Expr e) {
      return switch (e) {
        case EBinOp b when isNullTest(b.op(), b.left(), b.right()) -> nullTest(b.op(), b.left(), b.right());
        case EBinOp b when b.rail() == Rail.NO_RAIL -> call(b.op(), List.of(b.left(), b.right()), expected);
        case EFnCall f when f.rail() == Rail.NO_RAIL && f.name() instanceof FnName.Stdlib s
            && isNullTest(s, f.args()) -> nullTest(s, f.args().get(0), f.args().get(1));
        case EFnCall f when f.rail() == Rail.NO_RAIL && f.name() instanceof FnName.Stdlib s -> call(s, f.args(), expected);
        case EFnCall f when f.rail() == Rail.NO_RAIL -> throw error(
            "Only builtin functions can be used in queries right now; " + f.name() + " is not a builtin function");
        case EVariable v -> {
          Dval value = values.get(v.name());
          if (value == null) throw error("This variable is not defined: " + v.name());
          typecheckValue("variable " + v.name(), value, expected);
          yield "(" + bind(sqlValue(value)) + ")";
        }
        case EInteger i -> literal("integer " + i.value(), DType.INT, expected, new SqlFilter.SqlValue.Int(i.value()));
        case EBool b -> literal("bool " + b.value(), DType.BOOL, expected, new SqlFilter.SqlValue.Bool(b.value()));
        case ENull n -> literal("value null", new DType.TNull(), expected, new SqlFilter.SqlValue.Null());
        case EFloat f -> literal("float " + Printer.print(f), DType.FLOAT, expected,
            new SqlFilter.SqlValue.Float(f.toDouble()));
        case EString s -> literal("string \"" + s.value() + "\"", DType.STR, expected,
            new SqlFilter.SqlValue.Text(s.value()));
        case EFieldAccess f when f.record() instanceof EVariable v && v.name().equals(param) -> field(f.field(), expected);
        default -> throw error("We do not yet support compiling this code: " + Printer.print(e));
      };
    }

    private String literal(String name, DType actual, DType expected, SqlFilter.SqlValue value) {
      typecheck(name, actual, expected);
      return "(" + bind(value) + ")";
    }

    // SQL compares with null by IS NULL, not =
    private static boolean isNullTest(FnName.Stdlib op, Expr left, Expr right) {
      return op.module().isEmpty() && op.version() == 0 && (op.function().equals("==") || op.function().equals("!="))
          && (left instanceof ENull || right instanceof ENull);
    }

    private static boolean isNullTest(FnName.Stdlib op, List<Expr> args) {
      return args.size() == 2 && isNullTest(op, args.get(0), args.get(1));
    }

    private String nullTest(FnName.Stdlib op, Expr left, Expr right) {
      Expr other = left instanceof ENull ? right : left;
      String sql = sql(new DType.TNull(), other);
      return "(" + sql + (op.function().equals("==") ? " is null)" : " is not null)");
    }

    private String call(FnName.Stdlib name, List<Expr> args, DType expected) {
      Builtin fn = builtins.get(name);
      if (fn == null) {
        throw error("Only builtin functions can be used in queries right now; " + name + " is not a builtin function");
      }
      typecheck(name.toString(), fn.returnType(), expected);
      if (fn.params().size() != args.size()) {
        throw error(name + " has " + fn.params().size() + " functions but we have " + args.size() + " arguments");
      }
      var argSqls = new ArrayList<String>(args.size());
      for (int i = 0; i < args.size(); i++) argSqls.add(sql(fn.params().get(i).type(), args.get(i)));
      SqlSpec spec = SqlFunctions.of(name);
      String sql = spec == null ? null : spec.write(argSqls);
      if (sql == null) throw error("This function (" + name + ") is not yet implemented");
      return sql;
    }

    /** The row's field, read from the jsonb as the column's type; the field name is bound too. */
    private String field(String name, DType expected) {
      DType type = db.columnType(name)
          .orElseThrow(() -> error("The datastore does not have a field named: " + name));
      if (!(expected instanceof DType.TNull)) typecheck(name, type, expected);
      String key = bind(new SqlFilter.SqlValue.Text(name));
      return switch (type) {
        case DType.TStr t -> "(CAST(data->>" + key + " AS text))";
        case DType.TInt t -> "(CAST(data->>" + key + " AS bigint))";
        case DType.TFloat t -> "(CAST(data->>" + key + " AS double precision))";
        case DType.TBool t -> "(CAST(data->>" + key + " AS bool))";
        // stored wrapped as {"type": "date", "value": "..."} (and likewise uuids)
        case DType.TDate t -> "(CAST(data->" + key + "->>'value' AS timestamp with time zone))";
        case DType.TUuid t -> "(CAST(data->" + key + "->>'value' AS uuid))";
        default -> throw error("We do not support this type of DB field yet: " + type.displayName());
      };
    }

    /**
     * The conjuncts {@code p.field == value} at the top of the condition, as one containment test
     * {@code data @> {...}} that the datastore's GIN index answers; the exact comparison stays, so
     * this only narrows the rows PostgreSQL looks at.
     */
    String containment(Expr body) {
      var fields = new TreeMap<String, Dval>();
      collect(body, fields);
      if (fields.isEmpty()) return null;
      return "(data @> CAST(" + bind(new SqlFilter.SqlValue.Json(new DObj(fields))) + " AS jsonb))";
    }

    private void collect(Expr e, Map<String, Dval> fields) {
      if (!(e instanceof EBinOp b) || b.rail() != Rail.NO_RAIL || !b.op().module().isEmpty()) return;
      switch (b.op().function()) {
        case "&&" -> {
          collect(b.left(), fields);
          collect(b.right(), fields);
        }
        case "==" -> {
          equality(b.left(), b.right(), fields);
          equality(b.right(), b.left(), fields);
        }
        default -> { }
      }
    }

    private void equality(Expr fieldSide, Expr valueSide, Map<String, Dval> fields) {
      if (!(fieldSide instanceof EFieldAccess f && f.record() instanceof EVariable v && v.name().equals(param))) return;
      DType type = db.columnType(f.field()).orElse(null);
      Dval value = switch (valueSide) {
        case EVariable var -> values.get(var.name());
        case EString s -> new DStr(s.value());
        case EInteger i -> new DInt(i.value());
        case EBool bo -> DBool.of(bo.value());
        default -> null;
      };
      boolean indexable = type instanceof DType.TStr && value instanceof DStr
          || type instanceof DType.TInt && value instanceof DInt
          || type instanceof DType.TBool && value instanceof DBool;
      if (indexable && !fields.containsKey(f.field())) fields.put(f.field(), value);
    }

    private static void typecheck(String name, DType actual, DType expected) {
      if (compatible(actual, expected)) return;
      throw error("Incorrect type in " + name + ", expected " + expected.displayName() + ", but got a "
          + actual.displayName());
    }

    /** Equal, or equal once type variables (on either side, inside lists too) match anything. */
    private static boolean compatible(DType actual, DType expected) {
      if (expected instanceof DType.TVariable || actual instanceof DType.TVariable || actual.equals(expected)) return true;
      return actual instanceof DType.TList a && expected instanceof DType.TList e && compatible(a.element(), e.element());
    }

    private static void typecheckValue(String name, Dval value, DType expected) {
      if (value.isFake()) throw new BuiltinFailure.FakeValueFound(value);
      typecheck(name, typeOf(value), expected);
    }

    private static DType typeOf(Dval v) {
      return switch (v) {
        case DInt i -> DType.INT;
        case DFloat f -> DType.FLOAT;
        case DBool b -> DType.BOOL;
        case DStr s -> DType.STR;
        case DNull n -> new DType.TNull();
        case DDate d -> new DType.TDate();
        case DUuid u -> new DType.TUuid();
        case DChar c -> new DType.TChar();
        case DList l -> new DType.TList(DType.ANY);
        case DObj o -> new DType.TDict(DType.ANY);
        case DPassword p -> new DType.TPassword();
        default -> DType.ANY;
      };
    }

    private static SqlFilter.SqlValue sqlValue(Dval v) {
      return switch (v) {
        case DInt i -> new SqlFilter.SqlValue.Int(i.value());
        case DFloat f -> new SqlFilter.SqlValue.Float(f.value());
        case DBool b -> new SqlFilter.SqlValue.Bool(b.value());
        case DStr s -> new SqlFilter.SqlValue.Text(s.value());
        case DNull n -> new SqlFilter.SqlValue.Null();
        case DDate d -> new SqlFilter.SqlValue.Timestamp(d.value());
        case DUuid u -> new SqlFilter.SqlValue.Uuid(u.value());
        default -> throw error("This value is not yet supported: " + Repr.toRepr(v));
      };
    }
  }

  /** Code the compiler does not support: a Dark error the user reads, with Dark's preamble. */
  static BuiltinFailure.UserError error(String detail) { return new BuiltinFailure.UserError(ERROR_TEMPLATE + detail); }
}
