package umbra.service.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.Outcome;
import umbra.domain.eval.TraceEvents;
import umbra.domain.http.BasicResponse;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.LegacyResponse;
import umbra.domain.http.Responses;
import umbra.domain.http.WireResponse;
import umbra.domain.trace.ArgumentHash;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;

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
          results(evaluation.functionResults()), arguments(evaluation.functionArguments())));
    }
    return new HttpStep.Finished(events);
  }

  /** backend.md 3.5 step 2: a later call with the same site and arguments replaces the earlier result. */
  private static List<RecordedResult> results(List<TraceEvents.FunctionResult> answered) {
    var byKey = new LinkedHashMap<List<Object>, RecordedResult>();
    for (TraceEvents.FunctionResult r : answered) {
      String hash = ArgumentHash.v1(r.args());
      String name = r.function().toString();
      var recorded = new RecordedResult(r.tlid(), name, r.callSiteId(), hash, ArgumentHash.VERSION, r.result());
      List<Object> key = List.of(r.tlid(), name, r.callSiteId(), hash);
      byKey.remove(key);
      byKey.put(key, recorded);
    }
    return List.copyOf(byKey.values());
  }

  private static List<RecordedArguments> arguments(List<TraceEvents.FunctionArguments> calls) {
    var out = new ArrayList<RecordedArguments>(calls.size());
    for (TraceEvents.FunctionArguments a : calls) out.add(new RecordedArguments(a.tlid(), Map.copyOf(a.args())));
    return out;
  }
}
