package umbra.handler.storage.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import umbra.domain.syntax.FnName;

/** Stored form of a function name, format 1. Tags and field names are the format: never rename them. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "case")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FnNameV1.Stdlib.class, name = "Stdlib"),
    @JsonSubTypes.Type(value = FnNameV1.User.class, name = "User"),
    @JsonSubTypes.Type(value = FnNameV1.Package.class, name = "Package")})
sealed interface FnNameV1 {
  record Stdlib(String module, String function, int version) implements FnNameV1 {}

  record User(String name) implements FnNameV1 {}

  record Package(String owner, String pkg, String module, String function, int version) implements FnNameV1 {}

  static FnNameV1 of(FnName name) {
    return switch (name) {
      case FnName.Stdlib s -> new Stdlib(s.module(), s.function(), s.version());
      case FnName.User u -> new User(u.name());
      case FnName.Package p -> new Package(p.owner(), p.pkg(), p.module(), p.function(), p.version());
    };
  }

  default FnName toDomain() {
    return switch (this) {
      case Stdlib s -> new FnName.Stdlib(s.module(), s.function(), s.version());
      case User u -> new FnName.User(u.name());
      case Package p -> new FnName.Package(p.owner(), p.pkg(), p.module(), p.function(), p.version());
    };
  }
}
