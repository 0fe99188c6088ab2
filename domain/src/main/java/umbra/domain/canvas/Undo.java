package umbra.domain.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Removes undos and redos from an op list before it is applied (backend.md 4.3, Dark's Undo.fs). */
public final class Undo {
  /** An op and whether it arrived in the current request (new ops get stricter validation). */
  public record Flagged(Op op, boolean isNew) {}

  private Undo() {}

  public static Checked<List<Flagged>> preprocess(List<Flagged> ops) {
    return cancelUndoRedoPairs(ops).map(Undo::applyUndos);
  }

  /**
   * Step 1, scanning right to left: {@code Undo t} right before {@code Redo t} cancels both,
   * repeatedly ({@code U U R R} leaves nothing); {@code Redo t} before {@code Redo t} stays; any
   * other op right before a redo means there is nothing to redo.
   */
  private static Checked<List<Flagged>> cancelUndoRedoPairs(List<Flagged> ops) {
    Deque<Flagged> rest = new ArrayDeque<>();
    for (int i = ops.size() - 1; i >= 0; i--) {
      Flagged current = ops.get(i);
      Flagged next = rest.peekFirst();
      if (next != null && next.op() instanceof Op.RedoTL redo) {
        boolean sameTl = current.op().tlid() == redo.tlid();
        if (current.op() instanceof Op.UndoTL && sameTl) {
          rest.removeFirst();
          continue;
        }
        if (!(current.op() instanceof Op.RedoTL && sameTl)) return Checked.rejected("Already at latest redo");
      }
      rest.addFirst(current);
    }
    return Checked.ok(List.copyOf(rest));
  }

  /**
   * Step 2, left to right: an {@code Undo t} drops itself, every op for {@code t} since the most
   * recent {@code TLSavepoint t}, and that savepoint; ops for other toplevels in that window stay.
   * Without a savepoint every earlier op for {@code t} goes.
   */
  private static List<Flagged> applyUndos(List<Flagged> ops) {
    List<Flagged> kept = new ArrayList<>();
    for (Flagged f : ops) {
      if (!(f.op() instanceof Op.UndoTL undo)) {
        kept.add(f);
        continue;
      }
      int savepoint = lastSavepoint(kept, undo.tlid());
      List<Flagged> since = new ArrayList<>(kept.subList(savepoint + 1, kept.size()));
      since.removeIf(o -> o.op().tlid() == undo.tlid());
      List<Flagged> before = new ArrayList<>(kept.subList(0, Math.max(savepoint, 0)));
      before.addAll(since);
      kept = before;
    }
    return List.copyOf(kept);
  }

  private static int lastSavepoint(List<Flagged> ops, long tlid) {
    for (int i = ops.size() - 1; i >= 0; i--) {
      if (ops.get(i).op() instanceof Op.TLSavepoint sp && sp.tlid() == tlid) return i;
    }
    return -1;
  }
}
