package umbra.service.execution;

import java.util.List;
import java.util.Map;
import umbra.domain.canvas.Canvas;
import umbra.domain.eval.Cancellation;
import umbra.domain.value.Dval;

/**
 * Run a handler's, worker's, cron's or REPL's current code for real with a stored trace's input
 * (the editor's replay; backend.md 5.4 {@code trigger_handler}); {@code cancellation} stops it early.
 */
public record ReplayTrace(Canvas canvas, Map<String, String> secrets, long tlid, List<Map.Entry<String, Dval>> input,
    Cancellation cancellation) {
  public ReplayTrace {
    secrets = Map.copyOf(secrets);
    input = List.copyOf(input);
  }
}
