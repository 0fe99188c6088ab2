package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;

/**
 * A toplevel of a canvas (backend.md 4.1), tagged under {@code "kind"}. Types are written in the
 * canvas text notation ({@code "List<Int>"}, {@code "'a"}, {@code "Person@1"}); an empty
 * {@link Optional} is a blank the user has not filled.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ToplevelDto.Handler.class, name = "handler"),
    @JsonSubTypes.Type(value = ToplevelDto.Db.class, name = "db"),
    @JsonSubTypes.Type(value = ToplevelDto.Function.class, name = "function"),
    @JsonSubTypes.Type(value = ToplevelDto.Type.class, name = "type")})
public sealed interface ToplevelDto {
  long tlid();

  /** Where the editor draws it, in canvas pixels. */
  record Position(int x, int y) {}

  record Handler(long tlid, Position pos, HandlerSpecDto spec, ExprDto ast) implements ToplevelDto {}

  record Db(long tlid, Position pos, String name, long nameId, int version, List<Column> columns) implements ToplevelDto {
    public record Column(Optional<String> name, Optional<String> type, long nameId, long typeId) {}
  }

  record Function(long tlid, String name, long nameId, List<Parameter> parameters, String returnType, long returnTypeId,
      String description, boolean infix, ExprDto body) implements ToplevelDto {
    public record Parameter(String name, long nameId, Optional<String> type, long typeId, String description) {}
  }

  record Type(long tlid, String name, long nameId, int version, List<Field> fields) implements ToplevelDto {
    public record Field(String name, Optional<String> type, long nameId, long typeId) {}
  }
}
