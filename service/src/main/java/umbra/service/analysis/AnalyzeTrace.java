package umbra.service.analysis;

import java.util.List;
import java.util.Map;
import umbra.domain.canvas.Canvas;
import umbra.domain.eval.Cancellation;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;

/**
 * Compute the live values of one toplevel (a handler or a function) for one stored trace: its
 * input bindings and the results its non-pure calls had, as the handler layer loaded them. Without
 * {@code revealSecrets} (a caller who may only read the canvas) secrets are incomplete values, so
 * no live value shows one. {@code cancellation} stops the run early (its time is up).
 */
public record AnalyzeTrace(Canvas canvas, Map<String, String> secrets, boolean revealSecrets, long tlid,
    List<Map.Entry<String, Dval>> input, List<RecordedResult> results, Cancellation cancellation) {
  public AnalyzeTrace {
    secrets = Map.copyOf(secrets);
    input = List.copyOf(input);
    results = List.copyOf(results);
  }
}
