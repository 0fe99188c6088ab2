package umbra.domain.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;

/**
 * Which user functions may be called directly on the Java stack ({@link Calls#callDirect}): those
 * that, together with every user function they call, need the machine for nothing but their own
 * calls. Such code calls no stepping builtin and applies no function value, so it can neither
 * perform an effect nor run a lambda; recursion alone is left, and the direct path bounds it.
 *
 * <p>Recursion makes this a property of the call graph: a function is pure unless its own body
 * needs the machine or it calls, through any chain, a function whose body does.
 */
final class Purity {
  private final Function<FnName, Callee> callees;
  private final Map<Callee.User, Boolean> known = new IdentityHashMap<>();

  Purity(Function<FnName, Callee> callees) { this.callees = callees; }

  boolean pure(Callee.User f) {
    Boolean k = known.get(f);
    if (k != null) return k;
    var calledBy = new IdentityHashMap<Callee.User, List<Callee.User>>();
    var impure = new ArrayDeque<Callee.User>();
    var todo = new ArrayDeque<Callee.User>(List.of(f));
    calledBy.put(f, new ArrayList<>());
    while (!todo.isEmpty()) {
      Callee.User g = todo.pop();
      var called = new ArrayList<Callee.User>();
      if (needsMachine(g.fn.body(), called)) impure.add(g);
      for (Callee.User c : called) {
        if (known.containsKey(c)) {
          if (!known.get(c)) impure.add(g);
          continue;
        }
        if (!calledBy.containsKey(c)) {
          calledBy.put(c, new ArrayList<>());
          todo.push(c);
        }
        calledBy.get(c).add(g);
      }
    }
    // whoever calls an impure function is impure: walk the call edges backwards
    var reached = new IdentityHashMap<Callee.User, Boolean>();
    while (!impure.isEmpty()) {
      Callee.User g = impure.pop();
      if (reached.put(g, Boolean.TRUE) == null) impure.addAll(calledBy.get(g));
    }
    for (Callee.User g : calledBy.keySet()) known.put(g, !reached.containsKey(g));
    return known.get(f);
  }

  /**
   * Whether {@code body} itself calls a stepping builtin or applies a function value; the user
   * functions it calls are added to {@code called}. Lambda bodies are skipped: only code that
   * applies a function value can run them. Walks with a work list, as programs may nest deeply.
   */
  private boolean needsMachine(Expr body, List<Callee.User> called) {
    var todo = new ArrayDeque<Expr>();
    todo.push(body);
    while (!todo.isEmpty()) {
      switch (todo.pop()) {
        case EFnCall c -> { if (callsMachine(c.name(), called)) return true; c.args().forEach(todo::push); }
        case EBinOp b -> { if (callsMachine(b.op(), called)) return true; todo.push(b.left()); todo.push(b.right()); }
        case EPipe p -> {
          todo.push(p.first());
          for (Expr step : p.steps()) {
            while (step instanceof EPartial partial) step = partial.old();
            if (step instanceof EBlank) continue;
            if (!CompilePass.takesPlaceholder(step)) return true; // the step's value is a function, applied
            todo.push(step); // the placeholder among its arguments is a constant
          }
        }
        case ELet l -> { todo.push(l.rhs()); todo.push(l.body()); }
        case EIf i -> { todo.push(i.cond()); todo.push(i.thenExpr()); todo.push(i.elseExpr()); }
        case EFeatureFlag f -> { todo.push(f.cond()); todo.push(f.oldExpr()); todo.push(f.newExpr()); }
        case EFieldAccess f -> todo.push(f.record());
        case EPartial p -> todo.push(p.old());
        case EList l -> l.items().forEach(todo::push);
        case ETuple t -> { todo.push(t.first()); todo.push(t.second()); t.rest().forEach(todo::push); }
        case ERecord r -> r.fields().forEach(f -> todo.push(f.value()));
        case EConstructor c -> c.args().forEach(todo::push);
        case EMatch m -> { todo.push(m.scrutinee()); m.cases().forEach(c -> todo.push(c.body())); }
        case ELambda l -> { }
        case EInteger x -> { }
        case EBool x -> { }
        case EString x -> { }
        case ECharacter x -> { }
        case EFloat x -> { }
        case ENull x -> { }
        case EBlank x -> { }
        case EVariable x -> { }
        case EPipeTarget x -> { }
      }
    }
    return false;
  }

  private boolean callsMachine(FnName name, List<Callee.User> called) {
    return switch (callees.apply(name)) {
      case Callee.Stdlib s -> s.plain == null;
      case Callee.User u -> {
        called.add(u);
        yield false;
      }
      case Callee.Unknown u -> false;
    };
  }
}
