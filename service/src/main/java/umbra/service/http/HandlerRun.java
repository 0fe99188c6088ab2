package umbra.service.http;

import java.util.ArrayList;
import java.util.Optional;
import umbra.domain.eval.Outcome;
import umbra.domain.http.BasicResponse;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.LegacyResponse;
import umbra.domain.http.ResponseLimit;
import umbra.domain.http.Responses;
import umbra.domain.http.WireResponse;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.service.trace.TracedRun;

/**
 * One handler's execution for one request: it runs until the handler's value is known, stopping
 * at each effect for its answer, then turns the value into the response and the trace.
 */
public final class HandlerRun {
  private final ExecuteHttpRequest cmd;
  private final long handlerTlid;
  private final boolean legacy;
  private final Dval input;
  private final TraceDesc desc;
  private final boolean traced;
  private final TracedRun run;
  private final ResponseLimit responseLimit;

  HandlerRun(ExecuteHttpRequest cmd, long handlerTlid, boolean legacy, Dval input, TraceDesc desc, boolean traced,
      TracedRun run, ResponseLimit responseLimit) {
    this.cmd = cmd;
    this.handlerTlid = handlerTlid;
    this.legacy = legacy;
    this.input = input;
    this.desc = desc;
    this.traced = traced;
    this.run = run;
    this.responseLimit = responseLimit;
  }

  HttpStep start() { return next(run.start()); }

  HttpStep resume(Dval answer, long tookNanos) { return next(run.resume(answer, tookNanos)); }

  private HttpStep next(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Suspended s -> new HttpStep.NeedsEffect(s.request(), this);
      case Outcome.Done d -> finish(d.value());
    };
  }

  private HttpStep finish(Dval value) {
    Optional<String> stopped = run.evaluation().stoppedByLimit();
    Optional<HttpResponse> converted = stopped.isPresent() ? Optional.empty() : response(value);
    HttpResponse response = converted.orElseGet(() -> Responses.limitExceeded(stopped.orElse(responseLimit.message())));
    var events = new ArrayList<HttpEvent>();
    events.add(new HttpEvent.ResponseProduced(
        WireResponse.finish(response, cmd.executionId(), cmd.request().isHead())));
    if (traced) {
      var outcome = stopped.isEmpty() && converted.isEmpty()
          ? run.refused(responseLimit.message(), response.status()) : run.outcome(value, response.status());
      events.add(new HttpEvent.TraceRecorded(cmd.canvas().canvasId(), cmd.traceId(), handlerTlid, desc, run.redacted(input),
          run.results(), run.arguments(), outcome));
    }
    return new HttpStep.Finished(events);
  }

  /** The handler's value as its response; empty when the body would be over the size limit. */
  private Optional<HttpResponse> response(Dval value) {
    if (!legacy) return Optional.of(BasicResponse.from(value)).filter(r -> !responseLimit.exceededBy(r));
    if (responseLimit.surelyExceededBy(value)) return Optional.empty(); // refused before encoding a byte
    return Optional.of(LegacyResponse.from(value, cmd.canvas().cors(), cmd.request()))
        .filter(r -> !responseLimit.exceededBy(r));
  }
}
