package umbra.domain.canvas;

import umbra.domain.syntax.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import umbra.domain.syntax.DType;

/** Rebuilds toplevels from op histories (backend.md 4.2 and 4.3, Dark's Canvas.fromOplist). */
public final class OpApplication {
  private OpApplication() {}

  /**
   * Replays {@code oldOps} (already stored) then {@code newOps} (this request) onto {@code base}:
   * undo/redo pre-processing over the whole list, each op's effect, then the canvas checks.
   */
  public static Checked<Canvas> replay(Canvas base, List<Op> oldOps, List<Op> newOps) {
    List<Undo.Flagged> flagged = new ArrayList<>(oldOps.size() + newOps.size());
    oldOps.forEach(op -> flagged.add(new Undo.Flagged(op, false)));
    newOps.forEach(op -> flagged.add(new Undo.Flagged(op, true)));
    return Undo.preprocess(flagged).flatMap(ops -> {
      Checked<Canvas> canvas = Checked.ok(base);
      for (Undo.Flagged f : ops) canvas = canvas.flatMap(c -> apply(c, f.op(), f.isNew()));
      return canvas;
    }).flatMap(Canvas::verify);
  }

  /** One op's effect; {@code isNew} turns on the checks Dark only runs for a request's own ops. */
  public static Checked<Canvas> apply(Canvas c, Op op, boolean isNew) {
    return switch (op) {
      case Op.SetHandler o -> Checked.ok(c.withHandlers(c.handlers().set(o.handler())));
      case Op.CreateDB o -> isNew && o.name().isEmpty()
          ? Checked.rejected("DB must have a name")
          : Checked.ok(c.withDbs(c.dbs().set(new Toplevel.Db(o.tlid(), o.pos(), o.name(), o.tlid(), 0, List.of()))));
      case Op.CreateDBWithBlankOr o ->
          Checked.ok(c.withDbs(c.dbs().set(new Toplevel.Db(o.tlid(), o.pos(), o.name(), o.nameId(), 0, List.of()))));
      case Op.AddDBCol o -> Checked.ok(onDb(c, o.tlid(), db -> withCols(db, addCol(db.cols(), o))));
      case Op.SetDBColName o -> Checked.ok(onDb(c, o.tlid(), db -> setColName(db, o.colNameId(), o.name())));
      case Op.ChangeDBColName o -> Checked.ok(onDb(c, o.tlid(), db -> setColName(db, o.colNameId(), o.name())));
      case Op.SetDBColType o -> setColType(c, o.tlid(), o.colTypeId(), o.type());
      case Op.ChangeDBColType o -> setColType(c, o.tlid(), o.colTypeId(), o.type());
      case Op.DeleteDBCol o -> Checked.ok(onDb(c, o.tlid(), db -> withCols(db,
          db.cols().stream().filter(col -> col.nameId() != o.id() && col.typeId() != o.id()).toList())));
      case Op.RenameDBname o -> Checked.ok(onDb(c, o.tlid(),
          db -> new Toplevel.Db(db.tlid(), db.pos(), o.name(), db.nameId(), db.version(), db.cols())));
      // backend.md 4.2: "toplevel" historically means handler or DB; functions and types have their own deletes
      case Op.DeleteTL o -> Checked.ok(c.withHandlers(c.handlers().delete(o.tlid())).withDbs(c.dbs().delete(o.tlid())));
      case Op.MoveTL o -> Checked.ok(c
          .withHandlers(c.handlers().update(o.tlid(), h -> new Toplevel.Handler(h.tlid(), o.pos(), h.ast(), h.spec())))
          .withDbs(c.dbs().update(o.tlid(),
              db -> new Toplevel.Db(db.tlid(), o.pos(), db.name(), db.nameId(), db.version(), db.cols()))));
      case Op.SetFunction o -> Checked.ok(c.withFunctions(c.functions().set(o.fn())));
      case Op.DeleteFunction o -> Checked.ok(c.withFunctions(c.functions().delete(o.tlid())));
      case Op.SetType o -> Checked.ok(c.withTypes(c.types().set(o.type())));
      case Op.DeleteType o -> Checked.ok(c.withTypes(c.types().delete(o.tlid())));
      case Op.SetExpr o -> Checked.ok(c);
      case Op.TLSavepoint o -> Checked.ok(c);
      // Only a redo with nothing before it survives Undo.preprocess; Dark fails the request then too
      case Op.UndoTL o -> Checked.rejected("Undo/Redo op should have been preprocessed out!");
      case Op.RedoTL o -> Checked.rejected("Undo/Redo op should have been preprocessed out!");
    };
  }

  private static Canvas onDb(Canvas c, long tlid, UnaryOperator<Toplevel.Db> change) {
    return c.withDbs(c.dbs().update(tlid, change));
  }

  private static Toplevel.Db withCols(Toplevel.Db db, List<Toplevel.Db.Column> cols) {
    return new Toplevel.Db(db.tlid(), db.pos(), db.name(), db.nameId(), db.version(), cols);
  }

  private static List<Toplevel.Db.Column> addCol(List<Toplevel.Db.Column> cols, Op.AddDBCol o) {
    var result = new ArrayList<>(cols);
    result.add(new Toplevel.Db.Column(Optional.empty(), Optional.empty(), o.colNameId(), o.colTypeId()));
    return result;
  }

  /** An empty name unsets the column's name. */
  private static Toplevel.Db setColName(Toplevel.Db db, long nameId, String name) {
    Optional<String> newName = name.isEmpty() ? Optional.empty() : Optional.of(name);
    return withCols(db, db.cols().stream()
        .map(col -> col.nameId() == nameId ? new Toplevel.Db.Column(newName, col.type(), col.nameId(), col.typeId()) : col)
        .toList());
  }

  /** The type text is parsed even when the DB is missing, as in Dark (the parse comes first). */
  private static Checked<Canvas> setColType(Canvas c, long tlid, long typeId, String text) {
    Optional<DType> parsed = TypeNames.parse(text);
    if (parsed.isEmpty()) return Checked.rejected("Cannot parse col type");
    return Checked.ok(onDb(c, tlid, db -> withCols(db, db.cols().stream()
        .map(col -> col.typeId() == typeId ? new Toplevel.Db.Column(col.name(), parsed, col.nameId(), col.typeId()) : col)
        .toList())));
  }
}
