package umbra.domain.eval;

import java.util.Optional;

/**
 * The caller's way to stop an evaluation early: its time is up, or nobody waits for its result
 * any more. The domain has no clock and no connections, so it cannot know either itself; and it
 * cannot hand control back from the middle of direct code as it does at an effect. So the
 * evaluation asks: every {@link Evaluation#CANCELLATION_EVERY} steps, and each time it starts or
 * resumes after an effect. A reason ends the run as a {@link Limits limit} does, with a Dark
 * error saying why.
 */
@FunctionalInterface
public interface Cancellation {
  /** For runs only their limits stop. */
  Cancellation NEVER = Optional::empty;

  /** Empty to go on; otherwise why the run must stop, as the user reads it (the run's error). */
  Optional<String> reason();

  /** Stops when this or {@code other} says so, with this one's reason first. */
  default Cancellation or(Cancellation other) {
    return () -> reason().or(other::reason);
  }
}
