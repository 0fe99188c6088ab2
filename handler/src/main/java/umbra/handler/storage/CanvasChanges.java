package umbra.handler.storage;

import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Tells every Umbra process on this database that a canvas changed (its ops, secrets or
 * settings), through PostgreSQL's NOTIFY: sent inside the writing transaction, it is delivered
 * only if and when that transaction commits. Servers drop their cached copy of the canvas.
 */
public final class CanvasChanges {
  /** The channel; the payload is the canvas id. */
  public static final String CHANNEL = "umbra_canvas_changed";

  private CanvasChanges() {}

  public static void notify(Handle h, UUID canvasId) {
    h.execute("SELECT pg_notify(?, ?)", CHANNEL, canvasId.toString());
  }
}
