package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An edit of one toplevel (backend.md 4.2), tagged under {@code "op"} with Dark's op names, e.g.
 * <code>{"op": "TLSavepoint", "tlid": 7}</code>.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OpDto.SetHandler.class, name = "SetHandler"),
    @JsonSubTypes.Type(value = OpDto.CreateDB.class, name = "CreateDB"),
    @JsonSubTypes.Type(value = OpDto.AddDBCol.class, name = "AddDBCol"),
    @JsonSubTypes.Type(value = OpDto.SetDBColName.class, name = "SetDBColName"),
    @JsonSubTypes.Type(value = OpDto.SetDBColType.class, name = "SetDBColType"),
    @JsonSubTypes.Type(value = OpDto.DeleteTL.class, name = "DeleteTL"),
    @JsonSubTypes.Type(value = OpDto.MoveTL.class, name = "MoveTL"),
    @JsonSubTypes.Type(value = OpDto.SetFunction.class, name = "SetFunction"),
    @JsonSubTypes.Type(value = OpDto.ChangeDBColName.class, name = "ChangeDBColName"),
    @JsonSubTypes.Type(value = OpDto.ChangeDBColType.class, name = "ChangeDBColType"),
    @JsonSubTypes.Type(value = OpDto.UndoTL.class, name = "UndoTL"),
    @JsonSubTypes.Type(value = OpDto.RedoTL.class, name = "RedoTL"),
    @JsonSubTypes.Type(value = OpDto.SetExpr.class, name = "SetExpr"),
    @JsonSubTypes.Type(value = OpDto.TLSavepoint.class, name = "TLSavepoint"),
    @JsonSubTypes.Type(value = OpDto.DeleteFunction.class, name = "DeleteFunction"),
    @JsonSubTypes.Type(value = OpDto.DeleteDBCol.class, name = "DeleteDBCol"),
    @JsonSubTypes.Type(value = OpDto.RenameDBname.class, name = "RenameDBname"),
    @JsonSubTypes.Type(value = OpDto.CreateDBWithBlankOr.class, name = "CreateDBWithBlankOr"),
    @JsonSubTypes.Type(value = OpDto.SetType.class, name = "SetType"),
    @JsonSubTypes.Type(value = OpDto.DeleteType.class, name = "DeleteType")})
public sealed interface OpDto {
  /** {@code handler.tlid} is normally {@code tlid}. */
  record SetHandler(long tlid, ToplevelDto.Position pos, ToplevelDto.Handler handler) implements OpDto {}

  record CreateDB(long tlid, ToplevelDto.Position pos, String name) implements OpDto {}

  record AddDBCol(long tlid, long colNameId, long colTypeId) implements OpDto {}

  record SetDBColName(long tlid, long colNameId, String name) implements OpDto {}

  /** {@code type} is the text the user typed: "Int", "[Str]" (backend.md 4.2). */
  record SetDBColType(long tlid, long colTypeId, String type) implements OpDto {}

  record DeleteTL(long tlid) implements OpDto {}

  record MoveTL(long tlid, ToplevelDto.Position pos) implements OpDto {}

  record SetFunction(ToplevelDto.Function fn) implements OpDto {}

  record ChangeDBColName(long tlid, long colNameId, String name) implements OpDto {}

  record ChangeDBColType(long tlid, long colTypeId, String type) implements OpDto {}

  record UndoTL(long tlid) implements OpDto {}

  record RedoTL(long tlid) implements OpDto {}

  record SetExpr(long tlid, long id, ExprDto expr) implements OpDto {}

  record TLSavepoint(long tlid) implements OpDto {}

  record DeleteFunction(long tlid) implements OpDto {}

  record DeleteDBCol(long tlid, long id) implements OpDto {}

  record RenameDBname(long tlid, String name) implements OpDto {}

  record CreateDBWithBlankOr(long tlid, ToplevelDto.Position pos, long nameId, String name) implements OpDto {}

  record SetType(ToplevelDto.Type type) implements OpDto {}

  record DeleteType(long tlid) implements OpDto {}
}
