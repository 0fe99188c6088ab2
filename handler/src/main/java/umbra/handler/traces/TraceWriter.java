package umbra.handler.traces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

  /** What the writer did so far, for the health endpoint. */
  public record Stats(long queued, long written, long dropped, long failed) {}

  private record Item(HttpEvent event, Instant at) {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final int batchSize;
  private final BlockingQueue<Item> queue;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Thread worker;
  private volatile boolean closing;

  /**
   * @param capacity how many traces may wait; more are dropped
   * @param batchSize how many traces one transaction writes at most
   */
  public TraceWriter(Jdbi jdbi, Clock clock, int capacity, int batchSize) {
    if (capacity <= 0 || batchSize <= 0) throw new IllegalArgumentException("capacity and batch size must be positive");
    this.jdbi = jdbi;
    this.clock = clock;
    this.batchSize = batchSize;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.worker = Thread.ofPlatform().name("umbra-trace-writer").daemon(true).start(this::drainLoop);
  }

  /**
   * Queues a {@link HttpEvent.TraceRecorded} or {@link HttpEvent.NotFoundRecorded}; never blocks.
   *
   * @return false when it was dropped (queue full, or the writer is closing)
   */
  public boolean offer(HttpEvent event) {
    if (!(event instanceof HttpEvent.TraceRecorded) && !(event instanceof HttpEvent.NotFoundRecorded)) {
      throw new IllegalArgumentException("not a trace event: " + event.getClass().getSimpleName());
    }
    if (closing || !queue.offer(new Item(event, clock.instant()))) {
      dropped.incrementAndGet();
      return false;
    }
    return true;
  }

  public Stats stats() { return new Stats(queue.size(), written.get(), dropped.get(), failed.get()); }

  /** Stops accepting, writes what is queued (waiting at most {@code wait}), then stops. */
  public void close(Duration wait) {
    closing = true;
    try {
      worker.join(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (worker.isAlive()) LOG.warn("trace writer still busy after {}; {} traces not written", wait, queue.size());
  }

  @Override public void close() { close(Duration.ofSeconds(20)); }

  private void drainLoop() {
    var batch = new ArrayList<Item>(batchSize);
    while (true) {
      try {
        Item first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (closing) return;
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, batchSize - 1);
        write(batch);
        written.addAndGet(batch.size());
      } catch (InterruptedException e) {
        if (queue.isEmpty()) return;
      } catch (RuntimeException e) {
        failed.addAndGet(batch.size());
        LOG.warn("could not write {} traces: {}", batch.size(), e.toString());
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Item> items) {
    var inputs = new ArrayList<TraceStore.Input>();
    var arguments = new ArrayList<TraceStore.Arguments>();
    var results = new ArrayList<TraceStore.Result>();
    for (Item item : items) {
      switch (item.event()) {
        case HttpEvent.TraceRecorded t -> {
          inputs.add(new TraceStore.Input(t.canvasId(), t.traceId(), t.desc(), t.input(), item.at()));
          t.arguments().forEach(a -> arguments.add(new TraceStore.Arguments(t.canvasId(), t.traceId(), a, item.at())));
          t.results().forEach(r -> results.add(new TraceStore.Result(t.canvasId(), t.traceId(), r, item.at())));
        }
        case HttpEvent.NotFoundRecorded n -> inputs.add(new TraceStore.Input(n.canvasId(), n.traceId(), n.desc(),
            n.input(), item.at()));
        case HttpEvent.ResponseProduced r -> { }
      }
    }
    jdbi.useTransaction(h -> {
      // traces are best effort (a full queue drops them anyway): no need to wait for the WAL flush
      h.execute("SET LOCAL synchronous_commit = off");
      var store = new TraceStore(h);
      store.insertInputs(inputs);
      store.insertArguments(arguments);
      store.insertResults(results);
    });
  }
}
