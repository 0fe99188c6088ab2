package umbra.handler.http;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A warning a flood repeats (a request turned away, a connection refused), logged at most once per
 * key per interval: the line that is logged counts the occurrences left out since the previous
 * one, so a flood costs a few lines, not one per request.
 *
 * @param <K> what a warning is about (a canvas, or one key for all)
 */
public final class RepeatedWarnings<K> {
  /**
   * @param lineAt when the key's latest line was due ({@link System#nanoTime})
   * @param leftOut occurrences since that line, not logged yet
   * @param due occurrences the line due now stands for; 0 when none is due
   */
  private record Tally(long lineAt, long leftOut, long due) {}

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<K, Tally> tallies = new ConcurrentHashMap<>();
  private final AtomicLong sweptAt;

  public RepeatedWarnings(Duration interval, LongSupplier nanoTime) {
    if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be positive");
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.sweptAt = new AtomicLong(nanoTime.getAsLong());
  }

  /**
   * Counts one occurrence of {@code key}'s warning.
   *
   * @return how many occurrences a line logged now stands for (this one and those left out since the
   *     key's previous line), or 0 when the key had a line less than an interval ago
   */
  public long occurred(K key) {
    long now = nanoTime.getAsLong();
    Tally tally = tallies.compute(key, (k, old) -> {
      if (old == null) return new Tally(now, 0, 1);
      if (now - old.lineAt() >= intervalNanos) return new Tally(now, 0, old.leftOut() + 1);
      return new Tally(old.lineAt(), old.leftOut() + 1, 0);
    });
    if (tally.due() > 0) forgetQuietKeys(now);
    return tally.due();
  }

  /**
   * Drops, once an interval, the keys whose line is over an interval old and that left nothing out:
   * their next occurrence is logged at once either way, and a flood from ever new keys (addresses)
   * must not grow the map.
   */
  private void forgetQuietKeys(long now) {
    long last = sweptAt.get();
    if (now - last < intervalNanos || !sweptAt.compareAndSet(last, now)) return;
    tallies.entrySet().removeIf(e -> now - e.getValue().lineAt() >= intervalNanos && e.getValue().leftOut() == 0);
  }
}
