package umbra.handler.api;

import umbra.domain.canvas.Op;
import umbra.dto.api.OpDto;

/** Ops between the domain and the wire. */
public final class OpWire {
  private OpWire() {}

  public static OpDto dto(Op op) {
    return switch (op) {
      case Op.SetHandler o -> new OpDto.SetHandler(o.tlid(), ToplevelWire.dto(o.pos()), ToplevelWire.dto(o.handler()));
      case Op.CreateDB o -> new OpDto.CreateDB(o.tlid(), ToplevelWire.dto(o.pos()), o.name());
      case Op.AddDBCol o -> new OpDto.AddDBCol(o.tlid(), o.colNameId(), o.colTypeId());
      case Op.SetDBColName o -> new OpDto.SetDBColName(o.tlid(), o.colNameId(), o.name());
      case Op.SetDBColType o -> new OpDto.SetDBColType(o.tlid(), o.colTypeId(), o.type());
      case Op.DeleteTL o -> new OpDto.DeleteTL(o.tlid());
      case Op.MoveTL o -> new OpDto.MoveTL(o.tlid(), ToplevelWire.dto(o.pos()));
      case Op.SetFunction o -> new OpDto.SetFunction(ToplevelWire.dto(o.fn()));
      case Op.ChangeDBColName o -> new OpDto.ChangeDBColName(o.tlid(), o.colNameId(), o.name());
      case Op.ChangeDBColType o -> new OpDto.ChangeDBColType(o.tlid(), o.colTypeId(), o.type());
      case Op.UndoTL o -> new OpDto.UndoTL(o.tlid());
      case Op.RedoTL o -> new OpDto.RedoTL(o.tlid());
      case Op.SetExpr o -> new OpDto.SetExpr(o.tlid(), o.id(), ExprWire.dto(o.expr()));
      case Op.TLSavepoint o -> new OpDto.TLSavepoint(o.tlid());
      case Op.DeleteFunction o -> new OpDto.DeleteFunction(o.tlid());
      case Op.DeleteDBCol o -> new OpDto.DeleteDBCol(o.tlid(), o.id());
      case Op.RenameDBname o -> new OpDto.RenameDBname(o.tlid(), o.name());
      case Op.CreateDBWithBlankOr o -> new OpDto.CreateDBWithBlankOr(o.tlid(), ToplevelWire.dto(o.pos()), o.nameId(), o.name());
      case Op.SetType o -> new OpDto.SetType(ToplevelWire.dto(o.type()));
      case Op.DeleteType o -> new OpDto.DeleteType(o.tlid());
    };
  }

  public static Op domain(OpDto op) {
    return switch (op) {
      case OpDto.SetHandler o -> new Op.SetHandler(o.tlid(), ToplevelWire.domain(o.pos()), ToplevelWire.domain(o.handler()));
      case OpDto.CreateDB o -> new Op.CreateDB(o.tlid(), ToplevelWire.domain(o.pos()), o.name());
      case OpDto.AddDBCol o -> new Op.AddDBCol(o.tlid(), o.colNameId(), o.colTypeId());
      case OpDto.SetDBColName o -> new Op.SetDBColName(o.tlid(), o.colNameId(), o.name());
      case OpDto.SetDBColType o -> new Op.SetDBColType(o.tlid(), o.colTypeId(), o.type());
      case OpDto.DeleteTL o -> new Op.DeleteTL(o.tlid());
      case OpDto.MoveTL o -> new Op.MoveTL(o.tlid(), ToplevelWire.domain(o.pos()));
      case OpDto.SetFunction o -> new Op.SetFunction(ToplevelWire.domain(o.fn()));
      case OpDto.ChangeDBColName o -> new Op.ChangeDBColName(o.tlid(), o.colNameId(), o.name());
      case OpDto.ChangeDBColType o -> new Op.ChangeDBColType(o.tlid(), o.colTypeId(), o.type());
      case OpDto.UndoTL o -> new Op.UndoTL(o.tlid());
      case OpDto.RedoTL o -> new Op.RedoTL(o.tlid());
      case OpDto.SetExpr o -> new Op.SetExpr(o.tlid(), o.id(), ExprWire.domain(o.expr()));
      case OpDto.TLSavepoint o -> new Op.TLSavepoint(o.tlid());
      case OpDto.DeleteFunction o -> new Op.DeleteFunction(o.tlid());
      case OpDto.DeleteDBCol o -> new Op.DeleteDBCol(o.tlid(), o.id());
      case OpDto.RenameDBname o -> new Op.RenameDBname(o.tlid(), o.name());
      case OpDto.CreateDBWithBlankOr o -> new Op.CreateDBWithBlankOr(o.tlid(), ToplevelWire.domain(o.pos()), o.nameId(), o.name());
      case OpDto.SetType o -> new Op.SetType(ToplevelWire.domain(o.type()));
      case OpDto.DeleteType o -> new Op.DeleteType(o.tlid());
    };
  }
}
