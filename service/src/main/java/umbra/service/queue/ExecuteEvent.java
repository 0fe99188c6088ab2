package umbra.service.queue;

import java.util.Map;
import java.util.UUID;
import umbra.domain.canvas.Canvas;
import umbra.domain.eval.Cancellation;
import umbra.domain.queue.EventDesc;
import umbra.domain.value.Dval;

/**
 * Run a queued event (or a cron's run) on its canvas: the handlers with the event's
 * description, the canvas's functions, datastores and secrets, as the handler layer loaded them;
 * {@code cancellation} stops the run early (its time is up).
 */
public record ExecuteEvent(UUID canvasId, Canvas canvas, Map<String, String> secrets, EventDesc desc, Dval value,
    UUID traceId, Cancellation cancellation) {
  public ExecuteEvent { secrets = Map.copyOf(secrets); }
}
