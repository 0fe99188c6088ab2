package umbra.service.queue;

import java.util.List;
import java.util.UUID;
import umbra.domain.eval.Outcome;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.service.http.HttpEvent;
import umbra.service.trace.TracedRun;

/** One worker's or cron's execution: runs to its value, stopping at each effect for its answer. */
public final class EventRun {
  private final UUID canvasId;
  private final UUID traceId;
  private final long handlerTlid;
  private final TraceDesc desc;
  private final Dval input;
  private final TracedRun run;

  EventRun(UUID canvasId, UUID traceId, long handlerTlid, TraceDesc desc, Dval input, TracedRun run) {
    this.canvasId = canvasId;
    this.traceId = traceId;
    this.handlerTlid = handlerTlid;
    this.desc = desc;
    this.input = input;
    this.run = run;
  }

  EventStep start() { return next(run.start()); }

  EventStep resume(Dval answer, long tookNanos) { return next(run.resume(answer, tookNanos)); }

  private EventStep next(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Suspended s -> new EventStep.NeedsEffect(s.request(), this);
      case Outcome.Done d -> finish(d.value());
    };
  }

  /** Umbra counts a run that ends in an error as failed, so it is retried (Dark dropped it). */
  private EventStep finish(Dval value) {
    TraceOutcome outcome = run.outcome(value, 0);
    var trace = new HttpEvent.TraceRecorded(canvasId, traceId, handlerTlid, desc, run.redacted(input), run.results(),
        run.arguments(), outcome);
    return new EventStep.Finished(true, outcome.error(), List.of(trace));
  }
}
