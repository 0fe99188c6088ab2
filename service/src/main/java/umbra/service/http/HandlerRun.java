package umbra.service.http;

import java.util.ArrayList;
import java.util.List;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.Outcome;
import umbra.domain.http.BasicResponse;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.LegacyResponse;
import umbra.domain.http.Responses;
import umbra.domain.http.WireResponse;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.service.trace.TraceRecording;

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
  private final Evaluation evaluation;

  HandlerRun(ExecuteHttpRequest cmd, long handlerTlid, boolean legacy, Dval input, TraceDesc desc, boolean traced,
      Evaluation evaluation) {
    this.cmd = cmd;
    this.handlerTlid = handlerTlid;
    this.legacy = legacy;
    this.input = input;
    this.desc = desc;
    this.traced = traced;
    this.evaluation = evaluation;
  }

  HttpStep start() { return next(evaluation.run()); }

  HttpStep resume(Dval answer) { return next(evaluation.resume(answer)); }

  private HttpStep next(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Suspended s -> new HttpStep.NeedsEffect(s.request(), this);
      case Outcome.Done d -> finish(d.value());
    };
  }

  private HttpStep finish(Dval value) {
    HttpResponse response = evaluation.stoppedByLimit().map(Responses::limitExceeded)
        .orElseGet(() -> legacy ? LegacyResponse.from(value, cmd.canvas().cors(), cmd.request()) : BasicResponse.from(value));
    var events = new ArrayList<HttpEvent>();
    events.add(new HttpEvent.ResponseProduced(
        WireResponse.finish(response, cmd.executionId(), cmd.request().isHead())));
    if (traced) {
      events.add(new HttpEvent.TraceRecorded(cmd.canvas().canvasId(), cmd.traceId(), handlerTlid, desc, input,
          TraceRecording.results(evaluation.functionResults()),
          TraceRecording.arguments(evaluation.functionArguments())));
    }
    return new HttpStep.Finished(events);
  }
}
