package umbra.domain.canvas;

import umbra.domain.syntax.TypeNames;
import umbra.domain.syntax.Expr;

/**
 * An edit of one toplevel, as the editor sends it (backend.md 4.2). A toplevel's op history is
 * the source of truth; {@link OpApplication} replays it into the toplevel.
 */
public sealed interface Op {
  /** The toplevel whose history this op joins. */
  long tlid();

  /** {@code tlid} is the history this op joins; the handler is stored under {@code handler.tlid()}. */
  record SetHandler(long tlid, Position pos, Toplevel.Handler handler) implements Op {}

  record CreateDB(long tlid, Position pos, String name) implements Op {}

  record AddDBCol(long tlid, long colNameId, long colTypeId) implements Op {}

  record SetDBColName(long tlid, long colNameId, String name) implements Op {}

  /** {@code type} is the text the user typed ("Int", "[str]"); see {@link umbra.domain.syntax.TypeNames#parse}. */
  record SetDBColType(long tlid, long colTypeId, String type) implements Op {}

  record DeleteTL(long tlid) implements Op {}

  record MoveTL(long tlid, Position pos) implements Op {}

  record SetFunction(Toplevel.UserFn fn) implements Op {
    @Override public long tlid() { return fn.tlid(); }
  }

  record ChangeDBColName(long tlid, long colNameId, String name) implements Op {}

  record ChangeDBColType(long tlid, long colTypeId, String type) implements Op {}

  record UndoTL(long tlid) implements Op {}

  record RedoTL(long tlid) implements Op {}

  /** Kept for compatibility; has no effect (backend.md 4.2). */
  record SetExpr(long tlid, long id, Expr expr) implements Op {}

  /** Marks where the next undo of {@code tlid} goes back to (backend.md 4.3). */
  record TLSavepoint(long tlid) implements Op {}

  record DeleteFunction(long tlid) implements Op {}

  /** Removes the column whose name id or type id is {@code id}. */
  record DeleteDBCol(long tlid, long id) implements Op {}

  record RenameDBname(long tlid, String name) implements Op {}

  record CreateDBWithBlankOr(long tlid, Position pos, long nameId, String name) implements Op {}

  record SetType(Toplevel.UserType type) implements Op {
    @Override public long tlid() { return type.tlid(); }
  }

  record DeleteType(long tlid) implements Op {}

  /** Only a savepoint changes nothing; a request of savepoints alone saves nothing (backend.md 5.4 step 4). */
  default boolean hasEffect() {
    return !(this instanceof TLSavepoint);
  }

  /**
   * Ops that a client's stale request may still apply: replaying them in any order cannot
   * overwrite a later edit (backend.md 5.4 step 1).
   */
  default boolean safeOutOfOrder() {
    return switch (this) {
      case SetHandler o -> false;
      case SetFunction o -> false;
      case SetType o -> false;
      case MoveTL o -> false;
      case SetDBColName o -> false;
      case ChangeDBColName o -> false;
      case ChangeDBColType o -> false;
      case SetExpr o -> false;
      case UndoTL o -> false;
      case RedoTL o -> false;
      case TLSavepoint o -> false;
      case RenameDBname o -> false;
      case CreateDB o -> true;
      case AddDBCol o -> true;
      case SetDBColType o -> true;
      case DeleteTL o -> true;
      case DeleteFunction o -> true;
      case DeleteDBCol o -> true;
      case CreateDBWithBlankOr o -> true;
      case DeleteType o -> true;
    };
  }

  /**
   * Ops whose validation looks at every live DB (the duplicate-name check of backend.md 4.2),
   * so adding them must load all live DBs too (backend.md 4.5, add_op row).
   */
  default boolean needsAllDatastores() {
    return switch (this) {
      case SetDBColName o -> true;
      case ChangeDBColName o -> true;
      case UndoTL o -> true;
      case RedoTL o -> true;
      case RenameDBname o -> true;
      case CreateDBWithBlankOr o -> true;
      case SetHandler o -> false;
      case CreateDB o -> false;
      case AddDBCol o -> false;
      case SetDBColType o -> false;
      case ChangeDBColType o -> false;
      case SetExpr o -> false;
      case TLSavepoint o -> false;
      case DeleteTL o -> false;
      case MoveTL o -> false;
      case SetFunction o -> false;
      case DeleteFunction o -> false;
      case DeleteDBCol o -> false;
      case SetType o -> false;
      case DeleteType o -> false;
    };
  }
}
