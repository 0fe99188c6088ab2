package umbra.domain.datastore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import umbra.domain.eval.Step;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.EVariable;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DLambda;
import umbra.domain.value.Symtable;

/**
 * Pass 2 of the {@link QueryCompiler}: walks the prepared body bottom-up and has the
 * interpreter compute each part that does not depend on the row ({@link
 * QueryCompiler#evaluatesFirst}), replacing it by a fresh variable bound to its value. Parts are
 * computed as calls of parameterless lambdas over the query lambda's environment, so they may
 * call user functions and even perform effects, exactly as if written outside the query.
 */
final class PartialEvaluation {
  private final String param;
  private Symtable env;
  private int generated;

  private PartialEvaluation(String param, Symtable env) {
    this.param = param;
    this.env = env;
  }

  /** Evaluates what it can, then hands the rewritten body and every variable it may use to {@code done}. */
  static Step run(Expr body, String param, Symtable closure, BiFunction<Expr, Symtable, Step> done) {
    var pe = new PartialEvaluation(param, closure);
    return pe.visit(body, rewritten -> done.apply(rewritten, pe.env));
  }

  private Step visit(Expr e, Function<Expr, Step> then) {
    List<Expr> children = Children.of(e);
    if (children.isEmpty()) return after(e, then);
    return visitAll(children, 0, new ArrayList<>(children.size()), done -> after(Children.with(e, done), then));
  }

  private Step visitAll(List<Expr> items, int i, List<Expr> acc, Function<List<Expr>, Step> then) {
    if (i == items.size()) return then.apply(acc);
    return visit(items.get(i), r -> {
      acc.add(r);
      return visitAll(items, i + 1, acc, then);
    });
  }

  private Step after(Expr e, Function<Expr, Step> then) {
    if (!QueryCompiler.evaluatesFirst(e, param)) return then.apply(e);
    Dval thunk = new DLambda(List.of(), env, e);
    return Step.call(thunk, List.of(), value -> {
      String name = "dark_generated_" + generated++;
      env = env.bind(name, value);
      return then.apply(new EVariable(e.id(), name));
    });
  }
}
