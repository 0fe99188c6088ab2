package umbra.handler.storage.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import umbra.domain.syntax.Pattern;

/** Stored form of a match pattern, format 1. Tags and field names are the format: never rename them. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "case")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PatternV1.MPVariable.class, name = "MPVariable"),
    @JsonSubTypes.Type(value = PatternV1.MPConstructor.class, name = "MPConstructor"),
    @JsonSubTypes.Type(value = PatternV1.MPInteger.class, name = "MPInteger"),
    @JsonSubTypes.Type(value = PatternV1.MPBool.class, name = "MPBool"),
    @JsonSubTypes.Type(value = PatternV1.MPCharacter.class, name = "MPCharacter"),
    @JsonSubTypes.Type(value = PatternV1.MPString.class, name = "MPString"),
    @JsonSubTypes.Type(value = PatternV1.MPFloat.class, name = "MPFloat"),
    @JsonSubTypes.Type(value = PatternV1.MPNull.class, name = "MPNull"),
    @JsonSubTypes.Type(value = PatternV1.MPBlank.class, name = "MPBlank"),
    @JsonSubTypes.Type(value = PatternV1.MPTuple.class, name = "MPTuple")})
sealed interface PatternV1 {
  record MPVariable(long id, String name) implements PatternV1 {}

  record MPConstructor(long id, String name, List<PatternV1> args) implements PatternV1 {}

  record MPInteger(long id, long value) implements PatternV1 {}

  record MPBool(long id, boolean value) implements PatternV1 {}

  record MPCharacter(long id, String value) implements PatternV1 {}

  record MPString(long id, String value) implements PatternV1 {}

  record MPFloat(long id, boolean negative, String whole, String fraction) implements PatternV1 {}

  record MPNull(long id) implements PatternV1 {}

  record MPBlank(long id) implements PatternV1 {}

  record MPTuple(long id, PatternV1 first, PatternV1 second, List<PatternV1> rest) implements PatternV1 {}

  static PatternV1 of(Pattern p) {
    return switch (p) {
      case Pattern.MPVariable v -> new MPVariable(v.id(), v.name());
      case Pattern.MPConstructor c -> new MPConstructor(c.id(), c.name(), c.args().stream().map(PatternV1::of).toList());
      case Pattern.MPInteger i -> new MPInteger(i.id(), i.value());
      case Pattern.MPBool b -> new MPBool(b.id(), b.value());
      case Pattern.MPCharacter c -> new MPCharacter(c.id(), c.value());
      case Pattern.MPString s -> new MPString(s.id(), s.value());
      case Pattern.MPFloat f -> new MPFloat(f.id(), f.negative(), f.whole(), f.fraction());
      case Pattern.MPNull n -> new MPNull(n.id());
      case Pattern.MPBlank b -> new MPBlank(b.id());
      case Pattern.MPTuple t -> new MPTuple(t.id(), of(t.first()), of(t.second()), t.rest().stream().map(PatternV1::of).toList());
    };
  }

  default Pattern toDomain() {
    return switch (this) {
      case MPVariable v -> new Pattern.MPVariable(v.id(), v.name());
      case MPConstructor c -> new Pattern.MPConstructor(c.id(), c.name(), c.args().stream().map(PatternV1::toDomain).toList());
      case MPInteger i -> new Pattern.MPInteger(i.id(), i.value());
      case MPBool b -> new Pattern.MPBool(b.id(), b.value());
      case MPCharacter c -> new Pattern.MPCharacter(c.id(), c.value());
      case MPString s -> new Pattern.MPString(s.id(), s.value());
      case MPFloat f -> new Pattern.MPFloat(f.id(), f.negative(), f.whole(), f.fraction());
      case MPNull n -> new Pattern.MPNull(n.id());
      case MPBlank b -> new Pattern.MPBlank(b.id());
      case MPTuple t -> new Pattern.MPTuple(t.id(), t.first().toDomain(), t.second().toDomain(),
          t.rest().stream().map(PatternV1::toDomain).toList());
    };
  }
}
