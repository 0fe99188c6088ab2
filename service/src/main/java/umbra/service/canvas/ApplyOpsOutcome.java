package umbra.service.canvas;

import java.util.List;
import umbra.domain.canvas.Canvas;

/** The answer to {@link ApplyOps}. */
public sealed interface ApplyOpsOutcome {
  /** The request breaks a rule; nothing is to be saved, the reason goes back to the user. */
  record Rejected(String reason) implements ApplyOpsOutcome {}

  /**
   * @param events what to persist
   * @param canvas the toplevels rebuilt for this request (the touched ones, plus every live DB
   *     when they were needed), which add_op returns to the client
   */
  record Applied(List<CanvasEvent> events, Canvas canvas) implements ApplyOpsOutcome {
    public Applied { events = List.copyOf(events); }
  }
}
