package umbra.service.http;

import java.util.List;
import umbra.domain.eval.EffectRequest;
import umbra.domain.value.Dval;

/** Where serving a request stands: finished with its events, or waiting for an effect's answer. */
public sealed interface HttpStep {

  /** The events, exactly one of them the {@link HttpEvent.ResponseProduced}. */
  record Finished(List<HttpEvent> events) implements HttpStep {
    public Finished {
      events = List.copyOf(events);
      if (events.stream().filter(e -> e instanceof HttpEvent.ResponseProduced).count() != 1) {
        throw new IllegalArgumentException("a finished request has exactly one response");
      }
    }

    public HttpEvent.ResponseProduced response() {
      return events.stream().filter(e -> e instanceof HttpEvent.ResponseProduced)
          .map(HttpEvent.ResponseProduced.class::cast).findFirst().orElseThrow();
    }
  }

  /** The handler's code needs the outside world; answer with {@link HandlerRun#resume}. */
  record NeedsEffect(EffectRequest request, HandlerRun run) implements HttpStep {
    /** @param tookNanos how long finding the answer took; the trace keeps it */
    public HttpStep resume(Dval answer, long tookNanos) { return run.resume(answer, tookNanos); }
  }
}
