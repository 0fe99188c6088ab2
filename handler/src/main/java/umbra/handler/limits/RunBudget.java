package umbra.handler.limits;

import java.time.Duration;
import umbra.domain.eval.Limits;

/**
 * What one run of a kind (a request, a worker's run, a replay, a test) may spend: the
 * interpreter's {@link Limits} and the wall-clock time, enforced by a {@link Deadline}.
 *
 * @param limits the evaluation's budgets (steps, pending frames)
 * @param time the longest the run may take, effects included
 */
public record RunBudget(Limits limits, Duration time) {
  public RunBudget {
    if (time.isNegative() || time.isZero()) throw new IllegalArgumentException("a run's time must be positive");
  }

  /** The deadline of a run that starts now; {@code what} names it in its error ({@code "the request"}). */
  public Deadline deadline(String what) { return Deadline.after(time, what); }

  public RunBudget withLimits(Limits l) { return new RunBudget(l, time); }

  public RunBudget withTime(Duration t) { return new RunBudget(limits, t); }
}
