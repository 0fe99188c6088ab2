package umbra.service.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.OpApplication;
import umbra.domain.canvas.RoutingColumns;
import umbra.domain.canvas.Toplevel;
import umbra.domain.datastore.Datastore;

/** Decides what adding ops to a canvas changes (backend.md 5.4 add_op). Pure: the handler loads and saves. */
public final class CanvasService {

  public ApplyOpsOutcome applyOps(ApplyOps cmd) {
    if (cmd.expectedVersion().isPresent() && cmd.expectedVersion().getAsLong() != cmd.version()) {
      return new ApplyOpsOutcome.Stale(cmd.expectedVersion().getAsLong(), cmd.version());
    }
    List<CanvasEvent> events = new ArrayList<>();
    long stored = cmd.storedClientCounter().orElse(Long.MIN_VALUE);
    if (stored < cmd.opCtr()) events.add(new CanvasEvent.OpCounterAdvanced(cmd.canvasId(), cmd.clientId(), cmd.opCtr()));
    // step 1: a request older than one this client already sent may only do what cannot overwrite a later edit
    boolean latest = stored <= cmd.opCtr();
    List<Op> ops = latest ? cmd.ops() : cmd.ops().stream().filter(Op::safeOutOfOrder).toList();

    Map<Long, List<Op>> loaded = loadedHistories(cmd, ops);
    List<Op> oldOps = loaded.values().stream().flatMap(List::stream).toList();
    // steps 2 and 3: rebuild from the whole history, so undo can reach stored edits
    return switch (OpApplication.replay(Canvas.empty(), oldOps, ops)) {
      case Checked.Rejected<Canvas> r -> new ApplyOpsOutcome.Rejected(r.reason());
      case Checked.Ok<Canvas> ok -> {
        Optional<String> locked = lockedSchemaChange(cmd, oldOps, ok.value());
        if (locked.isPresent()) yield new ApplyOpsOutcome.Rejected(locked.get());
        // step 4: savepoints alone change nothing worth saving
        List<CanvasEvent> saves = ops.stream().anyMatch(Op::hasEffect) ? saves(cmd, ops, ok.value()) : List.of();
        events.addAll(saves);
        // the version counts requests that changed what a client reads, so a savepoint spoils no one's push
        long version = saves.isEmpty() ? cmd.version() : cmd.version() + 1;
        if (!saves.isEmpty()) events.add(new CanvasEvent.VersionAdvanced(cmd.canvasId(), version));
        yield new ApplyOpsOutcome.Applied(events, ok.value(), version);
      }
    };
  }

  /**
   * backend.md 7: a datastore with rows is locked, its columns stay as they are (Dark's editor
   * enforced this; here the server does, whichever client sends the ops, undo included).
   */
  private static Optional<String> lockedSchemaChange(ApplyOps cmd, List<Op> oldOps, Canvas after) {
    if (cmd.lockedDatastores().isEmpty()) return Optional.empty();
    if (!(OpApplication.replay(Canvas.empty(), oldOps, List.of()) instanceof Checked.Ok<Canvas> stored)) {
      return Optional.empty(); // the stored history always replays; nothing to compare otherwise
    }
    Canvas before = stored.value();
    for (long tlid : cmd.lockedDatastores()) {
      Optional<Datastore> was = datastore(before, tlid);
      Optional<Datastore> now = datastore(after, tlid);
      if (was.isPresent() && now.isPresent() && !was.get().columns().equals(now.get().columns())) {
        return Optional.of("The datastore " + was.get().name() + " has data, so its columns cannot change (its rows"
            + " would no longer match); delete its rows first, or add a new datastore");
      }
    }
    return Optional.empty();
  }

  private static Optional<Datastore> datastore(Canvas canvas, long tlid) {
    return canvas.find(tlid).filter(f -> !f.deleted() && f.toplevel() instanceof Toplevel.Db)
        .map(f -> Datastore.of((Toplevel.Db) f.toplevel()));
  }

  /** The op tlids' histories, then (only when the kept ops need them) every live DB's. */
  private static Map<Long, List<Op>> loadedHistories(ApplyOps cmd, List<Op> ops) {
    var loaded = new LinkedHashMap<Long, List<Op>>();
    for (Op op : ops) loaded.putIfAbsent(op.tlid(), cmd.histories().get(op.tlid()));
    if (ApplyOps.needsAllDatastores(ops)) cmd.liveDbHistories().forEach(loaded::putIfAbsent);
    return loaded;
  }

  /** One save per tlid of the kept ops; a toplevel undone out of existence is not saved (5.4 step 4). */
  private static List<CanvasEvent> saves(ApplyOps cmd, List<Op> ops, Canvas canvas) {
    var newOpsByTlid = new LinkedHashMap<Long, List<Op>>();
    for (Op op : ops) newOpsByTlid.computeIfAbsent(op.tlid(), t -> new ArrayList<>()).add(op);
    List<CanvasEvent> saves = new ArrayList<>();
    newOpsByTlid.forEach((tlid, newOps) -> {
      Optional<Canvas.Found> found = canvas.find(tlid);
      if (found.isEmpty()) return;
      List<Op> history = new ArrayList<>(cmd.histories().get(tlid));
      history.addAll(newOps);
      var tl = found.get();
      saves.add(new CanvasEvent.ToplevelSaved(cmd.canvasId(), tlid, history, tl.toplevel(), tl.deleted(),
          RoutingColumns.of(tl.toplevel(), tl.deleted())));
    });
    return saves;
  }
}
