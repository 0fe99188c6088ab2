package umbra.domain.syntax;

import java.util.List;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Pattern.*;

/**
 * Ids matter for traces, not for meaning: {@link #zeroed} gives a copy with every id (expressions,
 * lambda parameters, patterns) set to 0, so two trees can be compared "equal ignoring ids"
 * (test-format.md 1.4 compares lambda bodies that way).
 */
public final class Ids {

  private Ids() {}

  public static Expr zeroed(Expr e) {
    return switch (e) {
      case EInteger i -> new EInteger(0, i.value());
      case EBool b -> new EBool(0, b.value());
      case EString s -> new EString(0, s.value());
      case ECharacter c -> new ECharacter(0, c.value());
      case EFloat f -> new EFloat(0, f.negative(), f.whole(), f.fraction());
      case ENull n -> new ENull(0);
      case EBlank b -> new EBlank(0);
      case ELet l -> new ELet(0, l.name(), zeroed(l.rhs()), zeroed(l.body()));
      case EIf i -> new EIf(0, zeroed(i.cond()), zeroed(i.thenExpr()), zeroed(i.elseExpr()));
      case EBinOp b -> new EBinOp(0, b.op(), zeroed(b.left()), zeroed(b.right()), b.rail());
      case ELambda l -> new ELambda(0, l.params().stream().map(p -> new LambdaParam(0, p.name())).toList(),
          zeroed(l.body()));
      case EFieldAccess f -> new EFieldAccess(0, zeroed(f.record()), f.field());
      case EVariable v -> new EVariable(0, v.name());
      case EFnCall f -> new EFnCall(0, f.name(), all(f.args()), f.rail());
      case EPartial p -> new EPartial(0, p.kind(), p.text(), zeroed(p.old()));
      case EList l -> new EList(0, all(l.items()));
      case ETuple t -> new ETuple(0, zeroed(t.first()), zeroed(t.second()), all(t.rest()));
      case ERecord r -> new ERecord(0, r.fields().stream().map(f -> new Field(f.name(), zeroed(f.value()))).toList());
      case EPipe p -> new EPipe(0, zeroed(p.first()), all(p.steps()));
      case EConstructor c -> new EConstructor(0, c.name(), all(c.args()));
      case EMatch m -> new EMatch(0, zeroed(m.scrutinee()),
          m.cases().stream().map(c -> new MatchCase(zeroed(c.pattern()), zeroed(c.body()))).toList());
      case EPipeTarget t -> new EPipeTarget(0);
      case EFeatureFlag f -> new EFeatureFlag(0, f.name(), zeroed(f.cond()), zeroed(f.oldExpr()), zeroed(f.newExpr()));
    };
  }

  public static Pattern zeroed(Pattern p) {
    return switch (p) {
      case MPVariable v -> new MPVariable(0, v.name());
      case MPConstructor c -> new MPConstructor(0, c.name(), c.args().stream().map(Ids::zeroed).toList());
      case MPInteger i -> new MPInteger(0, i.value());
      case MPBool b -> new MPBool(0, b.value());
      case MPCharacter c -> new MPCharacter(0, c.value());
      case MPString s -> new MPString(0, s.value());
      case MPFloat f -> new MPFloat(0, f.negative(), f.whole(), f.fraction());
      case MPNull n -> new MPNull(0);
      case MPBlank b -> new MPBlank(0);
      case MPTuple t -> new MPTuple(0, zeroed(t.first()), zeroed(t.second()),
          t.rest().stream().map(Ids::zeroed).toList());
    };
  }

  private static List<Expr> all(List<Expr> exprs) {
    return exprs.stream().map(Ids::zeroed).toList();
  }
}
