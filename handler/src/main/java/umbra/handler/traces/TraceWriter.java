package umbra.handler.traces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.handler.supervision.Supervised;
import umbra.service.http.HttpEvent;

/**
 * Keeps traces and 404s without making a request wait (backend.md 3.5: "in the background"): a
 * queue bounded in traces and in (estimated) bytes that one supervised thread empties in batches,
 * each batch one transaction. When the queue is full the newest trace is dropped and counted; a
 * batch that fails in any way (an {@code OutOfMemoryError} included) is written again trace by
 * trace, and what still fails is counted and dropped; {@link #close} stops accepting, writes what
 * is queued and says how much it could not.
 */
public final class TraceWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TraceWriter.class);

  /**
   * What the writer did so far, for the health endpoint.
   *
   * @param shed traces over their handler's {@link TraceBudget}, never queued
   * @param dropped traces that found the queue full (or the writer closing)
   * @param failed traces that could not be encoded or written
   */
  public record Stats(long queued, long written, long shed, long dropped, long failed) {}

  /**
   * How much may wait and how it is written.
   *
   * @param capacity how many traces may wait; more are dropped
   * @param maxBytes how many bytes (estimated, {@link TraceSize}) the waiting traces may take
   * @param batchSize how many traces one transaction writes at most
   * @param batchBytes how many encoded bytes one transaction writes at most (one trace always goes)
   * @param stallAfter how long traces may wait without a batch being written before health says so
   */
  public record Limits(int capacity, long maxBytes, int batchSize, long batchBytes, Duration stallAfter) {
    public Limits {
      if (capacity <= 0 || batchSize <= 0 || maxBytes <= 0 || batchBytes <= 0) {
        throw new IllegalArgumentException("capacity and batch size must be positive");
      }
    }

    /** 64 MiB of waiting traces, 8 MiB per COPY, 30 seconds without progress is a stall. */
    public static Limits of(int capacity, int batchSize) {
      return new Limits(capacity, 64L << 20, batchSize, 8L << 20, Duration.ofSeconds(30));
    }
  }

  /** Where a batch goes; the real one is a transaction of COPYs ({@link TraceStore}), a test's may fail. */
  @FunctionalInterface
  interface Store {
    void write(List<TraceRows> batch);
  }

  /** A trace waiting to be encoded and written; encoding happens on the writer's thread, not the request's. */
  private record Queued(HttpEvent event, Instant at, long bytes) {}

  private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Clock clock;
  private final Limits limits;
  private final Store store;
  /** Lock-free, so that fifty request threads offering at once never queue up behind a preempted lock holder. */
  private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong shed = new AtomicLong();
  private final TraceBudget budget;
  private final AtomicLong failed = new AtomicLong();
  private final Supervised worker;
  private volatile boolean closing;
  /** The writer found nothing to do and is waiting. */
  private volatile boolean idle;
  /** Traces taken off the queue and not yet written (or given up). */
  private volatile int inFlight;
  /** System.nanoTime of the last time the writer was seen keeping up (queue empty, or a batch done). */
  private volatile long lastProgress = System.nanoTime();

  public TraceWriter(Jdbi jdbi, Clock clock, int capacity, int batchSize) {
    this(jdbi, clock, capacity, batchSize, TraceBudget.unlimited());
  }

  public TraceWriter(Jdbi jdbi, Clock clock, int capacity, int batchSize, TraceBudget budget) {
    this(jdbi, clock, Limits.of(capacity, batchSize), budget);
  }

  public TraceWriter(Jdbi jdbi, Clock clock, Limits limits, TraceBudget budget) {
    this(clock, limits, budget, postgres(jdbi));
  }

  /** One transaction of COPYs per batch. */
  static Store postgres(Jdbi jdbi) {
    return batch -> jdbi.useTransaction(h -> {
      // traces are best effort (a full queue drops them anyway): no need to wait for the WAL flush
      h.execute("SET LOCAL synchronous_commit = off");
      new TraceStore(h).insert(batch);
    });
  }

  TraceWriter(Clock clock, Limits limits, TraceBudget budget, Store store) {
    this.clock = clock;
    this.limits = limits;
    this.budget = budget;
    this.store = store;
    this.worker = Supervised.start("umbra-trace-writer", Supervised.Backoff.fixed(Duration.ofMillis(100)), this::drain);
  }

  /**
   * Queues a {@link HttpEvent.TraceRecorded} or {@link HttpEvent.NotFoundRecorded}; never blocks.
   *
   * @return false when it was shed (over budget) or dropped (queue full, or the writer is closing)
   */
  public boolean offer(HttpEvent event) {
    if (!(event instanceof HttpEvent.TraceRecorded) && !(event instanceof HttpEvent.NotFoundRecorded)) {
      throw new IllegalArgumentException("not a trace event: " + event.getClass().getSimpleName());
    }
    if (!budget.admit(event)) {
      shed.incrementAndGet();
      return false;
    }
    if (closing || size.incrementAndGet() > limits.capacity()) {
      size.decrementAndGet();
      dropped.incrementAndGet();
      return false;
    }
    long estimate = TraceSize.estimate(event, limits.maxBytes());
    if (bytes.addAndGet(estimate) > limits.maxBytes()) {
      bytes.addAndGet(-estimate);
      size.decrementAndGet();
      dropped.incrementAndGet();
      return false;
    }
    queue.offer(new Queued(event, clock.instant(), estimate));
    if (idle) LockSupport.unpark(worker.thread()); // a trace reaches its event stream without waiting for the next look
    return true;
  }

  public Stats stats() { return new Stats(size.get(), written.get(), shed.get(), dropped.get(), failed.get()); }

  /**
   * The writer's thread as health shows it: restarting or dead as {@link Supervised} says, and
   * also not writing when traces have waited {@link Limits#stallAfter} without a batch written.
   */
  public Supervised.State state() {
    Supervised.State s = worker.state();
    if (!s.healthy() || closing) return s;
    long waited = System.nanoTime() - lastProgress;
    int waiting = size.get() + inFlight;
    if (waiting > 0 && waited > limits.stallAfter().toNanos()) {
      return new Supervised.State(s.name(), Supervised.Status.RESTARTING, s.restarts(), Optional.of(
          waiting + " traces queued and none written for " + TimeUnit.NANOSECONDS.toSeconds(waited) + " s"));
    }
    return s;
  }

  /**
   * Stops accepting, writes what is queued (waiting at most {@code wait}), then stops.
   *
   * @return how many queued traces were not written
   */
  public int close(Duration wait) {
    closing = true;
    LockSupport.unpark(worker.thread());
    if (!worker.join(wait)) worker.stop(); // the writer stops itself once the queue is empty
    int left = size.get() + inFlight;
    if (left > 0) LOG.warn("trace writer stopping after {}: {} queued traces could not be written", wait, left);
    return left;
  }

  @Override public void close() { close(Duration.ofSeconds(20)); }

  /** Runs until closed and empty; a throw restarts it (the batch in hand is counted as failed). */
  private void drain(Supervised self) {
    var batch = new ArrayList<TraceRows>(limits.batchSize());
    try {
      while (true) {
        int taken = take(batch);
        if (taken == 0) {
          lastProgress = System.nanoTime();
          self.progress();
          if (closing) {
            self.stop();
            return;
          }
          idle = true;
          if (queue.isEmpty()) LockSupport.parkNanos(IDLE_WAIT_NANOS); // woken by offer, or look again shortly
          idle = false;
          continue;
        }
        if (!batch.isEmpty()) write(batch);
        batch.clear();
        inFlight = 0;
        lastProgress = System.nanoTime();
        self.progress();
      }
    } finally {
      if (!batch.isEmpty()) failed.addAndGet(batch.size());
      inFlight = 0;
    }
  }

  /** Takes up to a batch's worth off the queue (by count and encoded bytes), encoding each. */
  private int take(List<TraceRows> batch) {
    int taken = 0;
    long encoded = 0;
    long freed = 0;
    Queued item;
    while (taken < limits.batchSize() && encoded < limits.batchBytes() && (item = queue.poll()) != null) {
      taken++;
      freed += item.bytes();
      Optional<TraceRows> rows = encode(item);
      if (rows.isPresent()) {
        batch.add(rows.get());
        encoded += rows.get().size();
      }
    }
    // counted as queued until the whole batch is in hand, so "nothing queued" means the batch is taken
    inFlight = batch.size();
    size.addAndGet(-taken);
    bytes.addAndGet(-freed);
    return taken;
  }

  private Optional<TraceRows> encode(Queued q) {
    try {
      return Optional.of(TraceRows.of(q.event(), q.at()));
    } catch (Throwable e) { // a value too deep or too big to encode: lose this trace, not the writer
      failed.incrementAndGet();
      LOG.warn("could not encode a trace: {}", e.toString());
      return Optional.empty();
    }
  }

  private void write(List<TraceRows> batch) {
    try {
      store.write(batch);
      written.addAndGet(batch.size());
    } catch (Throwable e) { // a canvas deleted meanwhile, a lost connection, memory running out
      writeOneByOne(batch, e);
    }
  }

  /** A batch failed: keep what can be kept. */
  private void writeOneByOne(List<TraceRows> batch, Throwable cause) {
    LOG.warn("could not write a batch of {} traces ({}); writing them one by one", batch.size(), cause.toString());
    for (TraceRows item : batch) {
      try {
        store.write(List.of(item));
        written.incrementAndGet();
      } catch (Throwable e) {
        failed.incrementAndGet();
      }
    }
  }
}
