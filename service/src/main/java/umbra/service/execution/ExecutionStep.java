package umbra.service.execution;

import java.util.List;
import java.util.Optional;
import umbra.domain.eval.EffectRequest;
import umbra.domain.http.HttpResponse;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;

/** Where a replay or a play stands: waiting for an effect's answer, or finished with what the trace keeps. */
public sealed interface ExecutionStep {

  /** The code needs the outside world; answer with {@link #resume}. */
  record NeedsEffect(EffectRequest request, Execution execution) implements ExecutionStep {
    /** @param tookNanos how long finding the answer took; the trace keeps it */
    public ExecutionStep resume(Dval answer, long tookNanos) { return execution.resume(answer, tookNanos); }
  }

  /**
   * Done: the result, the response an HTTP handler's result becomes, and what the trace keeps
   * (the results of the non-pure calls, the arguments of user functions, how it ended).
   */
  record Finished(Dval result, Optional<HttpResponse> response, List<RecordedResult> results,
      List<RecordedArguments> arguments, TraceOutcome outcome) implements ExecutionStep {
    public Finished {
      results = List.copyOf(results);
      arguments = List.copyOf(arguments);
    }
  }
}
