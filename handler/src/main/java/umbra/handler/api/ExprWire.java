package umbra.handler.api;

import java.util.List;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;
import umbra.dto.api.ExprDto;
import umbra.dto.api.FnNameDto;
import umbra.dto.api.PatternDto;

/** Expressions, patterns and function names between the domain and the wire, ids included. */
public final class ExprWire {
  private ExprWire() {}

  public static ExprDto dto(Expr e) {
    return switch (e) {
      case Expr.EInteger x -> new ExprDto.EInteger(x.id(), x.value());
      case Expr.EBool x -> new ExprDto.EBool(x.id(), x.value());
      case Expr.EString x -> new ExprDto.EString(x.id(), x.value());
      case Expr.ECharacter x -> new ExprDto.ECharacter(x.id(), x.value());
      case Expr.EFloat x -> new ExprDto.EFloat(x.id(), x.negative(), x.whole(), x.fraction());
      case Expr.ENull x -> new ExprDto.ENull(x.id());
      case Expr.EBlank x -> new ExprDto.EBlank(x.id());
      case Expr.ELet x -> new ExprDto.ELet(x.id(), x.name(), dto(x.rhs()), dto(x.body()));
      case Expr.EIf x -> new ExprDto.EIf(x.id(), dto(x.cond()), dto(x.thenExpr()), dto(x.elseExpr()));
      case Expr.EBinOp x -> new ExprDto.EBinOp(x.id(), dto(x.op()), dto(x.left()), dto(x.right()), x.rail() == Expr.Rail.RAIL);
      case Expr.ELambda x -> new ExprDto.ELambda(x.id(),
          x.params().stream().map(p -> new ExprDto.LambdaParam(p.id(), p.name())).toList(), dto(x.body()));
      case Expr.EFieldAccess x -> new ExprDto.EFieldAccess(x.id(), dto(x.record()), x.field());
      case Expr.EVariable x -> new ExprDto.EVariable(x.id(), x.name());
      case Expr.EFnCall x -> new ExprDto.EFnCall(x.id(), dto(x.name()), dtos(x.args()), x.rail() == Expr.Rail.RAIL);
      case Expr.EPartial x -> new ExprDto.EPartial(x.id(), partialKind(x.kind()), x.text(), dto(x.old()));
      case Expr.EList x -> new ExprDto.EList(x.id(), dtos(x.items()));
      case Expr.ETuple x -> new ExprDto.ETuple(x.id(), dto(x.first()), dto(x.second()), dtos(x.rest()));
      case Expr.ERecord x -> new ExprDto.ERecord(x.id(),
          x.fields().stream().map(f -> new ExprDto.Field(f.name(), dto(f.value()))).toList());
      case Expr.EPipe x -> new ExprDto.EPipe(x.id(), dto(x.first()), dtos(x.steps()));
      case Expr.EConstructor x -> new ExprDto.EConstructor(x.id(), x.name(), dtos(x.args()));
      case Expr.EMatch x -> new ExprDto.EMatch(x.id(), dto(x.scrutinee()),
          x.cases().stream().map(c -> new ExprDto.MatchCase(dto(c.pattern()), dto(c.body()))).toList());
      case Expr.EPipeTarget x -> new ExprDto.EPipeTarget(x.id());
      case Expr.EFeatureFlag x -> new ExprDto.EFeatureFlag(x.id(), x.name(), dto(x.cond()), dto(x.oldExpr()), dto(x.newExpr()));
    };
  }

  public static Expr domain(ExprDto e) {
    return switch (e) {
      case ExprDto.EInteger x -> new Expr.EInteger(x.id(), x.value());
      case ExprDto.EBool x -> new Expr.EBool(x.id(), x.value());
      case ExprDto.EString x -> new Expr.EString(x.id(), x.value());
      case ExprDto.ECharacter x -> new Expr.ECharacter(x.id(), x.value());
      case ExprDto.EFloat x -> new Expr.EFloat(x.id(), x.negative(), x.whole(), x.fraction());
      case ExprDto.ENull x -> new Expr.ENull(x.id());
      case ExprDto.EBlank x -> new Expr.EBlank(x.id());
      case ExprDto.ELet x -> new Expr.ELet(x.id(), x.name(), domain(x.rhs()), domain(x.body()));
      case ExprDto.EIf x -> new Expr.EIf(x.id(), domain(x.cond()), domain(x.thenExpr()), domain(x.elseExpr()));
      case ExprDto.EBinOp x -> new Expr.EBinOp(x.id(), operator(x.op()), domain(x.left()), domain(x.right()), rail(x.rail()));
      case ExprDto.ELambda x -> new Expr.ELambda(x.id(),
          x.params().stream().map(p -> new Expr.LambdaParam(p.id(), p.name())).toList(), domain(x.body()));
      case ExprDto.EFieldAccess x -> new Expr.EFieldAccess(x.id(), domain(x.record()), x.field());
      case ExprDto.EVariable x -> new Expr.EVariable(x.id(), x.name());
      case ExprDto.EFnCall x -> new Expr.EFnCall(x.id(), domain(x.name()), domains(x.args()), rail(x.rail()));
      case ExprDto.EPartial x -> new Expr.EPartial(x.id(), partialKind(x.kind()), x.text(), domain(x.old()));
      case ExprDto.EList x -> new Expr.EList(x.id(), domains(x.items()));
      case ExprDto.ETuple x -> new Expr.ETuple(x.id(), domain(x.first()), domain(x.second()), domains(x.rest()));
      case ExprDto.ERecord x -> new Expr.ERecord(x.id(),
          x.fields().stream().map(f -> new Expr.Field(f.name(), domain(f.value()))).toList());
      case ExprDto.EPipe x -> new Expr.EPipe(x.id(), domain(x.first()), domains(x.steps()));
      case ExprDto.EConstructor x -> new Expr.EConstructor(x.id(), x.name(), domains(x.args()));
      case ExprDto.EMatch x -> new Expr.EMatch(x.id(), domain(x.scrutinee()),
          x.cases().stream().map(c -> new Expr.MatchCase(domain(c.pattern()), domain(c.body()))).toList());
      case ExprDto.EPipeTarget x -> new Expr.EPipeTarget(x.id());
      case ExprDto.EFeatureFlag x -> new Expr.EFeatureFlag(x.id(), x.name(), domain(x.cond()), domain(x.oldExpr()),
          domain(x.newExpr()));
    };
  }

  static PatternDto dto(Pattern p) {
    return switch (p) {
      case Pattern.MPVariable x -> new PatternDto.MPVariable(x.id(), x.name());
      case Pattern.MPConstructor x -> new PatternDto.MPConstructor(x.id(), x.name(), x.args().stream().map(ExprWire::dto).toList());
      case Pattern.MPInteger x -> new PatternDto.MPInteger(x.id(), x.value());
      case Pattern.MPBool x -> new PatternDto.MPBool(x.id(), x.value());
      case Pattern.MPCharacter x -> new PatternDto.MPCharacter(x.id(), x.value());
      case Pattern.MPString x -> new PatternDto.MPString(x.id(), x.value());
      case Pattern.MPFloat x -> new PatternDto.MPFloat(x.id(), x.negative(), x.whole(), x.fraction());
      case Pattern.MPNull x -> new PatternDto.MPNull(x.id());
      case Pattern.MPBlank x -> new PatternDto.MPBlank(x.id());
      case Pattern.MPTuple x -> new PatternDto.MPTuple(x.id(), dto(x.first()), dto(x.second()),
          x.rest().stream().map(ExprWire::dto).toList());
    };
  }

  static Pattern domain(PatternDto p) {
    return switch (p) {
      case PatternDto.MPVariable x -> new Pattern.MPVariable(x.id(), x.name());
      case PatternDto.MPConstructor x -> new Pattern.MPConstructor(x.id(), x.name(),
          x.args().stream().map(ExprWire::domain).toList());
      case PatternDto.MPInteger x -> new Pattern.MPInteger(x.id(), x.value());
      case PatternDto.MPBool x -> new Pattern.MPBool(x.id(), x.value());
      case PatternDto.MPCharacter x -> new Pattern.MPCharacter(x.id(), x.value());
      case PatternDto.MPString x -> new Pattern.MPString(x.id(), x.value());
      case PatternDto.MPFloat x -> new Pattern.MPFloat(x.id(), x.negative(), x.whole(), x.fraction());
      case PatternDto.MPNull x -> new Pattern.MPNull(x.id());
      case PatternDto.MPBlank x -> new Pattern.MPBlank(x.id());
      case PatternDto.MPTuple x -> new Pattern.MPTuple(x.id(), domain(x.first()), domain(x.second()),
          x.rest().stream().map(ExprWire::domain).toList());
    };
  }

  static FnNameDto dto(FnName name) {
    return switch (name) {
      case FnName.Stdlib s -> new FnNameDto.Stdlib(s.module(), s.function(), s.version());
      case FnName.User u -> new FnNameDto.User(u.name());
      case FnName.Package p -> new FnNameDto.Package(p.owner(), p.pkg(), p.module(), p.function(), p.version());
    };
  }

  static FnName domain(FnNameDto name) {
    return switch (name) {
      case FnNameDto.Stdlib s -> new FnName.Stdlib(s.module(), s.function(), s.version());
      case FnNameDto.User u -> new FnName.User(u.name());
      case FnNameDto.Package p -> new FnName.Package(p.owner(), p.pkg(), p.module(), p.function(), p.version());
    };
  }

  private static FnName.Stdlib operator(FnNameDto name) {
    if (domain(name) instanceof FnName.Stdlib s) return s;
    throw new WireException("an EBinOp's operator must be a Stdlib function name");
  }

  private static List<ExprDto> dtos(List<Expr> exprs) { return exprs.stream().map(ExprWire::dto).toList(); }

  private static List<Expr> domains(List<ExprDto> exprs) { return exprs.stream().map(ExprWire::domain).toList(); }

  private static Expr.Rail rail(boolean rail) { return rail ? Expr.Rail.RAIL : Expr.Rail.NO_RAIL; }

  private static String partialKind(Expr.PartialKind kind) {
    return switch (kind) {
      case PARTIAL -> "Partial";
      case RIGHT -> "RightPartial";
      case LEFT -> "LeftPartial";
    };
  }

  private static Expr.PartialKind partialKind(String text) {
    return switch (text) {
      case "Partial" -> Expr.PartialKind.PARTIAL;
      case "RightPartial" -> Expr.PartialKind.RIGHT;
      case "LeftPartial" -> Expr.PartialKind.LEFT;
      default -> throw new WireException("unknown partial kind '" + text + "' (Partial, RightPartial or LeftPartial)");
    };
  }
}
