package umbra.handler.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import umbra.domain.eval.ExecutionState;
import umbra.domain.program.UserFunction;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;

/**
 * The functions a test calls (directly or through its user functions) that do not exist. Dark
 * evaluates such a call to a blank, so a failing test only says "got <Incomplete>"; naming the
 * missing function turns that into a reason a person can act on.
 */
final class UnknownFunctions {
  private UnknownFunctions() {}

  static Set<String> in(ExecutionState state, List<Expr> roots) {
    var unknown = new TreeSet<String>();
    var visited = new java.util.HashSet<FnName>();
    Deque<Expr> work = new ArrayDeque<>(roots);
    while (!work.isEmpty()) {
      Expr e = work.pop();
      FnName called = switch (e) {
        case EFnCall c -> c.name();
        case EBinOp b -> b.op();
        default -> null;
      };
      if (called != null && visited.add(called)) {
        UserFunction body = switch (called) {
          case FnName.Stdlib s -> null;
          case FnName.User u -> state.userFunctions().get(u.name());
          case FnName.Package p -> state.packageFunctions().get(p);
        };
        boolean exists = called instanceof FnName.Stdlib s ? state.builtins().get(s) != null : body != null;
        if (!exists) unknown.add(called.toString());
        if (body != null) work.push(body.body());
      }
      work.addAll(children(e));
    }
    return unknown;
  }

  private static List<Expr> children(Expr e) {
    return switch (e) {
      case EInteger x -> List.of();
      case EBool x -> List.of();
      case EString x -> List.of();
      case ECharacter x -> List.of();
      case EFloat x -> List.of();
      case ENull x -> List.of();
      case EBlank x -> List.of();
      case EVariable x -> List.of();
      case EPipeTarget x -> List.of();
      case ELet x -> List.of(x.rhs(), x.body());
      case EIf x -> List.of(x.cond(), x.thenExpr(), x.elseExpr());
      case EBinOp x -> List.of(x.left(), x.right());
      case ELambda x -> List.of(x.body());
      case EFieldAccess x -> List.of(x.record());
      case EFnCall x -> x.args();
      case EPartial x -> List.of(x.old());
      case EList x -> x.items();
      case ETuple x -> concat(List.of(x.first(), x.second()), x.rest());
      case ERecord x -> x.fields().stream().map(Field::value).toList();
      case EPipe x -> concat(List.of(x.first()), x.steps());
      case EConstructor x -> x.args();
      case EMatch x -> concat(List.of(x.scrutinee()), x.cases().stream().map(MatchCase::body).toList());
      case EFeatureFlag x -> List.of(x.cond(), x.oldExpr(), x.newExpr());
    };
  }

  private static List<Expr> concat(List<Expr> a, List<Expr> b) {
    var all = new ArrayList<Expr>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
