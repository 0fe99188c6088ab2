package umbra.domain.canvas;

import java.util.List;
import java.util.Optional;
import umbra.domain.program.UserFunction;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;

/**
 * A unit of a canvas, identified by its {@code tlid} (backend.md 4.1). Toplevels change only
 * through {@link Op}s; the fields are exactly what the editor edits, blanks included.
 */
public sealed interface Toplevel {
  /** The toplevel id: an unsigned 64-bit number carried in a long (same bits). */
  long tlid();

  /** The {@code tipe} column of backend.md 4.4. */
  enum Kind {
    HANDLER("handler"), DB("db"), USER_FUNCTION("user_function"), USER_TYPE("user_tipe");

    private final String column;

    Kind(String column) { this.column = column; }

    public String column() { return column; }
  }

  default Kind kind() {
    return switch (this) {
      case Handler h -> Kind.HANDLER;
      case Db d -> Kind.DB;
      case UserFn f -> Kind.USER_FUNCTION;
      case UserType t -> Kind.USER_TYPE;
    };
  }

  /** Handlers and DBs are drawn on the canvas; functions and types are not. */
  default Optional<Position> position() {
    return switch (this) {
      case Handler h -> Optional.of(h.pos());
      case Db d -> Optional.of(d.pos());
      case UserFn f -> Optional.empty();
      case UserType t -> Optional.empty();
    };
  }

  record Handler(long tlid, Position pos, Expr ast, HandlerSpec spec) implements Toplevel {}

  /** A user datastore; {@code version} is always 0 in this Dark (no migrations). */
  record Db(long tlid, Position pos, String name, long nameId, int version, List<Column> cols)
      implements Toplevel {
    public Db { cols = List.copyOf(cols); }

    /** A column as the editor builds it: name and type stay empty until the user fills them. */
    public record Column(Optional<String> name, Optional<DType> type, long nameId, long typeId) {}
  }

  /** A user function with its editor ids; {@link #toProgram} is what the interpreter calls. */
  record UserFn(long tlid, String name, long nameId, List<Param> params, DType returnType,
      long returnTypeId, String description, boolean infix, Expr body) implements Toplevel {
    public UserFn { params = List.copyOf(params); }

    /** {@code type} is empty while the parameter's type blank is unfilled. */
    public record Param(String name, long nameId, Optional<DType> type, long typeId, String description) {}

    /** An untyped parameter accepts anything, like Dark's {@code TVariable "a"}. */
    public UserFunction toProgram() {
      var programParams = params.stream()
          .map(p -> new UserFunction.Param(p.name(), p.type().orElse(new DType.TVariable("a"))))
          .toList();
      return new UserFunction(tlid, name, programParams, returnType, body);
    }
  }

  /** A user record type; the execution context indexes it by (name, version). */
  record UserType(long tlid, String name, long nameId, int version, List<Field> fields) implements Toplevel {
    public UserType { fields = List.copyOf(fields); }

    public record Field(String name, Optional<DType> type, long nameId, long typeId) {}
  }
}
