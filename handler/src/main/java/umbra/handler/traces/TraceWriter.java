package umbra.handler.traces;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
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
import umbra.service.http.HttpEvent;

/**
 * Keeps traces and 404s without making a request wait (backend.md 3.5: "in the background"): a
 * bounded queue that one thread empties in batches, each batch one transaction. When the queue
 * is full the newest trace is dropped and counted; {@link #close} stops accepting and writes
 * what is queued.
 */
public final class TraceWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TraceWriter.class);

  /**
   * What the writer did so far, for the health endpoint.
   *
   * @param shed traces over their handler's {@link TraceBudget}, never queued
   * @param dropped traces that found the queue full (or the writer closing)
   */
  public record Stats(long queued, long written, long shed, long dropped, long failed) {}


  /** A trace waiting to be encoded and written; encoding happens on the writer's thread, not the request's. */
  private record Queued(HttpEvent event, Instant at) {}

  private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Jdbi jdbi;
  private final Clock clock;
  private final int batchSize;
  /** Lock-free, so that fifty request threads offering at once never queue up behind a preempted lock holder. */
  private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int capacity;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong shed = new AtomicLong();
  private final TraceBudget budget;
  private final AtomicLong failed = new AtomicLong();
  private final Thread worker;
  private volatile boolean closing;
  /** The writer found nothing to do and is waiting. */
  private volatile boolean idle;

  /**
   * @param capacity how many traces may wait; more are dropped
   * @param batchSize how many traces one transaction writes at most
   */
  public TraceWriter(Jdbi jdbi, Clock clock, int capacity, int batchSize) {
    this(jdbi, clock, capacity, batchSize, TraceBudget.unlimited());
  }

  public TraceWriter(Jdbi jdbi, Clock clock, int capacity, int batchSize, TraceBudget budget) {
    if (capacity <= 0 || batchSize <= 0) throw new IllegalArgumentException("capacity and batch size must be positive");
    this.budget = budget;
    this.jdbi = jdbi;
    this.clock = clock;
    this.batchSize = batchSize;
    this.capacity = capacity;
    this.worker = Thread.ofPlatform().name("umbra-trace-writer").daemon(true).start(this::drainLoop);
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
    if (closing || size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      dropped.incrementAndGet();
      return false;
    }
    queue.offer(new Queued(event, clock.instant()));
    if (idle) LockSupport.unpark(worker); // a trace reaches its event stream without waiting for the next look
    return true;
  }

  public Stats stats() { return new Stats(size.get(), written.get(), shed.get(), dropped.get(), failed.get()); }

  /** Stops accepting, writes what is queued (waiting at most {@code wait}), then stops. */
  public void close(Duration wait) {
    closing = true;
    try {
      worker.join(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (worker.isAlive()) LOG.warn("trace writer still busy after {}; {} traces not written", wait, size.get());
  }

  @Override public void close() { close(Duration.ofSeconds(20)); }

  private void drainLoop() {
    var batch = new ArrayList<TraceRows>(batchSize);
    while (true) {
      Queued item;
      int taken = 0;
      while (taken < batchSize && (item = queue.poll()) != null) {
        taken++;
        encode(item).ifPresent(batch::add);
      }
      size.addAndGet(-taken);
      if (taken == 0) {
        if (closing) return;
        idle = true;
        if (queue.isEmpty()) LockSupport.parkNanos(IDLE_WAIT_NANOS); // woken by offer, or look again shortly
        idle = false;
        continue;
      }
      if (batch.isEmpty()) continue;
      try {
        write(batch);
        written.addAndGet(batch.size());
      } catch (RuntimeException e) {
        writeOneByOne(batch, e);
      } finally {
        batch.clear();
      }
    }
  }

  private Optional<TraceRows> encode(Queued q) {
    try {
      return Optional.of(TraceRows.of(q.event(), q.at()));
    } catch (RuntimeException | StackOverflowError e) { // a value too deep to encode
      failed.incrementAndGet();
      LOG.warn("could not encode a trace: {}", e.toString());
      return Optional.empty();
    }
  }

  /** A batch failed (a canvas deleted meanwhile?): keep what can be kept. */
  private void writeOneByOne(List<TraceRows> batch, RuntimeException cause) {
    LOG.warn("could not write a batch of {} traces ({}); writing them one by one", batch.size(), cause.toString());
    for (TraceRows item : batch) {
      try {
        write(List.of(item));
        written.incrementAndGet();
      } catch (RuntimeException e) {
        failed.incrementAndGet();
      }
    }
  }

  private void write(List<TraceRows> traces) {
    jdbi.useTransaction(h -> {
      // traces are best effort (a full queue drops them anyway): no need to wait for the WAL flush
      h.execute("SET LOCAL synchronous_commit = off");
      new TraceStore(h).insert(traces);
    });
  }
}
