package umbra.domain.trace;

import java.util.Optional;
import umbra.domain.value.Dval;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Repr;

/**
 * How a traced execution ended, kept with its trace so a failure can be diagnosed later: the
 * response status (0 for workers, crons and functions), the Dark error when the result is one, the
 * toplevel and expression where that error arose (when known), and how long the execution took.
 *
 * @param error what went wrong, in Dark's words; empty for a run that produced a value
 * @param errorAt where the error arose; empty when unknown
 * @param durationMicros the whole execution, as measured by whoever ran it (0 when unmeasured)
 */
public record TraceOutcome(int status, Optional<String> error, Optional<ErrorSource.At> errorAt, long durationMicros) {

  /**
   * The outcome of a run that ended with {@code value} (or was stopped by a limit, with that
   * limit's message).
   */
  public static TraceOutcome of(Dval value, Optional<String> stoppedByLimit, int status) {
    return new TraceOutcome(status, stoppedByLimit.or(() -> failure(value)), Optional.empty(), 0);
  }

  /** A 404: no code ran. */
  public static TraceOutcome notFound() { return new TraceOutcome(404, Optional.empty(), Optional.empty(), 0); }

  /** Why a result counts as a failure: an error, an incomplete value, or the error rail's Nothing or Error. */
  public static Optional<String> failure(Dval value) {
    return switch (value) {
      case Dval.DError e -> Optional.of(e.message());
      case Dval.DIncomplete i -> Optional.of("the result is incomplete (a blank in the code, or a value that was)");
      case Dval.DErrorRail r when r.value() instanceof Dval.DNothing || r.value() instanceof Dval.DErr ->
          Optional.of("the code ended on the error rail: " + Repr.toRepr(r.value()));
      default -> Optional.empty();
    };
  }

  public TraceOutcome withDuration(long micros) { return new TraceOutcome(status, error, errorAt, micros); }

  public TraceOutcome withErrorAt(Optional<ErrorSource.At> at) { return new TraceOutcome(status, error, at, durationMicros); }
}
