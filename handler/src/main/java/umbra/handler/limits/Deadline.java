package umbra.handler.limits;

import java.time.Duration;
import java.util.Optional;
import umbra.domain.eval.Cancellation;

/**
 * A run's wall-clock limit, as the {@link Cancellation} the interpreter asks: it says stop once
 * the time is up. Measured on {@link System#nanoTime}, which no clock adjustment moves. The
 * evaluation asks every few thousand steps and whenever an effect returns, so a run over its time
 * ends a moment after its deadline, or as soon as the call it was waiting on comes back.
 */
public final class Deadline implements Cancellation {
  private final long endsAt; // System.nanoTime
  private final String reason;

  private Deadline(long endsAt, String reason) {
    this.endsAt = endsAt;
    this.reason = reason;
  }

  /** {@code limit} from now; {@code what} names the run in its error ({@code "the request"}). */
  public static Deadline after(Duration limit, String what) {
    return new Deadline(System.nanoTime() + limit.toNanos(),
        "Execution stopped: " + what + " took longer than its limit of " + shown(limit));
  }

  @Override public Optional<String> reason() {
    return System.nanoTime() - endsAt >= 0 ? Optional.of(reason) : Optional.empty();
  }

  /** {@code 30 s}, or {@code 250 ms} for a limit that is not whole seconds. */
  static String shown(Duration limit) {
    return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }
}
