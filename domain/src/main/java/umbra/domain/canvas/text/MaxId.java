package umbra.domain.canvas.text;

import java.util.List;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Pattern;
import umbra.domain.syntax.Pattern.*;

/** The largest id in a tree, so the next section's ids start after it (ids stay unique in a canvas). */
final class MaxId {
  private MaxId() {}

  static long of(Expr e) {
    long children = switch (e) {
      case EInteger x -> 0;
      case EBool x -> 0;
      case EString x -> 0;
      case ECharacter x -> 0;
      case EFloat x -> 0;
      case ENull x -> 0;
      case EBlank x -> 0;
      case EVariable x -> 0;
      case EPipeTarget x -> 0;
      case ELet x -> Math.max(of(x.rhs()), of(x.body()));
      case EIf x -> Math.max(of(x.cond()), Math.max(of(x.thenExpr()), of(x.elseExpr())));
      case EBinOp x -> Math.max(of(x.left()), of(x.right()));
      case ELambda x -> Math.max(of(x.body()), x.params().stream().mapToLong(LambdaParam::id).max().orElse(0));
      case EFieldAccess x -> of(x.record());
      case EFnCall x -> all(x.args());
      case EPartial x -> of(x.old());
      case EList x -> all(x.items());
      case ETuple x -> Math.max(Math.max(of(x.first()), of(x.second())), all(x.rest()));
      case ERecord x -> x.fields().stream().mapToLong(f -> of(f.value())).max().orElse(0);
      case EPipe x -> Math.max(of(x.first()), all(x.steps()));
      case EConstructor x -> all(x.args());
      case EMatch x -> Math.max(of(x.scrutinee()),
          x.cases().stream().mapToLong(c -> Math.max(of(c.pattern()), of(c.body()))).max().orElse(0));
      case EFeatureFlag x -> Math.max(of(x.cond()), Math.max(of(x.oldExpr()), of(x.newExpr())));
    };
    return Math.max(e.id(), children);
  }

  private static long of(Pattern p) {
    long children = switch (p) {
      case MPConstructor x -> x.args().stream().mapToLong(MaxId::of).max().orElse(0);
      case MPTuple x -> Math.max(Math.max(of(x.first()), of(x.second())),
          x.rest().stream().mapToLong(MaxId::of).max().orElse(0));
      case MPVariable x -> 0;
      case MPInteger x -> 0;
      case MPBool x -> 0;
      case MPCharacter x -> 0;
      case MPString x -> 0;
      case MPFloat x -> 0;
      case MPNull x -> 0;
      case MPBlank x -> 0;
    };
    return Math.max(p.id(), children);
  }

  private static long all(List<Expr> exprs) {
    return exprs.stream().mapToLong(MaxId::of).max().orElse(0);
  }
}
