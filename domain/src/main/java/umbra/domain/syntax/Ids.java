package umbra.domain.syntax;

import java.util.List;
import umbra.domain.syntax.Expr.*;

// TEMPORARY stand-in for the parser branch's API (removed when the real parser is merged).
public final class Ids {
  private Ids() {}

  public static Expr zeroed(Expr e) {
    return switch (e) {
      case EInteger x -> new EInteger(0, x.value());
      case EBool x -> new EBool(0, x.value());
      case EString x -> new EString(0, x.value());
      case ECharacter x -> new ECharacter(0, x.value());
      case EFloat x -> new EFloat(0, x.negative(), x.whole(), x.fraction());
      case ENull x -> new ENull(0);
      case EBlank x -> new EBlank(0);
      case ELet x -> new ELet(0, x.name(), zeroed(x.rhs()), zeroed(x.body()));
      case EIf x -> new EIf(0, zeroed(x.cond()), zeroed(x.thenExpr()), zeroed(x.elseExpr()));
      case EBinOp x -> new EBinOp(0, x.op(), zeroed(x.left()), zeroed(x.right()), x.rail());
      case ELambda x -> new ELambda(0, x.params().stream().map(p -> new LambdaParam(0, p.name())).toList(), zeroed(x.body()));
      case EFieldAccess x -> new EFieldAccess(0, zeroed(x.record()), x.field());
      case EVariable x -> new EVariable(0, x.name());
      case EFnCall x -> new EFnCall(0, x.name(), all(x.args()), x.rail());
      case EPartial x -> new EPartial(0, x.kind(), x.text(), zeroed(x.old()));
      case EList x -> new EList(0, all(x.items()));
      case ETuple x -> new ETuple(0, zeroed(x.first()), zeroed(x.second()), all(x.rest()));
      case ERecord x -> new ERecord(0, x.fields().stream().map(f -> new Field(f.name(), zeroed(f.value()))).toList());
      case EPipe x -> new EPipe(0, zeroed(x.first()), all(x.steps()));
      case EConstructor x -> new EConstructor(0, x.name(), all(x.args()));
      case EMatch x -> new EMatch(0, zeroed(x.scrutinee()), x.cases().stream().map(c -> new MatchCase(c.pattern(), zeroed(c.body()))).toList());
      case EPipeTarget x -> new EPipeTarget(0);
      case EFeatureFlag x -> new EFeatureFlag(0, x.name(), zeroed(x.cond()), zeroed(x.oldExpr()), zeroed(x.newExpr()));
    };
  }

  private static List<Expr> all(List<Expr> es) { return es.stream().map(Ids::zeroed).toList(); }
}
