package umbra.service.queue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.Outcome;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.domain.value.Repr;
import umbra.service.http.HttpEvent;
import umbra.service.trace.TraceRecording;

/** One worker's or cron's execution: runs to its value, stopping at each effect for its answer. */
public final class EventRun {
  private final UUID canvasId;
  private final UUID traceId;
  private final long handlerTlid;
  private final TraceDesc desc;
  private final Dval input;
  private final Evaluation evaluation;

  EventRun(UUID canvasId, UUID traceId, long handlerTlid, TraceDesc desc, Dval input, Evaluation evaluation) {
    this.canvasId = canvasId;
    this.traceId = traceId;
    this.handlerTlid = handlerTlid;
    this.desc = desc;
    this.input = input;
    this.evaluation = evaluation;
  }

  EventStep start() { return next(evaluation.run()); }

  EventStep resume(Dval answer) { return next(evaluation.resume(answer)); }

  private EventStep next(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Suspended s -> new EventStep.NeedsEffect(s.request(), this);
      case Outcome.Done d -> finish(d.value());
    };
  }

  /** Umbra counts a run that ends in an error as failed, so it is retried (Dark dropped it). */
  private EventStep finish(Dval value) {
    Optional<String> failure = evaluation.stoppedByLimit().or(() -> switch (value) {
      case Dval.DError e -> Optional.of(e.message());
      case Dval.DIncomplete i -> Optional.of("the handler's result is incomplete (a blank in its code?)");
      case Dval.DErrorRail r when r.value() instanceof Dval.DNothing || r.value() instanceof Dval.DErr ->
          Optional.of("the handler ended on the error rail: " + Repr.toRepr(r.value()));
      default -> Optional.empty();
    });
    var trace = new HttpEvent.TraceRecorded(canvasId, traceId, handlerTlid, desc, input,
        TraceRecording.results(evaluation.functionResults()), TraceRecording.arguments(evaluation.functionArguments()));
    return new EventStep.Finished(true, failure, List.of(trace));
  }
}
