package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** A match pattern on the wire, tagged by name under {@code "pattern"} (language.md A.5). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "pattern")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PatternDto.MPVariable.class, name = "MPVariable"),
    @JsonSubTypes.Type(value = PatternDto.MPConstructor.class, name = "MPConstructor"),
    @JsonSubTypes.Type(value = PatternDto.MPInteger.class, name = "MPInteger"),
    @JsonSubTypes.Type(value = PatternDto.MPBool.class, name = "MPBool"),
    @JsonSubTypes.Type(value = PatternDto.MPCharacter.class, name = "MPCharacter"),
    @JsonSubTypes.Type(value = PatternDto.MPString.class, name = "MPString"),
    @JsonSubTypes.Type(value = PatternDto.MPFloat.class, name = "MPFloat"),
    @JsonSubTypes.Type(value = PatternDto.MPNull.class, name = "MPNull"),
    @JsonSubTypes.Type(value = PatternDto.MPBlank.class, name = "MPBlank"),
    @JsonSubTypes.Type(value = PatternDto.MPTuple.class, name = "MPTuple")})
public sealed interface PatternDto {
  record MPVariable(long id, String name) implements PatternDto {}

  record MPConstructor(long id, String name, List<PatternDto> args) implements PatternDto {}

  record MPInteger(long id, long value) implements PatternDto {}

  record MPBool(long id, boolean value) implements PatternDto {}

  record MPCharacter(long id, String value) implements PatternDto {}

  record MPString(long id, String value) implements PatternDto {}

  record MPFloat(long id, boolean negative, String whole, String fraction) implements PatternDto {}

  record MPNull(long id) implements PatternDto {}

  record MPBlank(long id) implements PatternDto {}

  record MPTuple(long id, PatternDto first, PatternDto second, List<PatternDto> rest) implements PatternDto {}
}
