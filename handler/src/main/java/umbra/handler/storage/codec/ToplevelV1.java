package umbra.handler.storage.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;

/**
 * Stored form of a toplevel (the {@code oplist_cache} column), format 1. Optional fields are null
 * when unset. Tags and field names are the format: never rename them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "case")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ToplevelV1.Handler.class, name = "Handler"),
    @JsonSubTypes.Type(value = ToplevelV1.Db.class, name = "DB"),
    @JsonSubTypes.Type(value = ToplevelV1.UserFn.class, name = "UserFunction"),
    @JsonSubTypes.Type(value = ToplevelV1.UserType.class, name = "UserType")})
sealed interface ToplevelV1 {
  /** Canvas pixels. */
  record Pos(int x, int y) {
    static Pos of(Position p) { return new Pos(p.x(), p.y()); }

    Position toDomain() { return new Position(x, y); }
  }

  record Handler(long tlid, Pos pos, ExprV1 ast, HandlerSpecV1 spec) implements ToplevelV1 {}

  record Column(String name, DTypeV1 type, long nameId, long typeId) {}

  record Db(long tlid, Pos pos, String name, long nameId, int version, List<Column> cols) implements ToplevelV1 {}

  record Param(String name, long nameId, DTypeV1 type, long typeId, String description) {}

  record UserFn(long tlid, String name, long nameId, List<Param> params, DTypeV1 returnType, long returnTypeId,
      String description, boolean infix, ExprV1 body) implements ToplevelV1 {}

  record Field(String name, DTypeV1 type, long nameId, long typeId) {}

  record UserType(long tlid, String name, long nameId, int version, List<Field> fields) implements ToplevelV1 {}

  static ToplevelV1 of(Toplevel tl) {
    return switch (tl) {
      case Toplevel.Handler h -> handler(h);
      case Toplevel.Db d -> new Db(d.tlid(), Pos.of(d.pos()), d.name(), d.nameId(), d.version(), d.cols().stream()
          .map(c -> new Column(c.name().orElse(null), c.type().map(DTypeV1::of).orElse(null), c.nameId(), c.typeId()))
          .toList());
      case Toplevel.UserFn f -> userFn(f);
      case Toplevel.UserType t -> userType(t);
    };
  }

  static Handler handler(Toplevel.Handler h) {
    return new Handler(h.tlid(), Pos.of(h.pos()), ExprV1.of(h.ast()), HandlerSpecV1.of(h.spec()));
  }

  static UserFn userFn(Toplevel.UserFn f) {
    return new UserFn(f.tlid(), f.name(), f.nameId(), f.params().stream()
        .map(p -> new Param(p.name(), p.nameId(), p.type().map(DTypeV1::of).orElse(null), p.typeId(), p.description()))
        .toList(), DTypeV1.of(f.returnType()), f.returnTypeId(), f.description(), f.infix(), ExprV1.of(f.body()));
  }

  static UserType userType(Toplevel.UserType t) {
    return new UserType(t.tlid(), t.name(), t.nameId(), t.version(), t.fields().stream()
        .map(f -> new Field(f.name(), f.type().map(DTypeV1::of).orElse(null), f.nameId(), f.typeId())).toList());
  }

  default Toplevel toDomain() {
    return switch (this) {
      case Handler h -> new Toplevel.Handler(h.tlid(), h.pos().toDomain(), h.ast().toDomain(), h.spec().toDomain());
      case Db d -> new Toplevel.Db(d.tlid(), d.pos().toDomain(), d.name(), d.nameId(), d.version(), d.cols().stream()
          .map(c -> new Toplevel.Db.Column(Optional.ofNullable(c.name()), type(c.type()), c.nameId(), c.typeId()))
          .toList());
      case UserFn f -> new Toplevel.UserFn(f.tlid(), f.name(), f.nameId(), f.params().stream()
          .map(p -> new Toplevel.UserFn.Param(p.name(), p.nameId(), type(p.type()), p.typeId(), p.description()))
          .toList(), f.returnType().toDomain(), f.returnTypeId(), f.description(), f.infix(), f.body().toDomain());
      case UserType t -> new Toplevel.UserType(t.tlid(), t.name(), t.nameId(), t.version(), t.fields().stream()
          .map(f -> new Toplevel.UserType.Field(f.name(), type(f.type()), f.nameId(), f.typeId())).toList());
    };
  }

  private static Optional<umbra.domain.syntax.DType> type(DTypeV1 t) {
    return Optional.ofNullable(t).map(DTypeV1::toDomain);
  }
}
