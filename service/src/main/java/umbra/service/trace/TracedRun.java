package umbra.service.trace;

import java.util.List;
import java.util.Optional;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.eval.TraceEvents;
import umbra.domain.syntax.Expr;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.SecretRedaction;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * One run of a toplevel's code, and what its trace keeps when it ends: the answers of its
 * non-pure calls, its user functions' arguments, and how it ended ({@link TraceOutcome}, with
 * where an error arose). Requests, queued events and replays all run this way.
 */
public final class TracedRun {
  private final ExecutionState state;
  private final Expr code;
  private final Symtable env;
  private final Evaluation evaluation;
  /** The canvas's secrets, kept out of everything the trace stores. */
  private final SecretRedaction redaction;

  public TracedRun(ExecutionState state, Expr code, Symtable env) {
    this(state, code, env, Evaluation.start(state, code, env));
  }

  private TracedRun(ExecutionState state, Expr code, Symtable env, Evaluation evaluation) {
    this.state = state;
    this.code = code;
    this.env = env;
    this.evaluation = evaluation;
    this.redaction = SecretRedaction.ofGlobals(state.globals());
  }

  /** One call of a function value on arguments (the editor's play); an error's origin is not looked for. */
  public static TracedRun calling(ExecutionState state, Dval function, List<Dval> args) {
    return new TracedRun(state, null, null, Evaluation.startCall(state, function, args));
  }

  public Outcome start() { return evaluation.run(); }

  /** @param tookNanos how long finding the answer took; the trace keeps it */
  public Outcome resume(Dval answer, long tookNanos) { return evaluation.resume(answer, tookNanos); }

  public Evaluation evaluation() { return evaluation; }

  /** How the run ended with {@code value}; {@code status} is the response's (0 when there is none). */
  public TraceOutcome outcome(Dval value, int status) {
    TraceOutcome outcome = TraceOutcome.of(value, evaluation.stoppedByLimit(), status);
    if (outcome.error().isEmpty() || evaluation.stoppedByLimit().isPresent() || !state.recordTraces() || code == null) {
      return redaction.outcome(outcome);
    }
    List<Dval> answers = evaluation.functionResults().stream().map(TraceEvents.FunctionResult::result).toList();
    return redaction.outcome(outcome.withErrorAt(ErrorOrigin.find(state, code, env, answers, value)));
  }

  /**
   * How a run ended whose value the server would not send ({@code why}: its response was over the
   * size limit); {@code status} is the response's.
   */
  public TraceOutcome refused(String why, int status) {
    return redaction.outcome(new TraceOutcome(status, Optional.of(why), Optional.empty(), 0));
  }

  /** The answers of the run's non-pure calls, secrets redacted ({@link SecretRedaction}). */
  public List<RecordedResult> results() {
    return TraceRecording.results(evaluation.functionResults()).stream().map(redaction::result).toList();
  }

  /** The arguments of the run's user-function calls, secrets redacted. */
  public List<RecordedArguments> arguments() {
    return TraceRecording.arguments(evaluation.functionArguments()).stream().map(redaction::arguments).toList();
  }

  /** A value the trace stores besides these (the request, the event, a play's result), secrets redacted. */
  public Dval redacted(Dval value) { return redaction.value(value); }
}
