package umbra.service.canvas;

import java.util.List;
import umbra.domain.canvas.Canvas;

/** The answer to {@link ApplyOps}. */
public sealed interface ApplyOpsOutcome {
  /** The request breaks a rule; nothing is to be saved, the reason goes back to the user. */
  record Rejected(String reason) implements ApplyOpsOutcome {}

  /**
   * The canvas changed since the client read it ({@link ApplyOps#expectedVersion}); nothing is
   * saved. The client reads the canvas again and makes its ops anew.
   *
   * @param expected the version the client read
   * @param current the version stored now
   */
  record Stale(long expected, long current) implements ApplyOpsOutcome {
    public String reason() {
      return "the canvas changed since you read it (version " + expected + ", now " + current
          + "); pull or push again";
    }
  }

  /**
   * @param events what to persist
   * @param canvas the toplevels rebuilt for this request (the touched ones, plus every live DB
   *     when they were needed), which add_op returns to the client
   * @param version the canvas's version once the events are saved
   */
  record Applied(List<CanvasEvent> events, Canvas canvas, long version) implements ApplyOpsOutcome {
    public Applied { events = List.copyOf(events); }
  }
}
