package umbra.handler.queue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.domain.queue.RetryPolicy;
import umbra.domain.value.Dval;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.http.CanvasWorld;
import umbra.handler.limits.Deadline;
import umbra.handler.limits.RunBudgets;
import umbra.handler.storage.CanvasChanges;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.supervision.Supervised;
import umbra.handler.traces.TraceWriter;
import umbra.service.http.HttpEvent;
import umbra.service.queue.EventService;
import umbra.service.queue.EventStep;
import umbra.service.queue.ExecuteEvent;

/**
 * Runs queued events (backend.md 6.2, Dark's QueueWorker): {@code threads} runners claim one
 * ready event at a time ({@link EventQueue#claim}, so several processes share one queue and never
 * run an event twice at once), run its handler through the {@link EventService}, and finish it,
 * or retry it with backoff, or keep it as a dead letter. A new event wakes a runner at once
 * (PostgreSQL {@code LISTEN}); a slow poll covers lost notifications and due retries.
 *
 * <p>Delivery is at least once: a process killed mid-run leaves its claim to expire
 * ({@code timeLimit} plus a margin), after which another process runs the event again.
 */
public final class QueueWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);

  /**
   * How a queue worker behaves.
   *
   * @param timeLimit the longest one run may take, effects included (its {@link Deadline})
   */
  public record Config(int threads, Duration timeLimit, RetryPolicy retries, Duration poll) {
    public static final Config DEFAULTS = new Config(4, RunBudgets.DEFAULTS.background().time(), RetryPolicy.DEFAULT,
        Duration.ofSeconds(2));

    /** The same with another time limit per run. */
    public Config withTimeLimit(Duration limit) { return new Config(threads, limit, retries, poll); }

    /**
     * A claim lasts this long: the time limit and a margin for finishing up (as long again, at
     * most a minute). A process that dies mid-run delays its event by this much.
     */
    Duration hold() {
      Duration margin = timeLimit.compareTo(Duration.ofMinutes(1)) < 0 ? timeLimit : Duration.ofMinutes(1);
      return timeLimit.plus(margin);
    }
  }

  /** For health and tests: what this process ran. */
  public record Stats(long succeeded, long failed, long notFound) {}

  private final Jdbi jdbi;
  private final EventQueue queue;
  private final EventCanvases canvases;
  private final EventService service;
  private final EffectPerformer effects;
  private final UserData userData;
  private final TraceWriter traces;
  private final Config config;
  private final Semaphore wakeups = new Semaphore(0);
  private final List<Supervised> threads = new ArrayList<>();
  private final AtomicLong succeeded = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong notFound = new AtomicLong();
  private volatile boolean stopping;

  public QueueWorker(Jdbi jdbi, CanvasLoader loader, EventService service, EffectPerformer effects, TraceWriter traces,
      Config config) {
    this.jdbi = jdbi;
    this.queue = new EventQueue(jdbi);
    this.canvases = new EventCanvases(jdbi, loader);
    this.service = service;
    this.effects = effects;
    this.userData = new UserData(jdbi);
    this.traces = traces;
    this.config = config;
  }

  /** Starts the listener and the runners. */
  public QueueWorker start() {
    threads.add(Supervised.start("umbra-queue-listener", Supervised.Backoff.fixed(config.poll()), this::listen));
    for (int i = 0; i < config.threads(); i++) {
      threads.add(Supervised.start("umbra-queue-" + i, new Supervised.Backoff(config.poll(), config.poll().multipliedBy(8)),
          this::runLoop));
    }
    LOG.info("queue worker running {} events at a time", config.threads());
    return this;
  }

  public Stats stats() { return new Stats(succeeded.get(), failed.get(), notFound.get()); }

  /** Until stopped; a lost connection throws, and the supervisor tries again (runners poll meanwhile). */
  private void listen(Supervised self) throws SQLException {
    try (Handle h = jdbi.open()) {
      PGConnection pg = h.getConnection().unwrap(PGConnection.class);
      h.execute("LISTEN " + EventQueue.CHANNEL);
      h.execute("LISTEN " + CanvasChanges.CHANNEL);
      try {
        canvases.setListening(true);
        self.progress();
        wake(config.threads()); // anything enqueued while nobody listened
        while (!self.stopping()) {
          var notes = pg.getNotifications(250);
          if (notes == null) continue;
          int events = 0;
          for (PGNotification n : notes) {
            if (n.getName().equals(CanvasChanges.CHANNEL)) {
              canvases.invalidate(UUID.fromString(n.getParameter()));
            } else {
              events++;
            }
          }
          if (events > 0) wake(events);
        }
      } finally {
        canvases.setListening(false);
        h.execute("UNLISTEN *"); // the connection goes back to the pool
      }
    }
  }

  private void wake(int n) {
    int missing = config.threads() - wakeups.availablePermits();
    if (missing > 0) wakeups.release(Math.min(n, missing));
  }

  /** Claims and runs events until stopped; a failed claim throws, and the supervisor backs off. */
  private void runLoop(Supervised self) throws InterruptedException {
    while (!stopping) {
      Optional<EventQueue.Claimed> claimed = queue.claim(config.hold());
      self.progress();
      if (claimed.isPresent()) {
        run(claimed.get());
        continue;
      }
      wakeups.tryAcquire(config.poll().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** For health: the listener and each runner. */
  public List<Supervised.State> states() { return threads.stream().map(Supervised::state).toList(); }

  /** One event, start to finish; never throws (a failure is recorded on the event). */
  void run(EventQueue.Claimed event) {
    try {
      EventCanvases.Loaded loaded = canvases.get(event.canvasId(), event.desc());
      EffectPerformer world = CanvasWorld.of(event.canvasId(), userData, queue, effects);
      String what = "the " + event.desc().module().toLowerCase() + " " + event.desc().name();
      long started = System.nanoTime();
      EventStep step = service.execute(new ExecuteEvent(event.canvasId(), loaded.canvas(), loaded.secrets(),
          event.desc(), event.value(), UUID.randomUUID(), Deadline.after(config.timeLimit(), what)));
      while (step instanceof EventStep.NeedsEffect need) {
        long asked = System.nanoTime();
        Dval answer = world.perform(need.request()).orElseThrow();
        step = need.resume(answer, System.nanoTime() - asked);
      }
      var finished = (EventStep.Finished) step;
      long micros = (System.nanoTime() - started) / 1_000;
      for (HttpEvent trace : finished.traces()) {
        traces.offer(trace instanceof HttpEvent.TraceRecorded t ? t.withDuration(micros) : trace);
      }
      if (!finished.handled()) {
        notFound.incrementAndGet();
        queue.finish(event);
      } else if (finished.failure().isPresent()) {
        fail(event, finished.failure().get());
      } else {
        succeeded.incrementAndGet();
        queue.finish(event);
      }
    } catch (Throwable e) { // an Error too: the event is failed (and retried by its policy), the runner goes on
      LOG.error("event {} for {} {} of canvas {} failed", event.id(), event.desc().module(), event.desc().name(),
          event.canvasId(), e);
      fail(event, "internal error running the event; the server's log has the details");
    }
  }

  private void fail(EventQueue.Claimed event, String error) {
    failed.incrementAndGet();
    try {
      queue.fail(event, error, config.retries());
    } catch (RuntimeException e) {
      LOG.warn("cannot record the failure of event {} ({}); it runs again when its claim expires", event.id(), e.toString());
    }
  }


  /** Stops claiming; runs in progress get a few seconds to finish (their claims expire otherwise). */
  @Override public void close() {
    stopping = true;
    threads.forEach(Supervised::stop);
    wakeups.release(config.threads());
    for (Supervised t : threads) t.close(Duration.ofSeconds(10), false);
  }
}
