package umbra.handler.storage.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;

/**
 * Stored form of an expression, format 1. Tags, field names and the texts of {@link #rail} and
 * {@link #partialKind} are the format: never rename them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "case")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ExprV1.EInteger.class, name = "EInteger"),
    @JsonSubTypes.Type(value = ExprV1.EBool.class, name = "EBool"),
    @JsonSubTypes.Type(value = ExprV1.EString.class, name = "EString"),
    @JsonSubTypes.Type(value = ExprV1.ECharacter.class, name = "ECharacter"),
    @JsonSubTypes.Type(value = ExprV1.EFloat.class, name = "EFloat"),
    @JsonSubTypes.Type(value = ExprV1.ENull.class, name = "ENull"),
    @JsonSubTypes.Type(value = ExprV1.EBlank.class, name = "EBlank"),
    @JsonSubTypes.Type(value = ExprV1.ELet.class, name = "ELet"),
    @JsonSubTypes.Type(value = ExprV1.EIf.class, name = "EIf"),
    @JsonSubTypes.Type(value = ExprV1.EBinOp.class, name = "EBinOp"),
    @JsonSubTypes.Type(value = ExprV1.ELambda.class, name = "ELambda"),
    @JsonSubTypes.Type(value = ExprV1.EFieldAccess.class, name = "EFieldAccess"),
    @JsonSubTypes.Type(value = ExprV1.EVariable.class, name = "EVariable"),
    @JsonSubTypes.Type(value = ExprV1.EFnCall.class, name = "EFnCall"),
    @JsonSubTypes.Type(value = ExprV1.EPartial.class, name = "EPartial"),
    @JsonSubTypes.Type(value = ExprV1.EList.class, name = "EList"),
    @JsonSubTypes.Type(value = ExprV1.ETuple.class, name = "ETuple"),
    @JsonSubTypes.Type(value = ExprV1.ERecord.class, name = "ERecord"),
    @JsonSubTypes.Type(value = ExprV1.EPipe.class, name = "EPipe"),
    @JsonSubTypes.Type(value = ExprV1.EConstructor.class, name = "EConstructor"),
    @JsonSubTypes.Type(value = ExprV1.EMatch.class, name = "EMatch"),
    @JsonSubTypes.Type(value = ExprV1.EPipeTarget.class, name = "EPipeTarget"),
    @JsonSubTypes.Type(value = ExprV1.EFeatureFlag.class, name = "EFeatureFlag")})
sealed interface ExprV1 {
  record EInteger(long id, long value) implements ExprV1 {}

  record EBool(long id, boolean value) implements ExprV1 {}

  record EString(long id, String value) implements ExprV1 {}

  record ECharacter(long id, String value) implements ExprV1 {}

  record EFloat(long id, boolean negative, String whole, String fraction) implements ExprV1 {}

  record ENull(long id) implements ExprV1 {}

  record EBlank(long id) implements ExprV1 {}

  record ELet(long id, String name, ExprV1 rhs, ExprV1 body) implements ExprV1 {}

  record EIf(long id, ExprV1 cond, ExprV1 thenExpr, ExprV1 elseExpr) implements ExprV1 {}

  /** {@code rail} is "Rail" or "NoRail". */
  record EBinOp(long id, FnNameV1 op, ExprV1 left, ExprV1 right, String rail) implements ExprV1 {}

  record LambdaParam(long id, String name) {}

  record ELambda(long id, List<LambdaParam> params, ExprV1 body) implements ExprV1 {}

  record EFieldAccess(long id, ExprV1 record, String field) implements ExprV1 {}

  record EVariable(long id, String name) implements ExprV1 {}

  record EFnCall(long id, FnNameV1 name, List<ExprV1> args, String rail) implements ExprV1 {}

  /** {@code kind} is "Partial", "RightPartial" or "LeftPartial". */
  record EPartial(long id, String kind, String text, ExprV1 old) implements ExprV1 {}

  record EList(long id, List<ExprV1> items) implements ExprV1 {}

  record ETuple(long id, ExprV1 first, ExprV1 second, List<ExprV1> rest) implements ExprV1 {}

  record Field(String name, ExprV1 value) {}

  record ERecord(long id, List<Field> fields) implements ExprV1 {}

  record EPipe(long id, ExprV1 first, List<ExprV1> steps) implements ExprV1 {}

  record EConstructor(long id, String name, List<ExprV1> args) implements ExprV1 {}

  record MatchCase(PatternV1 pattern, ExprV1 body) {}

  record EMatch(long id, ExprV1 scrutinee, List<MatchCase> cases) implements ExprV1 {}

  record EPipeTarget(long id) implements ExprV1 {}

  record EFeatureFlag(long id, String name, ExprV1 cond, ExprV1 oldExpr, ExprV1 newExpr) implements ExprV1 {}

  static ExprV1 of(Expr e) {
    return switch (e) {
      case Expr.EInteger x -> new EInteger(x.id(), x.value());
      case Expr.EBool x -> new EBool(x.id(), x.value());
      case Expr.EString x -> new EString(x.id(), x.value());
      case Expr.ECharacter x -> new ECharacter(x.id(), x.value());
      case Expr.EFloat x -> new EFloat(x.id(), x.negative(), x.whole(), x.fraction());
      case Expr.ENull x -> new ENull(x.id());
      case Expr.EBlank x -> new EBlank(x.id());
      case Expr.ELet x -> new ELet(x.id(), x.name(), of(x.rhs()), of(x.body()));
      case Expr.EIf x -> new EIf(x.id(), of(x.cond()), of(x.thenExpr()), of(x.elseExpr()));
      case Expr.EBinOp x -> new EBinOp(x.id(), FnNameV1.of(x.op()), of(x.left()), of(x.right()), rail(x.rail()));
      case Expr.ELambda x -> new ELambda(x.id(),
          x.params().stream().map(p -> new LambdaParam(p.id(), p.name())).toList(), of(x.body()));
      case Expr.EFieldAccess x -> new EFieldAccess(x.id(), of(x.record()), x.field());
      case Expr.EVariable x -> new EVariable(x.id(), x.name());
      case Expr.EFnCall x -> new EFnCall(x.id(), FnNameV1.of(x.name()), all(x.args()), rail(x.rail()));
      case Expr.EPartial x -> new EPartial(x.id(), partialKind(x.kind()), x.text(), of(x.old()));
      case Expr.EList x -> new EList(x.id(), all(x.items()));
      case Expr.ETuple x -> new ETuple(x.id(), of(x.first()), of(x.second()), all(x.rest()));
      case Expr.ERecord x -> new ERecord(x.id(),
          x.fields().stream().map(f -> new Field(f.name(), of(f.value()))).toList());
      case Expr.EPipe x -> new EPipe(x.id(), of(x.first()), all(x.steps()));
      case Expr.EConstructor x -> new EConstructor(x.id(), x.name(), all(x.args()));
      case Expr.EMatch x -> new EMatch(x.id(), of(x.scrutinee()),
          x.cases().stream().map(c -> new MatchCase(PatternV1.of(c.pattern()), of(c.body()))).toList());
      case Expr.EPipeTarget x -> new EPipeTarget(x.id());
      case Expr.EFeatureFlag x -> new EFeatureFlag(x.id(), x.name(), of(x.cond()), of(x.oldExpr()), of(x.newExpr()));
    };
  }

  default Expr toDomain() {
    return switch (this) {
      case EInteger x -> new Expr.EInteger(x.id(), x.value());
      case EBool x -> new Expr.EBool(x.id(), x.value());
      case EString x -> new Expr.EString(x.id(), x.value());
      case ECharacter x -> new Expr.ECharacter(x.id(), x.value());
      case EFloat x -> new Expr.EFloat(x.id(), x.negative(), x.whole(), x.fraction());
      case ENull x -> new Expr.ENull(x.id());
      case EBlank x -> new Expr.EBlank(x.id());
      case ELet x -> new Expr.ELet(x.id(), x.name(), x.rhs().toDomain(), x.body().toDomain());
      case EIf x -> new Expr.EIf(x.id(), x.cond().toDomain(), x.thenExpr().toDomain(), x.elseExpr().toDomain());
      case EBinOp x -> new Expr.EBinOp(x.id(), (FnName.Stdlib) x.op().toDomain(), x.left().toDomain(),
          x.right().toDomain(), rail(x.rail()));
      case ELambda x -> new Expr.ELambda(x.id(),
          x.params().stream().map(p -> new Expr.LambdaParam(p.id(), p.name())).toList(), x.body().toDomain());
      case EFieldAccess x -> new Expr.EFieldAccess(x.id(), x.record().toDomain(), x.field());
      case EVariable x -> new Expr.EVariable(x.id(), x.name());
      case EFnCall x -> new Expr.EFnCall(x.id(), x.name().toDomain(), domain(x.args()), rail(x.rail()));
      case EPartial x -> new Expr.EPartial(x.id(), partialKind(x.kind()), x.text(), x.old().toDomain());
      case EList x -> new Expr.EList(x.id(), domain(x.items()));
      case ETuple x -> new Expr.ETuple(x.id(), x.first().toDomain(), x.second().toDomain(), domain(x.rest()));
      case ERecord x -> new Expr.ERecord(x.id(),
          x.fields().stream().map(f -> new Expr.Field(f.name(), f.value().toDomain())).toList());
      case EPipe x -> new Expr.EPipe(x.id(), x.first().toDomain(), domain(x.steps()));
      case EConstructor x -> new Expr.EConstructor(x.id(), x.name(), domain(x.args()));
      case EMatch x -> new Expr.EMatch(x.id(), x.scrutinee().toDomain(),
          x.cases().stream().map(c -> new Expr.MatchCase(c.pattern().toDomain(), c.body().toDomain())).toList());
      case EPipeTarget x -> new Expr.EPipeTarget(x.id());
      case EFeatureFlag x -> new Expr.EFeatureFlag(x.id(), x.name(), x.cond().toDomain(), x.oldExpr().toDomain(),
          x.newExpr().toDomain());
    };
  }

  private static List<ExprV1> all(List<Expr> exprs) { return exprs.stream().map(ExprV1::of).toList(); }

  private static List<Expr> domain(List<ExprV1> exprs) { return exprs.stream().map(ExprV1::toDomain).toList(); }

  private static String rail(Expr.Rail rail) {
    return switch (rail) {
      case RAIL -> "Rail";
      case NO_RAIL -> "NoRail";
    };
  }

  private static Expr.Rail rail(String text) {
    return switch (text) {
      case "Rail" -> Expr.Rail.RAIL;
      case "NoRail" -> Expr.Rail.NO_RAIL;
      default -> throw new CodecException("unknown rail '" + text + "'");
    };
  }

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
      default -> throw new CodecException("unknown partial kind '" + text + "'");
    };
  }
}
