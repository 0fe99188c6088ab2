package umbra.handler.storage.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;

/** Stored form of an op (the {@code oplist} column), format 1. Tags and field names are the format: never rename them. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "case")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OpV1.SetHandler.class, name = "SetHandler"),
    @JsonSubTypes.Type(value = OpV1.CreateDB.class, name = "CreateDB"),
    @JsonSubTypes.Type(value = OpV1.AddDBCol.class, name = "AddDBCol"),
    @JsonSubTypes.Type(value = OpV1.SetDBColName.class, name = "SetDBColName"),
    @JsonSubTypes.Type(value = OpV1.SetDBColType.class, name = "SetDBColType"),
    @JsonSubTypes.Type(value = OpV1.DeleteTL.class, name = "DeleteTL"),
    @JsonSubTypes.Type(value = OpV1.MoveTL.class, name = "MoveTL"),
    @JsonSubTypes.Type(value = OpV1.SetFunction.class, name = "SetFunction"),
    @JsonSubTypes.Type(value = OpV1.ChangeDBColName.class, name = "ChangeDBColName"),
    @JsonSubTypes.Type(value = OpV1.ChangeDBColType.class, name = "ChangeDBColType"),
    @JsonSubTypes.Type(value = OpV1.UndoTL.class, name = "UndoTL"),
    @JsonSubTypes.Type(value = OpV1.RedoTL.class, name = "RedoTL"),
    @JsonSubTypes.Type(value = OpV1.SetExpr.class, name = "SetExpr"),
    @JsonSubTypes.Type(value = OpV1.TLSavepoint.class, name = "TLSavepoint"),
    @JsonSubTypes.Type(value = OpV1.DeleteFunction.class, name = "DeleteFunction"),
    @JsonSubTypes.Type(value = OpV1.DeleteDBCol.class, name = "DeleteDBCol"),
    @JsonSubTypes.Type(value = OpV1.RenameDBname.class, name = "RenameDBname"),
    @JsonSubTypes.Type(value = OpV1.CreateDBWithBlankOr.class, name = "CreateDBWithBlankOr"),
    @JsonSubTypes.Type(value = OpV1.SetType.class, name = "SetType"),
    @JsonSubTypes.Type(value = OpV1.DeleteType.class, name = "DeleteType")})
sealed interface OpV1 {
  record SetHandler(long tlid, ToplevelV1.Pos pos, ToplevelV1.Handler handler) implements OpV1 {}

  record CreateDB(long tlid, ToplevelV1.Pos pos, String name) implements OpV1 {}

  record AddDBCol(long tlid, long colNameId, long colTypeId) implements OpV1 {}

  record SetDBColName(long tlid, long colNameId, String name) implements OpV1 {}

  record SetDBColType(long tlid, long colTypeId, String type) implements OpV1 {}

  record DeleteTL(long tlid) implements OpV1 {}

  record MoveTL(long tlid, ToplevelV1.Pos pos) implements OpV1 {}

  record SetFunction(ToplevelV1.UserFn fn) implements OpV1 {}

  record ChangeDBColName(long tlid, long colNameId, String name) implements OpV1 {}

  record ChangeDBColType(long tlid, long colTypeId, String type) implements OpV1 {}

  record UndoTL(long tlid) implements OpV1 {}

  record RedoTL(long tlid) implements OpV1 {}

  record SetExpr(long tlid, long id, ExprV1 expr) implements OpV1 {}

  record TLSavepoint(long tlid) implements OpV1 {}

  record DeleteFunction(long tlid) implements OpV1 {}

  record DeleteDBCol(long tlid, long id) implements OpV1 {}

  record RenameDBname(long tlid, String name) implements OpV1 {}

  record CreateDBWithBlankOr(long tlid, ToplevelV1.Pos pos, long nameId, String name) implements OpV1 {}

  record SetType(ToplevelV1.UserType type) implements OpV1 {}

  record DeleteType(long tlid) implements OpV1 {}

  static OpV1 of(Op op) {
    return switch (op) {
      case Op.SetHandler o -> new SetHandler(o.tlid(), ToplevelV1.Pos.of(o.pos()), ToplevelV1.handler(o.handler()));
      case Op.CreateDB o -> new CreateDB(o.tlid(), ToplevelV1.Pos.of(o.pos()), o.name());
      case Op.AddDBCol o -> new AddDBCol(o.tlid(), o.colNameId(), o.colTypeId());
      case Op.SetDBColName o -> new SetDBColName(o.tlid(), o.colNameId(), o.name());
      case Op.SetDBColType o -> new SetDBColType(o.tlid(), o.colTypeId(), o.type());
      case Op.DeleteTL o -> new DeleteTL(o.tlid());
      case Op.MoveTL o -> new MoveTL(o.tlid(), ToplevelV1.Pos.of(o.pos()));
      case Op.SetFunction o -> new SetFunction(ToplevelV1.userFn(o.fn()));
      case Op.ChangeDBColName o -> new ChangeDBColName(o.tlid(), o.colNameId(), o.name());
      case Op.ChangeDBColType o -> new ChangeDBColType(o.tlid(), o.colTypeId(), o.type());
      case Op.UndoTL o -> new UndoTL(o.tlid());
      case Op.RedoTL o -> new RedoTL(o.tlid());
      case Op.SetExpr o -> new SetExpr(o.tlid(), o.id(), ExprV1.of(o.expr()));
      case Op.TLSavepoint o -> new TLSavepoint(o.tlid());
      case Op.DeleteFunction o -> new DeleteFunction(o.tlid());
      case Op.DeleteDBCol o -> new DeleteDBCol(o.tlid(), o.id());
      case Op.RenameDBname o -> new RenameDBname(o.tlid(), o.name());
      case Op.CreateDBWithBlankOr o -> new CreateDBWithBlankOr(o.tlid(), ToplevelV1.Pos.of(o.pos()), o.nameId(), o.name());
      case Op.SetType o -> new SetType(ToplevelV1.userType(o.type()));
      case Op.DeleteType o -> new DeleteType(o.tlid());
    };
  }

  default Op toDomain() {
    return switch (this) {
      case SetHandler o -> new Op.SetHandler(o.tlid(), o.pos().toDomain(), (Toplevel.Handler) o.handler().toDomain());
      case CreateDB o -> new Op.CreateDB(o.tlid(), o.pos().toDomain(), o.name());
      case AddDBCol o -> new Op.AddDBCol(o.tlid(), o.colNameId(), o.colTypeId());
      case SetDBColName o -> new Op.SetDBColName(o.tlid(), o.colNameId(), o.name());
      case SetDBColType o -> new Op.SetDBColType(o.tlid(), o.colTypeId(), o.type());
      case DeleteTL o -> new Op.DeleteTL(o.tlid());
      case MoveTL o -> new Op.MoveTL(o.tlid(), o.pos().toDomain());
      case SetFunction o -> new Op.SetFunction((Toplevel.UserFn) o.fn().toDomain());
      case ChangeDBColName o -> new Op.ChangeDBColName(o.tlid(), o.colNameId(), o.name());
      case ChangeDBColType o -> new Op.ChangeDBColType(o.tlid(), o.colTypeId(), o.type());
      case UndoTL o -> new Op.UndoTL(o.tlid());
      case RedoTL o -> new Op.RedoTL(o.tlid());
      case SetExpr o -> new Op.SetExpr(o.tlid(), o.id(), o.expr().toDomain());
      case TLSavepoint o -> new Op.TLSavepoint(o.tlid());
      case DeleteFunction o -> new Op.DeleteFunction(o.tlid());
      case DeleteDBCol o -> new Op.DeleteDBCol(o.tlid(), o.id());
      case RenameDBname o -> new Op.RenameDBname(o.tlid(), o.name());
      case CreateDBWithBlankOr o -> new Op.CreateDBWithBlankOr(o.tlid(), o.pos().toDomain(), o.nameId(), o.name());
      case SetType o -> new Op.SetType((Toplevel.UserType) o.type().toDomain());
      case DeleteType o -> new Op.DeleteType(o.tlid());
    };
  }
}
