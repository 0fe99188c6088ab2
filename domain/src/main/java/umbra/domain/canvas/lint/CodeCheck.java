package umbra.domain.canvas.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.stdlib.Builtin;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;

/**
 * The code checks of {@link Lint}: one walk per toplevel with the variables in scope, as the
 * interpreter binds them (backend.md 1.5: datastores and secrets everywhere; {@code request} and
 * route variables in HTTP handlers, {@code event} in workers; parameters in functions; then
 * {@code let}, lambda parameters and match patterns).
 */
final class CodeCheck {
  /** A variable scope: a name and the scope it extends; null is the toplevel's inputs. */
  private record Scope(String name, Scope outer) {
    static boolean has(Scope s, String name) {
      for (; s != null; s = s.outer()) if (s.name().equals(name)) return true;
      return false;
    }
  }

  private final Registry builtins;
  private final Map<String, Toplevel.UserFn> functions = new TreeMap<>();
  private final Set<String> datastores = new HashSet<>();
  private final Set<String> globals = new HashSet<>();
  private final List<Toplevel.Handler> handlers;
  /**
   * Every callable name without its version ({@code String.toInt}, {@code myFn}) to the name to
   * suggest: a builtin's newest version that is not deprecated (else its newest), as code writes it.
   */
  private final Map<String, String> callable = new TreeMap<>();

  CodeCheck(Canvas canvas, Registry builtins, Collection<String> secrets) {
    this.builtins = builtins;
    canvas.functions().live().values().forEach(f -> functions.put(f.name(), f));
    canvas.dbs().live().values().forEach(d -> { if (!d.name().isEmpty()) datastores.add(d.name()); });
    globals.addAll(datastores);
    globals.addAll(secrets);
    handlers = List.copyOf(canvas.handlers().live().values());
    var newest = new TreeMap<String, Builtin>();
    for (Builtin b : builtins.all().values()) {
      if (!Character.isLetter(b.name().function().charAt(0))) continue;
      newest.merge(unversioned(b.name()), b, CodeCheck::better);
    }
    newest.forEach((name, b) -> callable.put(name, written(b.name())));
    functions.keySet().forEach(f -> callable.put(f, f));
  }

  /** Which of two versions of a builtin to suggest: one not deprecated, then the newer. */
  private static Builtin better(Builtin a, Builtin b) {
    if (a.isDeprecated() != b.isDeprecated()) return a.isDeprecated() ? b : a;
    return a.name().version() >= b.name().version() ? a : b;
  }

  private static String unversioned(FnName.Stdlib s) {
    return s.module().isEmpty() ? s.function() : s.module() + "." + s.function();
  }

  List<Warning> handler(Toplevel.Handler h) {
    Set<String> inputs = new HashSet<>(globals);
    switch (h.spec()) {
      case HandlerSpec.Http http -> httpInputs(inputs, http.route());
      case HandlerSpec.HttpBasic http -> httpInputs(inputs, http.route());
      case HandlerSpec.Worker w -> inputs.add("event");
      case HandlerSpec.OldWorker w -> inputs.add("event");
      case HandlerSpec.Cron c -> { }
      case HandlerSpec.Repl r -> { }
      case HandlerSpec.UnknownHandler u -> { }
    }
    return new Walk(h.tlid(), inputs).run(h.ast());
  }

  List<Warning> function(Toplevel.UserFn f) {
    Set<String> inputs = new HashSet<>(globals);
    f.params().forEach(p -> inputs.add(p.name()));
    return new Walk(f.tlid(), inputs).run(f.body());
  }

  private static void httpInputs(Set<String> inputs, String route) {
    inputs.add("request");
    for (String segment : route.split("/")) if (segment.startsWith(":")) inputs.add(segment.substring(1));
  }

  /** A builtin's name as the canvas text writes it: {@code String.toInt_v1}, {@code toString}. */
  private static String written(FnName.Stdlib s) {
    String base = s.module().isEmpty() ? s.function() : s.module() + "." + s.function();
    return s.version() == 0 ? base : base + "_v" + s.version();
  }

  /** One toplevel's code. */
  private final class Walk {
    private final long tlid;
    private final Set<String> inputs;
    private final List<Warning> warnings = new ArrayList<>();

    Walk(long tlid, Set<String> inputs) {
      this.tlid = tlid;
      this.inputs = inputs;
    }

    List<Warning> run(Expr e) {
      walk(e, null);
      return warnings;
    }

    private void walk(Expr e, Scope scope) {
      switch (e) {
        case Expr.EVariable v -> variable(v, scope, null);
        case Expr.ELet l -> {
          walk(l.rhs(), scope);
          walk(l.body(), new Scope(l.name(), scope));
        }
        case Expr.ELambda l -> {
          Scope inner = scope;
          for (Expr.LambdaParam p : l.params()) inner = new Scope(p.name(), inner);
          walk(l.body(), inner);
        }
        case Expr.EMatch m -> {
          walk(m.scrutinee(), scope);
          for (Expr.MatchCase c : m.cases()) walk(c.body(), bind(c.pattern(), scope));
        }
        case Expr.EFnCall f -> call(f, scope);
        default -> Children.of(e).forEach(child -> walk(child, scope));
      }
    }

    private void call(Expr.EFnCall f, Scope scope) {
      Builtin builtin = null;
      switch (f.name()) {
        case FnName.Stdlib s -> {
          builtin = builtins.get(s);
          if (builtin == null) unknownFunction(f, written(s), unversioned(s));
        }
        case FnName.User u -> {
          if (!functions.containsKey(u.name())) unknownFunction(f, u.name(), u.name());
        }
        case FnName.Package p -> { }
      }
      if (builtin != null) emitTarget(f, builtin);
      for (int i = 0; i < f.args().size(); i++) {
        Expr arg = f.args().get(i);
        boolean datastoreParam = builtin != null && i < builtin.params().size()
            && builtin.params().get(i).type() instanceof DType.TDB;
        if (datastoreParam && arg instanceof Expr.EVariable v) variable(v, scope, "datastore");
        else walk(arg, scope);
      }
    }

    /** A wrong version of an existing function suggests the version to use. */
    private void unknownFunction(Expr.EFnCall f, String name, String unversioned) {
      List<String> close = ClosestNames.to(unversioned, callable.keySet()).stream().map(callable::get).toList();
      if (callable.containsKey(unversioned)) close = List.of(callable.get(unversioned));
      warnings.add(new Warning(tlid, f.id(), "there is no function " + name + ClosestNames.didYouMean(close)));
    }

    /** {@code emit_v1 value "name"} (and v0's space and name) needs a worker of that name. */
    private void emitTarget(Expr.EFnCall f, Builtin b) {
      String fn = b.name().module().isEmpty() ? b.name().function() : "";
      List<Expr> args = f.args();
      if (!fn.equals("emit")) return;
      if (b.name().version() == 1 && args.size() == 2 && args.get(1) instanceof Expr.EString name) {
        worker("WORKER", name);
      } else if (b.name().version() == 0 && args.size() == 3 && args.get(1) instanceof Expr.EString space
          && args.get(2) instanceof Expr.EString name) {
        worker(space.value(), name);
      }
    }

    private void worker(String module, Expr.EString name) {
      boolean exists = handlers.stream().anyMatch(h -> h.spec().module().equals(module) && h.spec().name().equals(name.value()));
      if (exists) return;
      List<String> workers = handlers.stream().filter(h -> h.spec().module().equals(module)).map(h -> h.spec().name()).toList();
      warnings.add(new Warning(tlid, name.id(), "there is no worker named \"" + name.value() + "\" to take this event"
          + ClosestNames.didYouMean(name.value(), workers)));
    }

    /** @param role {@code "datastore"} where a builtin takes a datastore, else null */
    private void variable(Expr.EVariable v, Scope scope, String role) {
      String name = v.name();
      if (Scope.has(scope, name) || inputs.contains(name)) return;
      if ("datastore".equals(role)) {
        warnings.add(new Warning(tlid, v.id(), "there is no datastore named " + name + ClosestNames.didYouMean(name, datastores)));
      } else if (functions.containsKey(name)) {
        warnings.add(new Warning(tlid, v.id(), name + " is a function, not a variable"));
      } else {
        warnings.add(new Warning(tlid, v.id(), "nothing binds the variable " + name
            + ClosestNames.didYouMean(name, visible(scope))));
      }
    }

    private List<String> visible(Scope scope) {
      var names = new ArrayList<>(inputs);
      for (Scope s = scope; s != null; s = s.outer()) names.add(s.name());
      return names;
    }

    private Scope bind(Pattern p, Scope scope) {
      return switch (p) {
        case Pattern.MPVariable v -> new Scope(v.name(), scope);
        case Pattern.MPConstructor c -> {
          Scope s = scope;
          for (Pattern arg : c.args()) s = bind(arg, s);
          yield s;
        }
        case Pattern.MPTuple t -> {
          Scope s = bind(t.second(), bind(t.first(), scope));
          for (Pattern rest : t.rest()) s = bind(rest, s);
          yield s;
        }
        default -> scope;
      };
    }
  }
}
