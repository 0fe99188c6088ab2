package umbra.domain.canvas.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Ids;

/**
 * The ops that bring a canvas to the state of a text file ({@code ./umbra push}). Toplevels are
 * matched by kind and name or route ({@link SectionKey}), so an edited section changes its
 * toplevel in place and keeps its history:
 * <ul>
 *   <li>a section without a live toplevel creates one ({@code SetHandler}, {@code SetFunction},
 *       {@code SetType}, {@code CreateDB} and its column ops), placed below the existing ones;</li>
 *   <li>a changed section gets a {@code TLSavepoint} and then the ops of the change, so one
 *       undo in the editor reverts one push of that toplevel (backend.md 4.3);</li>
 *   <li>a live toplevel absent from the file is deleted ({@code DeleteTL}, {@code DeleteFunction},
 *       {@code DeleteType}) after a savepoint, so an undo brings it back;</li>
 *   <li>an unchanged section (equal up to ids) produces nothing.</li>
 * </ul>
 * What the text cannot say (positions, editor ids, descriptions) is kept from the canvas.
 */
public final class PushPlan {
  /** Vertical distance between toplevels the push places, in canvas pixels. */
  private static final int SPACING = 200;

  private PushPlan() {}

  /**
   * The ops of a push, and how many toplevels they create, change and delete.
   */
  public record Plan(List<Op> ops, int created, int changed, int deleted) {
    public Plan { ops = List.copyOf(ops); }
  }

  /** @param desired what {@link CanvasText#parse} read, with fresh tlids that the canvas does not use */
  public static List<Op> ops(Canvas current, Canvas desired) {
    return plan(current, desired).ops();
  }

  public static Plan plan(Canvas current, Canvas desired) {
    Map<SectionKey, Deque<Toplevel>> live = new TreeMap<>();
    current.live().stream().sorted(Comparator.comparingLong(Toplevel::tlid))
        .forEach(tl -> live.computeIfAbsent(SectionKey.of(tl), k -> new ArrayDeque<>()).add(tl));
    int nextY = below(current);
    List<Op> ops = new ArrayList<>();
    int created = 0;
    int changed = 0;
    List<Toplevel> wanted = desired.live().stream().sorted(Comparator.comparingLong(Toplevel::tlid)).toList();
    for (Toplevel tl : wanted) {
      Deque<Toplevel> same = live.get(SectionKey.of(tl));
      if (same != null && !same.isEmpty()) {
        List<Op> change = Changes.of(same.removeFirst(), tl);
        if (!change.isEmpty()) changed++;
        ops.addAll(change);
      } else {
        ops.addAll(create(tl, new Position(0, nextY)));
        created++;
        if (tl.position().isPresent()) nextY += SPACING;
      }
    }
    int deleted = 0;
    for (Deque<Toplevel> rest : live.values()) {
      for (Toplevel tl : rest) {
        ops.addAll(delete(tl));
        deleted++;
      }
    }
    return new Plan(ops, created, changed, deleted);
  }

  /**
   * The ops of an editor's save of one section: the toplevel changed in place after a savepoint,
   * as a push changes it; empty when the section says what the toplevel already is.
   *
   * @param wanted a toplevel of the same kind (handler, function, datastore, type)
   */
  public static List<Op> edit(Toplevel old, Toplevel wanted) {
    if (old.getClass() != wanted.getClass()) throw new IllegalArgumentException("a toplevel cannot change its kind");
    return Changes.of(old, wanted);
  }

  /** The ops that add one toplevel, placed below the canvas's others as a push places it. */
  public static List<Op> add(Canvas current, Toplevel wanted) {
    return create(wanted, new Position(0, below(current)));
  }

  private static int below(Canvas current) {
    return current.live().stream().flatMap(tl -> tl.position().stream()).mapToInt(p -> p.y() + SPACING).max().orElse(0);
  }

  private static List<Op> create(Toplevel tl, Position pos) {
    return switch (tl) {
      case Toplevel.Handler h -> List.of(new Op.SetHandler(h.tlid(), pos, new Toplevel.Handler(h.tlid(), pos, h.ast(), h.spec())));
      case Toplevel.UserFn f -> List.of(new Op.SetFunction(f));
      case Toplevel.UserType t -> List.of(new Op.SetType(t));
      case Toplevel.Db db -> {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.CreateDB(db.tlid(), pos, db.name()));
        db.cols().forEach(c -> ops.addAll(Changes.addColumn(db.tlid(), c)));
        yield ops;
      }
    };
  }

  private static List<Op> delete(Toplevel tl) {
    Op delete = switch (tl) {
      case Toplevel.Handler h -> new Op.DeleteTL(h.tlid());
      case Toplevel.Db db -> new Op.DeleteTL(db.tlid());
      case Toplevel.UserFn f -> new Op.DeleteFunction(f.tlid());
      case Toplevel.UserType t -> new Op.DeleteType(t.tlid());
    };
    return List.of(new Op.TLSavepoint(tl.tlid()), delete);
  }

  /** The ops that turn one live toplevel into its section's state. */
  private static final class Changes {
    private Changes() {}

    static List<Op> of(Toplevel old, Toplevel wanted) {
      List<Op> change = switch (old) {
        case Toplevel.Handler h -> handler(h, (Toplevel.Handler) wanted);
        case Toplevel.UserFn f -> function(f, (Toplevel.UserFn) wanted);
        case Toplevel.UserType t -> type(t, (Toplevel.UserType) wanted);
        case Toplevel.Db db -> columns(db, (Toplevel.Db) wanted);
      };
      if (change.isEmpty()) return change;
      List<Op> ops = new ArrayList<>();
      ops.add(new Op.TLSavepoint(old.tlid()));
      ops.addAll(change);
      return ops;
    }

    private static List<Op> handler(Toplevel.Handler old, Toplevel.Handler wanted) {
      var merged = new Toplevel.Handler(old.tlid(), old.pos(), wanted.ast(), withIds(wanted.spec(), old.spec().ids()));
      boolean same = merged.spec().equals(old.spec()) && Ids.zeroed(merged.ast()).equals(Ids.zeroed(old.ast()));
      return same ? List.of() : List.of(new Op.SetHandler(old.tlid(), old.pos(), merged));
    }

    /** Parameters keep their editor ids and descriptions where the name at that place is unchanged. */
    private static List<Op> function(Toplevel.UserFn old, Toplevel.UserFn wanted) {
      var params = new ArrayList<Toplevel.UserFn.Param>();
      for (int i = 0; i < wanted.params().size(); i++) {
        var p = wanted.params().get(i);
        var o = i < old.params().size() ? old.params().get(i) : null;
        params.add(o != null && o.name().equals(p.name())
            ? new Toplevel.UserFn.Param(p.name(), o.nameId(), p.type(), o.typeId(), o.description()) : p);
      }
      var merged = new Toplevel.UserFn(old.tlid(), wanted.name(), old.nameId(), params, wanted.returnType(),
          old.returnTypeId(), old.description(), old.infix(), wanted.body());
      boolean same = withBody(merged, Ids.zeroed(merged.body())).equals(withBody(old, Ids.zeroed(old.body())));
      return same ? List.of() : List.of(new Op.SetFunction(merged));
    }

    private static Toplevel.UserFn withBody(Toplevel.UserFn f, umbra.domain.syntax.Expr body) {
      return new Toplevel.UserFn(f.tlid(), f.name(), f.nameId(), f.params(), f.returnType(), f.returnTypeId(),
          f.description(), f.infix(), body);
    }

    private static List<Op> type(Toplevel.UserType old, Toplevel.UserType wanted) {
      var fields = new ArrayList<Toplevel.UserType.Field>();
      for (int i = 0; i < wanted.fields().size(); i++) {
        var f = wanted.fields().get(i);
        var o = i < old.fields().size() ? old.fields().get(i) : null;
        fields.add(o != null && o.name().equals(f.name()) ? new Toplevel.UserType.Field(f.name(), f.type(), o.nameId(), o.typeId()) : f);
      }
      var merged = new Toplevel.UserType(old.tlid(), wanted.name(), old.nameId(), wanted.version(), fields);
      return merged.equals(old) ? List.of() : List.of(new Op.SetType(merged));
    }

    /**
     * Columns that keep their name and place stay (a changed type is set in place); from the
     * first column that differs on, the old columns are deleted and the wanted ones added, so
     * the column order is the file's. Rows keep their data: they are keyed by column name.
     */
    private static List<Op> columns(Toplevel.Db old, Toplevel.Db wanted) {
      List<Op> ops = new ArrayList<>();
      int i = 0;
      for (; i < Math.min(old.cols().size(), wanted.cols().size()); i++) {
        var o = old.cols().get(i);
        var w = wanted.cols().get(i);
        if (!o.name().equals(w.name()) || w.type().isEmpty() && o.type().isPresent()) break;
        if (!o.type().equals(w.type())) {
          ops.add(new Op.SetDBColType(old.tlid(), o.typeId(), ColumnTypeText.print(w.type().orElseThrow()).orElseThrow()));
        }
      }
      for (int j = i; j < old.cols().size(); j++) ops.add(new Op.DeleteDBCol(old.tlid(), old.cols().get(j).nameId()));
      for (int j = i; j < wanted.cols().size(); j++) ops.addAll(addColumn(old.tlid(), wanted.cols().get(j)));
      return ops;
    }

    static List<Op> addColumn(long tlid, Toplevel.Db.Column c) {
      List<Op> ops = new ArrayList<>();
      ops.add(new Op.AddDBCol(tlid, c.nameId(), c.typeId()));
      c.name().ifPresent(n -> ops.add(new Op.SetDBColName(tlid, c.nameId(), n)));
      c.type().ifPresent(t -> ops.add(new Op.SetDBColType(tlid, c.typeId(), ColumnTypeText.print(t).orElseThrow())));
      return ops;
    }

    private static HandlerSpec withIds(HandlerSpec spec, HandlerSpec.Ids ids) {
      return switch (spec) {
        case HandlerSpec.Http h -> new HandlerSpec.Http(h.route(), h.method(), ids);
        case HandlerSpec.HttpBasic h -> new HandlerSpec.HttpBasic(h.route(), h.method(), ids);
        case HandlerSpec.Worker w -> new HandlerSpec.Worker(w.name(), ids);
        case HandlerSpec.OldWorker w -> new HandlerSpec.OldWorker(w.module(), w.name(), ids);
        case HandlerSpec.Cron c -> new HandlerSpec.Cron(c.name(), c.interval(), ids);
        case HandlerSpec.Repl r -> new HandlerSpec.Repl(r.name(), ids);
        case HandlerSpec.UnknownHandler u -> new HandlerSpec.UnknownHandler(u.name(), u.modifier(), ids);
      };
    }
  }
}
