package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * An expression on the wire: the editor's tree with its ids (live values and traces refer to
 * them), each node tagged by name under {@code "expr"}, e.g.
 * <code>{"expr": "EInteger", "id": 7, "value": 5}</code>. Field names follow language.md A.3.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "expr")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ExprDto.EInteger.class, name = "EInteger"),
    @JsonSubTypes.Type(value = ExprDto.EBool.class, name = "EBool"),
    @JsonSubTypes.Type(value = ExprDto.EString.class, name = "EString"),
    @JsonSubTypes.Type(value = ExprDto.ECharacter.class, name = "ECharacter"),
    @JsonSubTypes.Type(value = ExprDto.EFloat.class, name = "EFloat"),
    @JsonSubTypes.Type(value = ExprDto.ENull.class, name = "ENull"),
    @JsonSubTypes.Type(value = ExprDto.EBlank.class, name = "EBlank"),
    @JsonSubTypes.Type(value = ExprDto.ELet.class, name = "ELet"),
    @JsonSubTypes.Type(value = ExprDto.EIf.class, name = "EIf"),
    @JsonSubTypes.Type(value = ExprDto.EBinOp.class, name = "EBinOp"),
    @JsonSubTypes.Type(value = ExprDto.ELambda.class, name = "ELambda"),
    @JsonSubTypes.Type(value = ExprDto.EFieldAccess.class, name = "EFieldAccess"),
    @JsonSubTypes.Type(value = ExprDto.EVariable.class, name = "EVariable"),
    @JsonSubTypes.Type(value = ExprDto.EFnCall.class, name = "EFnCall"),
    @JsonSubTypes.Type(value = ExprDto.EPartial.class, name = "EPartial"),
    @JsonSubTypes.Type(value = ExprDto.EList.class, name = "EList"),
    @JsonSubTypes.Type(value = ExprDto.ETuple.class, name = "ETuple"),
    @JsonSubTypes.Type(value = ExprDto.ERecord.class, name = "ERecord"),
    @JsonSubTypes.Type(value = ExprDto.EPipe.class, name = "EPipe"),
    @JsonSubTypes.Type(value = ExprDto.EConstructor.class, name = "EConstructor"),
    @JsonSubTypes.Type(value = ExprDto.EMatch.class, name = "EMatch"),
    @JsonSubTypes.Type(value = ExprDto.EPipeTarget.class, name = "EPipeTarget"),
    @JsonSubTypes.Type(value = ExprDto.EFeatureFlag.class, name = "EFeatureFlag")})
public sealed interface ExprDto {
  record EInteger(long id, long value) implements ExprDto {}

  record EBool(long id, boolean value) implements ExprDto {}

  record EString(long id, String value) implements ExprDto {}

  /** {@code value} is one grapheme cluster. */
  record ECharacter(long id, String value) implements ExprDto {}

  /** As written: {@code -1.50} is negative, whole "1", fraction "50". */
  record EFloat(long id, boolean negative, String whole, String fraction) implements ExprDto {}

  record ENull(long id) implements ExprDto {}

  record EBlank(long id) implements ExprDto {}

  record ELet(long id, String name, ExprDto rhs, ExprDto body) implements ExprDto {}

  record EIf(long id, ExprDto cond, ExprDto thenExpr, ExprDto elseExpr) implements ExprDto {}

  /** {@code op} is a stdlib function name; {@code rail} says whether errors go to the error rail. */
  record EBinOp(long id, FnNameDto op, ExprDto left, ExprDto right, boolean rail) implements ExprDto {}

  record LambdaParam(long id, String name) {}

  record ELambda(long id, List<LambdaParam> params, ExprDto body) implements ExprDto {}

  record EFieldAccess(long id, ExprDto record, String field) implements ExprDto {}

  record EVariable(long id, String name) implements ExprDto {}

  record EFnCall(long id, FnNameDto name, List<ExprDto> args, boolean rail) implements ExprDto {}

  /** {@code kind} is "Partial", "RightPartial" or "LeftPartial". */
  record EPartial(long id, String kind, String text, ExprDto old) implements ExprDto {}

  record EList(long id, List<ExprDto> items) implements ExprDto {}

  record ETuple(long id, ExprDto first, ExprDto second, List<ExprDto> rest) implements ExprDto {}

  record Field(String name, ExprDto value) {}

  record ERecord(long id, List<Field> fields) implements ExprDto {}

  record EPipe(long id, ExprDto first, List<ExprDto> steps) implements ExprDto {}

  record EConstructor(long id, String name, List<ExprDto> args) implements ExprDto {}

  record MatchCase(PatternDto pattern, ExprDto body) {}

  record EMatch(long id, ExprDto scrutinee, List<MatchCase> cases) implements ExprDto {}

  record EPipeTarget(long id) implements ExprDto {}

  record EFeatureFlag(long id, String name, ExprDto cond, ExprDto oldExpr, ExprDto newExpr) implements ExprDto {}
}
