package umbra.handler.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import umbra.domain.eval.ExecutionState;
import umbra.domain.program.UserFunction;
import umbra.domain.syntax.Children;
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
      work.addAll(Children.of(e));
    }
    return unknown;
  }


}
