package umbra.service.canvas;

import java.util.List;
import java.util.UUID;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.RoutingColumns;
import umbra.domain.canvas.Toplevel;

/** What applying ops decided; the handler persists each event, all in one transaction. */
public sealed interface CanvasEvent {

  /**
   * A toplevel's row must be rewritten (backend.md 4.4).
   *
   * @param history the toplevel's full op history, stored ops then this request's, undos included
   * @param toplevel the toplevel rebuilt from that history (the cache)
   * @param deleted whether it sits in the deleted set
   * @param routing the routing columns; empty unless a live handler
   */
  record ToplevelSaved(UUID canvasId, long tlid, List<Op> history, Toplevel toplevel, boolean deleted,
      RoutingColumns routing) implements CanvasEvent {
    public ToplevelSaved { history = List.copyOf(history); }
  }

  /** The client's stored op counter rises to {@code ctr} (backend.md 5.4 step 1). */
  record OpCounterAdvanced(UUID canvasId, UUID clientId, long ctr) implements CanvasEvent {}

  /** A request changed the canvas's toplevels: its version rises to {@code version} (one per such request). */
  record VersionAdvanced(UUID canvasId, long version) implements CanvasEvent {}
}
