package umbra.service.queue;

import java.util.List;
import java.util.Optional;
import umbra.domain.eval.EffectRequest;
import umbra.domain.value.Dval;
import umbra.service.http.HttpEvent;

/** Where running an event stands: waiting for an effect's answer, or finished. */
public sealed interface EventStep {

  /** The handler's code needs the outside world; answer with {@link #resume}. */
  record NeedsEffect(EffectRequest request, EventRun run) implements EventStep {
    /** @param tookNanos how long finding the answer took; the trace keeps it */
    public EventStep resume(Dval answer, long tookNanos) { return run.resume(answer, tookNanos); }
  }

  /**
   * Done. {@code failure} says why the run counts as failed (its result is an error, or a limit
   * stopped it), empty when it succeeded or when no handler exists ({@code handled} false: the
   * event is kept as a 404 trace). {@code traces} are the trace events to store.
   */
  record Finished(boolean handled, Optional<String> failure, List<HttpEvent> traces) implements EventStep {
    public Finished { traces = List.copyOf(traces); }
  }
}
