package umbra.handler.storage.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import umbra.domain.syntax.DType;

/** Stored form of a type, format 1. Tags and field names are the format: never rename them. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "case")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DTypeV1.TInt.class, name = "TInt"),
    @JsonSubTypes.Type(value = DTypeV1.TFloat.class, name = "TFloat"),
    @JsonSubTypes.Type(value = DTypeV1.TBool.class, name = "TBool"),
    @JsonSubTypes.Type(value = DTypeV1.TNull.class, name = "TNull"),
    @JsonSubTypes.Type(value = DTypeV1.TStr.class, name = "TStr"),
    @JsonSubTypes.Type(value = DTypeV1.TChar.class, name = "TChar"),
    @JsonSubTypes.Type(value = DTypeV1.TDate.class, name = "TDate"),
    @JsonSubTypes.Type(value = DTypeV1.TPassword.class, name = "TPassword"),
    @JsonSubTypes.Type(value = DTypeV1.TUuid.class, name = "TUuid"),
    @JsonSubTypes.Type(value = DTypeV1.TBytes.class, name = "TBytes"),
    @JsonSubTypes.Type(value = DTypeV1.TIncomplete.class, name = "TIncomplete"),
    @JsonSubTypes.Type(value = DTypeV1.TError.class, name = "TError"),
    @JsonSubTypes.Type(value = DTypeV1.TErrorRail.class, name = "TErrorRail"),
    @JsonSubTypes.Type(value = DTypeV1.TList.class, name = "TList"),
    @JsonSubTypes.Type(value = DTypeV1.TDict.class, name = "TDict"),
    @JsonSubTypes.Type(value = DTypeV1.TOption.class, name = "TOption"),
    @JsonSubTypes.Type(value = DTypeV1.THttpResponse.class, name = "THttpResponse"),
    @JsonSubTypes.Type(value = DTypeV1.TDB.class, name = "TDB"),
    @JsonSubTypes.Type(value = DTypeV1.TResult.class, name = "TResult"),
    @JsonSubTypes.Type(value = DTypeV1.TVariable.class, name = "TVariable"),
    @JsonSubTypes.Type(value = DTypeV1.TTuple.class, name = "TTuple"),
    @JsonSubTypes.Type(value = DTypeV1.TFn.class, name = "TFn"),
    @JsonSubTypes.Type(value = DTypeV1.TRecord.class, name = "TRecord"),
    @JsonSubTypes.Type(value = DTypeV1.TUserType.class, name = "TUserType")})
sealed interface DTypeV1 {
  record TInt() implements DTypeV1 {}

  record TFloat() implements DTypeV1 {}

  record TBool() implements DTypeV1 {}

  record TNull() implements DTypeV1 {}

  record TStr() implements DTypeV1 {}

  record TChar() implements DTypeV1 {}

  record TDate() implements DTypeV1 {}

  record TPassword() implements DTypeV1 {}

  record TUuid() implements DTypeV1 {}

  record TBytes() implements DTypeV1 {}

  record TIncomplete() implements DTypeV1 {}

  record TError() implements DTypeV1 {}

  record TErrorRail() implements DTypeV1 {}

  record TList(DTypeV1 element) implements DTypeV1 {}

  record TDict(DTypeV1 value) implements DTypeV1 {}

  record TOption(DTypeV1 value) implements DTypeV1 {}

  record THttpResponse(DTypeV1 body) implements DTypeV1 {}

  record TDB(DTypeV1 row) implements DTypeV1 {}

  record TResult(DTypeV1 ok, DTypeV1 error) implements DTypeV1 {}

  record TVariable(String name) implements DTypeV1 {}

  record TTuple(DTypeV1 first, DTypeV1 second, List<DTypeV1> rest) implements DTypeV1 {}

  record TFn(List<DTypeV1> params, DTypeV1 returns) implements DTypeV1 {}

  record Field(String name, DTypeV1 type) {}

  record TRecord(List<Field> fields) implements DTypeV1 {}

  record TUserType(String name, int version) implements DTypeV1 {}

  static DTypeV1 of(DType t) {
    return switch (t) {
      case DType.TInt x -> new TInt();
      case DType.TFloat x -> new TFloat();
      case DType.TBool x -> new TBool();
      case DType.TNull x -> new TNull();
      case DType.TStr x -> new TStr();
      case DType.TChar x -> new TChar();
      case DType.TDate x -> new TDate();
      case DType.TPassword x -> new TPassword();
      case DType.TUuid x -> new TUuid();
      case DType.TBytes x -> new TBytes();
      case DType.TIncomplete x -> new TIncomplete();
      case DType.TError x -> new TError();
      case DType.TErrorRail x -> new TErrorRail();
      case DType.TList x -> new TList(of(x.element()));
      case DType.TDict x -> new TDict(of(x.value()));
      case DType.TOption x -> new TOption(of(x.value()));
      case DType.THttpResponse x -> new THttpResponse(of(x.body()));
      case DType.TDB x -> new TDB(of(x.row()));
      case DType.TResult x -> new TResult(of(x.ok()), of(x.error()));
      case DType.TVariable x -> new TVariable(x.name());
      case DType.TTuple x -> new TTuple(of(x.first()), of(x.second()), x.rest().stream().map(DTypeV1::of).toList());
      case DType.TFn x -> new TFn(x.params().stream().map(DTypeV1::of).toList(), of(x.returns()));
      case DType.TRecord x -> new TRecord(x.fields().stream().map(f -> new Field(f.name(), of(f.type()))).toList());
      case DType.TUserType x -> new TUserType(x.name(), x.version());
    };
  }

  default DType toDomain() {
    return switch (this) {
      case TInt x -> new DType.TInt();
      case TFloat x -> new DType.TFloat();
      case TBool x -> new DType.TBool();
      case TNull x -> new DType.TNull();
      case TStr x -> new DType.TStr();
      case TChar x -> new DType.TChar();
      case TDate x -> new DType.TDate();
      case TPassword x -> new DType.TPassword();
      case TUuid x -> new DType.TUuid();
      case TBytes x -> new DType.TBytes();
      case TIncomplete x -> new DType.TIncomplete();
      case TError x -> new DType.TError();
      case TErrorRail x -> new DType.TErrorRail();
      case TList x -> new DType.TList(x.element().toDomain());
      case TDict x -> new DType.TDict(x.value().toDomain());
      case TOption x -> new DType.TOption(x.value().toDomain());
      case THttpResponse x -> new DType.THttpResponse(x.body().toDomain());
      case TDB x -> new DType.TDB(x.row().toDomain());
      case TResult x -> new DType.TResult(x.ok().toDomain(), x.error().toDomain());
      case TVariable x -> new DType.TVariable(x.name());
      case TTuple x -> new DType.TTuple(x.first().toDomain(), x.second().toDomain(),
          x.rest().stream().map(DTypeV1::toDomain).toList());
      case TFn x -> new DType.TFn(x.params().stream().map(DTypeV1::toDomain).toList(), x.returns().toDomain());
      case TRecord x -> new DType.TRecord(x.fields().stream()
          .map(f -> new DType.Field(f.name(), f.type().toDomain())).toList());
      case TUserType x -> new DType.TUserType(x.name(), x.version());
    };
  }
}
