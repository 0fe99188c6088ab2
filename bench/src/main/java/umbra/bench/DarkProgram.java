package umbra.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;
import umbra.handler.effects.Evaluations;

/** A Dark program ready to run many times: parsed once, evaluated per benchmark invocation. */
final class DarkProgram {
  private final ExecutionState state;
  private final Expr main;

  private DarkProgram(ExecutionState state, Expr main) {
    this.state = state;
    this.main = main;
  }

  static DarkProgram of(String main, Map<String, String> functionsWithOneParamN) {
    var fns = new java.util.HashMap<String, UserFunction>();
    long tlid = 1;
    for (var e : functionsWithOneParamN.entrySet()) {
      fns.put(e.getKey(), new UserFunction(tlid++, e.getKey(), List.of(new UserFunction.Param("n", DType.INT)), DType.ANY,
          parse(e.getValue())));
    }
    return new DarkProgram(ExecutionState.of(StdLib.registry()).withUserFunctions(fns), parse(main));
  }

  Dval run() {
    return Evaluations.runToEnd(Evaluation.start(state, main, Symtable.empty()), request -> Optional.empty());
  }

  private static Expr parse(String code) {
    return switch (Parser.parseExpr(code)) {
      case Parsed.Ok<Expr> ok -> ok.value();
      case Parsed.Failed<Expr> failed -> throw new IllegalArgumentException("benchmark program does not parse: " + failed.error());
    };
  }
}
