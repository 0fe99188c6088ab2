package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A called function's name, tagged under {@code "fn"} (language.md A.2). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "fn")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FnNameDto.Stdlib.class, name = "Stdlib"),
    @JsonSubTypes.Type(value = FnNameDto.User.class, name = "User"),
    @JsonSubTypes.Type(value = FnNameDto.Package.class, name = "Package")})
public sealed interface FnNameDto {
  /** A builtin; {@code module} is empty for operators and one-word functions. */
  record Stdlib(String module, String function, int version) implements FnNameDto {}

  record User(String name) implements FnNameDto {}

  record Package(String owner, String pkg, String module, String function, int version) implements FnNameDto {}
}
