package umbra.handler.traces;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import umbra.service.http.HttpEvent;

/**
 * How many traces per second each handler may store (and the 404s of each canvas, together).
 * The editor shows a handler's ten newest traces; storing thirty thousand a second of one hot
 * handler would only make PostgreSQL compete with the requests. A handler over its budget
 * keeps serving; its extra traces are shed and counted. Other handlers are not affected.
 *
 * <p>Each key has a leaky bucket kept as one number, the time its next trace is due (GCRA):
 * a trace is admitted while that time is at most {@code burst} intervals ahead of now.
 */
public final class TraceBudget {
  private record Key(UUID canvasId, long handlerTlid) {}

  /** 404s are keyed by canvas, so that random paths cannot grow the table. */
  private static final long NOT_FOUND = Long.MIN_VALUE;

  private final boolean unlimited;
  private final long intervalNanos;
  private final long burstNanos;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<Key, AtomicLong> due = new ConcurrentHashMap<>();

  /**
   * @param perSecond traces per second each handler may store on average
   * @param burst how many traces in a row a quiet handler may store at once
   */
  public TraceBudget(double perSecond, int burst, LongSupplier nanoClock) {
    this(false, perSecond, burst, nanoClock);
  }

  private TraceBudget(boolean unlimited, double perSecond, int burst, LongSupplier nanoClock) {
    if (perSecond <= 0 || burst <= 0) throw new IllegalArgumentException("the budget must be positive");
    this.unlimited = unlimited;
    this.intervalNanos = Math.max(1, (long) (1_000_000_000L / perSecond));
    this.burstNanos = intervalNanos * burst;
    this.nanoClock = nanoClock;
  }

  /** No limit: every trace is admitted (then only the writer's queue can overflow). */
  public static TraceBudget unlimited() { return new TraceBudget(true, 1, 1, () -> 0L); }

  public boolean admit(HttpEvent event) {
    if (unlimited) return true;
    Key key = switch (event) {
      case HttpEvent.TraceRecorded t -> new Key(t.canvasId(), t.handlerTlid());
      case HttpEvent.NotFoundRecorded n -> new Key(n.canvasId(), NOT_FOUND);
      case HttpEvent.ResponseProduced r -> throw new IllegalArgumentException("a response is not a trace");
    };
    long now = nanoClock.getAsLong();
    AtomicLong next = due.computeIfAbsent(key, k -> new AtomicLong(now));
    while (true) {
      long tat = next.get();
      long start = Math.max(tat, now);
      if (start - now > burstNanos - intervalNanos) return false;
      if (next.compareAndSet(tat, start + intervalNanos)) return true;
    }
  }
}
