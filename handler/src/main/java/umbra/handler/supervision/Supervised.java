package umbra.handler.supervision;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread that does not die silently: it runs its {@link Body} again and again until
 * {@link #close}; whatever the body throws ({@code OutOfMemoryError} included) is caught, logged
 * once per burst of failures, and followed by a pause that doubles up to {@link Backoff#max}
 * before the body runs again. The body calls {@link #progress} when it did useful work, which
 * ends a burst (the recovery is logged) and resets the pause. {@link #state} is what health shows.
 */
public final class Supervised implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Supervised.class);

  /** One run of the loop; returning normally means "run me again" (unless stopping). */
  @FunctionalInterface
  public interface Body {
    void run(Supervised self) throws Exception;
  }

  /** The pause after a failure: {@code first}, doubling up to {@code max}. */
  public record Backoff(Duration first, Duration max) {
    public static Backoff fixed(Duration d) { return new Backoff(d, d); }

    Duration after(Duration previous) {
      Duration twice = previous.multipliedBy(2);
      return twice.compareTo(max) > 0 ? max : twice;
    }
  }

  /** What health shows of one supervised thread. */
  public enum Status { RUNNING, RESTARTING, DEAD, STOPPED }

  /**
   * @param restarts how many times the body failed and was run again since start
   * @param lastError the newest failure, while the thread is restarting or dead
   */
  public record State(String name, Status status, long restarts, Optional<String> lastError) {
    public boolean healthy() { return status == Status.RUNNING || status == Status.STOPPED; }
  }

  private final String name;
  private final Body body;
  private final Backoff backoff;
  private final Thread thread;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicLong restarts = new AtomicLong();
  private volatile boolean stopping;
  private volatile boolean failing;
  private volatile String lastError;
  /** Touched only by the supervised thread. */
  private long suppressed;
  private Duration nextPause;

  private Supervised(String name, Body body, Backoff backoff) {
    this.name = name;
    this.body = body;
    this.backoff = backoff;
    this.nextPause = backoff.first();
    this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this::loop);
  }

  /** Starts a daemon thread named {@code name} running {@code body} under supervision. */
  public static Supervised start(String name, Backoff backoff, Body body) {
    var s = new Supervised(name, body, backoff);
    s.thread.start();
    return s;
  }

  public String name() { return name; }

  /** The body did useful work: a burst of failures (if any) is over. */
  public void progress() {
    if (!failing) return;
    failing = false;
    nextPause = backoff.first();
    lastError = null;
    quietly(() -> LOG.info("{} recovered after {} failure(s)", name, suppressed + 1));
    suppressed = 0;
  }

  public boolean stopping() { return stopping; }

  /**
   * Waits {@code d}, or less when {@link #close} is called meanwhile.
   *
   * @return false when stopping
   */
  public boolean pause(Duration d) throws InterruptedException {
    return !stopped.await(d.toNanos(), TimeUnit.NANOSECONDS);
  }

  public State state() {
    Status status;
    if (stopping && !thread.isAlive()) status = Status.STOPPED;
    else if (!thread.isAlive()) status = Status.DEAD;
    else if (failing) status = Status.RESTARTING;
    else status = Status.RUNNING;
    return new State(name, status, restarts.get(), Optional.ofNullable(status == Status.RUNNING ? null : lastError));
  }

  /** The thread, for owners that must wake it (unpark) themselves. */
  public Thread thread() { return thread; }

  private void loop() {
    while (!stopping) {
      try {
        body.run(this);
      } catch (Throwable t) { // an OutOfMemoryError must not end the thread: the next run may well succeed
        if (stopping) break;
        failed(t);
        try {
          if (!pause(nextPause)) break;
        } catch (InterruptedException e) {
          if (stopping) break;
        }
        nextPause = backoff.after(nextPause);
      }
    }
  }

  private void failed(Throwable t) {
    restarts.incrementAndGet();
    lastError = String.valueOf(t);
    if (failing) {
      suppressed++;
      return;
    }
    failing = true;
    quietly(() -> LOG.warn("{} failed; restarting it (further failures are counted until it recovers)", name, t));
  }

  /** Logging itself may fail when memory is short; the loop must go on regardless. */
  private static void quietly(Runnable log) {
    try {
      log.run();
    } catch (Throwable ignored) {
      // nothing left to tell it with
    }
  }

  /** Asks the body to stop without waiting for it (to stop several threads at once, then {@link #close} each). */
  public void stop() {
    stopping = true;
    stopped.countDown();
  }

  /** Waits at most {@code wait} for the thread to end (after its body called {@link #stop}, say); true when it did. */
  public boolean join(Duration wait) {
    try {
      thread.join(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  /**
   * Asks the body to stop ({@link #stopping} is true, {@link #pause} returns), waits at most
   * {@code wait} for it, and says whether it ended.
   */
  public boolean close(Duration wait, boolean interrupt) {
    stop();
    if (interrupt) thread.interrupt();
    return join(wait);
  }

  @Override public void close() { close(Duration.ofSeconds(5), false); }
}
