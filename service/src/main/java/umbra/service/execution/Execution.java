package umbra.service.execution;

import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Function;
import umbra.domain.eval.Outcome;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.Responses;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;
import umbra.service.trace.TracedRun;

/** One replay or play in progress: runs to its value, stopping at each effect for its answer. */
public final class Execution {
  private final TracedRun run;
  /** How the result becomes a response: present for HTTP handlers only. */
  private final Optional<Function<Dval, HttpResponse>> respond;
  /** For a play, the stored result of the call itself (given the result); absent for a replay. */
  private final Optional<Function<Dval, RecordedResult>> callResult;

  Execution(TracedRun run, Optional<Function<Dval, HttpResponse>> respond,
      Optional<Function<Dval, RecordedResult>> callResult) {
    this.run = run;
    this.respond = respond;
    this.callResult = callResult;
  }

  public ExecutionStep start() { return next(run.start()); }

  ExecutionStep resume(Dval answer, long tookNanos) { return next(run.resume(answer, tookNanos)); }

  private ExecutionStep next(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Suspended s -> new ExecutionStep.NeedsEffect(s.request(), this);
      case Outcome.Done d -> finish(d.value());
    };
  }

  private ExecutionStep finish(Dval value) {
    Optional<HttpResponse> response = respond.map(r -> run.evaluation().stoppedByLimit()
        .map(Responses::limitExceeded).orElseGet(() -> r.apply(value)));
    var results = new ArrayList<>(run.results());
    callResult.ifPresent(c -> results.add(c.apply(run.redacted(value))));
    return new ExecutionStep.Finished(value, response, results, run.arguments(),
        run.outcome(value, response.map(HttpResponse::status).orElse(0)));
  }

}
