package umbra.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.EffectRequest;
import umbra.domain.queue.EventDesc;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DInt;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.limits.RunBudgets;
import umbra.handler.queue.EventQueue;
import umbra.handler.queue.QueueWorker;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceValueJson;
import umbra.handler.traces.TraceBudget;
import umbra.handler.traces.TraceWriter;
import umbra.service.canvas.CanvasService;
import umbra.service.queue.EventService;

/**
 * The background queue against PostgreSQL (not JMH: one measures single events, the other a
 * drain of a full queue). {@link QueueRatios} prints the figures.
 *
 * <ul>
 *   <li>{@link #latency}: emit-to-start latency. Events go one at a time, each once the worker
 *       is idle again, to a worker {@code tick} whose code first calls the effectful
 *       {@code Int::random_v1 event event}; the effect performer handed to {@link QueueWorker}
 *       notes {@link System#nanoTime} when it sees that request, keyed by the event (the
 *       range's bound). Latency is from {@link EventQueue#enqueue} returning to that moment:
 *       the notification, the wake-up, the claim, the canvas and secrets loads and the
 *       evaluation up to its first effect.
 *   <li>{@link #throughput}: {@code n} events queued up front for a worker {@code drain} whose
 *       code is {@code event}, then a {@link QueueWorker} with the default config drains them;
 *       the peer is a hand-written {@code FOR UPDATE SKIP LOCKED} claim-then-delete loop with as
 *       many threads over a table of the same shape, doing nothing per event.
 * </ul>
 *
 * Both run the real worker: the real canvas loader, event service, effects and a real
 * {@link TraceWriter} (the app's capacity and batch size), on a database of their own.
 */
final class QueueBench {
  static final String CANVAS = "bench-queue";
  static final String TICK = "tick";
  /** Its first step is an effect that names the event, so the performer sees when the run starts. */
  static final String TICK_CODE = "let _ = Int.random_v1 event event in event";
  static final String DRAIN = "drain";
  static final String DRAIN_CODE = "event";
  /** As {@code UmbraApp} makes the workers' trace writer. */
  static final int TRACE_CAPACITY = 10_000;
  static final int TRACE_BATCH = 500;
  /** How long the worker is left idle after each latency event (its runner back on the semaphore). */
  static final Duration PAUSE = Duration.ofMillis(20);

  private static final Position POS = new Position(0, 0);

  /** The peer's claim: {@link EventQueue#claim}'s statement without the paused-handler test. */
  static final String PEER_CLAIM = """
      UPDATE peer_events SET attempts = attempts + 1, locked_until = now() + interval '6 minutes'
      WHERE id = (
        SELECT id FROM peer_events
        WHERE dead_at IS NULL AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
        ORDER BY run_at, id
        FOR UPDATE SKIP LOCKED
        LIMIT 1)
      RETURNING id, canvas_id, module, name, modifier, value, attempts""";
  static final String PEER_FINISH = "DELETE FROM peer_events WHERE id = ?";

  private QueueBench() {}

  /** Percentiles of one latency series, in milliseconds. */
  record Latencies(int events, double p50, double p90, double p99, double max, double enqueueP50) {}

  /** The notified series, its warm-up's maximum, and the series with notifications left out. */
  record LatencyResult(Latencies notified, double warmupMax, Latencies unnotified) {}

  /** One drain of {@code events}: seconds from starting the workers to an empty queue. */
  record Drain(int events, double seconds, String note) {
    double perSecond() { return events / seconds; }
  }

  /** A canvas {@code bench-queue} with one worker per {name, code} pair, made through the editor's ops. */
  static CanvasInfo createCanvas(Jdbi jdbi, String[]... workers) {
    var codec = new StorageCodec();
    new AccountHandler(jdbi, new SecureRandom()).createAccount("bench");
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(jdbi, codec).open(CANVAS)).value();
    var ops = new ArrayList<Op>();
    long tlid = 10;
    for (String[] w : workers) {
      var spec = new HandlerSpec.Worker(w[0], new HandlerSpec.Ids(tlid + 1, tlid + 2, tlid + 3));
      ops.add(new Op.SetHandler(tlid, POS, new Toplevel.Handler(tlid, POS,
          Parser.parseExpr(w[1], tlid * 100).orElseThrow(), spec)));
      tlid += 10;
    }
    new OpsHandler(jdbi, new CanvasService(), codec).addOps(canvas.id(), ops, 1, OpsHandler.newClientId());
    return canvas;
  }

  static QueueWorker worker(Jdbi jdbi, EffectPerformer effects, TraceWriter traces, QueueWorker.Config config) {
    return new QueueWorker(jdbi, new CanvasLoader(jdbi, new StorageCodec()),
        new EventService(StdLib.registry(), RunBudgets.DEFAULTS.background().limits()), effects, traces, config).start();
  }

  /**
   * The real stdlib effects, noting when each run of {@code tick} reaches its first step (the
   * {@code Int::random} request whose bound is the event).
   */
  private static final class StartClock implements EffectPerformer {
    record Start(long event, long nanos) {}

    final BlockingQueue<Start> started = new LinkedBlockingQueue<>();
    private final EffectPerformer real = StdlibEffects.real();

    @Override public Optional<Dval> perform(EffectRequest request) {
      if (request.function().module().equals("Int") && request.function().function().equals("random")
          && request.args().get(0) instanceof DInt n) {
        started.add(new Start(n.value(), System.nanoTime()));
      }
      return real.perform(request);
    }
  }

  /**
   * {@code warmup} then {@code events} notified events, then {@code unnotified} events inserted
   * without {@code pg_notify} (the runners find them on their poll, every
   * {@link QueueWorker.Config#poll} each), one at a time.
   */
  static LatencyResult latency(int warmup, int events, int unnotified) throws Exception {
    try (var db = new BenchDatabase()) {
      Jdbi jdbi = db.database().jdbi();
      UUID canvas = createCanvas(jdbi, new String[] {TICK, TICK_CODE}).id();
      var queue = new EventQueue(jdbi);
      var clock = new StartClock();
      try (var traces = new TraceWriter(jdbi, Clock.systemUTC(), TRACE_CAPACITY, TRACE_BATCH);
           var w = worker(jdbi, clock, traces, QueueWorker.Config.DEFAULTS)) {
        Thread.sleep(500); // the listener is listening, the runners wait for work
        var seq = new AtomicLong();
        Latencies warm = series(w, clock, warmup, seq, n -> queue.enqueue(canvas, EventDesc.worker(TICK), new DInt(n)));
        Latencies notified = series(w, clock, events, seq, n -> queue.enqueue(canvas, EventDesc.worker(TICK), new DInt(n)));
        Latencies silent = series(w, clock, unnotified, seq, n -> insertWithoutNotify(jdbi, canvas, new DInt(n)));
        return new LatencyResult(notified, warm.max(), silent);
      }
    }
  }

  private interface Enqueue {
    void enqueue(long n) throws Exception;
  }

  private static Latencies series(QueueWorker w, StartClock clock, int events, AtomicLong seq, Enqueue enqueue)
      throws Exception {
    double[] millis = new double[events];
    double[] enqueueMillis = new double[events];
    for (int i = 0; i < events; i++) {
      long n = seq.incrementAndGet();
      long before = System.nanoTime();
      enqueue.enqueue(n);
      long returned = System.nanoTime();
      StartClock.Start start = clock.started.poll(30, TimeUnit.SECONDS);
      if (start == null || start.event() != n) throw new IllegalStateException("event " + n + " did not start: " + start);
      millis[i] = (start.nanos() - returned) / 1e6;
      enqueueMillis[i] = (returned - before) / 1e6;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (w.stats().succeeded() < n) {
        if (System.nanoTime() > deadline) throw new IllegalStateException("event " + n + " did not finish: " + w.stats());
        Thread.sleep(1);
      }
      Thread.sleep(PAUSE);
    }
    if (w.stats().failed() > 0) throw new IllegalStateException("events failed: " + w.stats());
    Arrays.sort(millis);
    Arrays.sort(enqueueMillis);
    return new Latencies(events, percentile(millis, 50), percentile(millis, 90), percentile(millis, 99),
        events == 0 ? Double.NaN : millis[events - 1], percentile(enqueueMillis, 50));
  }

  /** Nearest rank. */
  static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) return Double.NaN;
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** {@link EventQueue#enqueue}'s insert without its {@code pg_notify}. */
  private static void insertWithoutNotify(Jdbi jdbi, UUID canvas, Dval value) {
    jdbi.useHandle(h -> h.createUpdate("""
            INSERT INTO events (canvas_id, module, name, modifier, value) VALUES (:canvas, 'WORKER', :name, '_', :value)""")
        .bind("canvas", canvas).bind("name", TICK).bind("value", TraceValueJson.write(value)).execute());
  }

  /**
   * Commits of the throughput database do not wait for the WAL to reach the disk, as in
   * {@link DatastoreBench#SET_GET_SETTINGS}: both sides commit twice per event (claim, delete),
   * and on a shared machine the fsync would be most of both sides' time.
   */
  static final String THROUGHPUT_SETTINGS = "synchronous_commit = off";

  /** A database with the {@code drain} canvas and the peer's table; {@link #umbra} and {@link #peer} take turns on it. */
  static final class Throughput implements AutoCloseable {
    final BenchDatabase db = new BenchDatabase(THROUGHPUT_SETTINGS);
    final Jdbi jdbi = db.database().jdbi();
    final UUID canvas;
    final int threads = QueueWorker.Config.DEFAULTS.threads();

    Throughput() {
      try {
        canvas = createCanvas(jdbi, new String[] {DRAIN, DRAIN_CODE}).id();
        jdbi.useHandle(h -> h.execute("CREATE TABLE peer_events (LIKE events INCLUDING ALL)"));
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    }

    /** Queues {@code n} events with {@link EventQueue#enqueue}, then drains them with a default {@link QueueWorker}. */
    Drain umbra(int n) throws InterruptedException {
      var queue = new EventQueue(jdbi);
      for (int i = 1; i <= n; i++) queue.enqueue(canvas, EventDesc.worker(DRAIN), new DInt(i));
      settle("events", n);
      // the trace budget `serve` gives every worker: 100 traces a second, the rest counted as shed
      try (var traces = new TraceWriter(jdbi, Clock.systemUTC(), TRACE_CAPACITY, TRACE_BATCH,
          new TraceBudget(100, 100, System::nanoTime))) {
        long start = System.nanoTime();
        long end;
        TraceWriter.Stats atEnd;
        try (var w = worker(jdbi, StdlibEffects.real(), traces, QueueWorker.Config.DEFAULTS)) {
          long deadline = start + TimeUnit.MINUTES.toNanos(5);
          while (w.stats().succeeded() + w.stats().failed() + w.stats().notFound() < n || remaining("events") > 0) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("not drained in 5 minutes: " + w.stats());
            Thread.sleep(2);
          }
          end = System.nanoTime();
          atEnd = traces.stats();
          if (w.stats().succeeded() != n) throw new IllegalStateException("not every event succeeded: " + w.stats());
        }
        return new Drain(n, (end - start) / 1e9, "traces written by then " + atEnd.written() + ", shed " + atEnd.shed() + ", queued "
            + atEnd.queued() + ", dropped " + atEnd.dropped());
      }
    }

    /** The same rows in {@code peer_events}, drained by {@link #threads} hand-written claim-then-delete loops. */
    Drain peer(int n) throws Exception {
      jdbi.useHandle(h -> {
        try (PreparedStatement s = h.getConnection().prepareStatement(
            "INSERT INTO peer_events (canvas_id, module, name, modifier, value) VALUES (?, 'WORKER', ?, '_', ?)")) {
          for (int i = 1; i <= n; i++) {
            s.setObject(1, canvas);
            s.setString(2, DRAIN);
            s.setString(3, TraceValueJson.write(new DInt(i)));
            s.addBatch();
            if (i % 500 == 0 || i == n) s.executeBatch();
          }
        }
      });
      settle("peer_events", n);
      var claimed = new AtomicLong();
      var failure = new AtomicReference<Exception>();
      var done = new CountDownLatch(threads);
      long start = System.nanoTime();
      List<Thread> loops = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        loops.add(Thread.ofPlatform().name("peer-queue-" + t).start(() -> {
          try {
            claimed.addAndGet(peerLoop(jdbi));
          } catch (Exception e) {
            failure.compareAndSet(null, e);
          } finally {
            done.countDown();
          }
        }));
      }
      done.await();
      long end = System.nanoTime();
      if (failure.get() != null) throw failure.get();
      if (claimed.get() != n || remaining("peer_events") != 0) {
        throw new IllegalStateException("the peer ran " + claimed.get() + " of " + n);
      }
      return new Drain(n, (end - start) / 1e9, "");
    }

    /** One thread: claim one row, read it, delete it, until none is left; how many it ran. */
    private static long peerLoop(Jdbi jdbi) throws SQLException {
      try (Handle h = jdbi.open()) {
        Connection c = h.getConnection();
        long ran = 0;
        try (PreparedStatement claim = c.prepareStatement(PEER_CLAIM);
             PreparedStatement finish = c.prepareStatement(PEER_FINISH)) {
          while (true) {
            long id;
            try (ResultSet rs = claim.executeQuery()) {
              if (!rs.next()) return ran;
              id = rs.getLong("id");
              rs.getObject("canvas_id", UUID.class);
              rs.getString("value");
            }
            finish.setLong(1, id);
            finish.executeUpdate();
            ran++;
          }
        }
      }
    }

    /** Both sides start from a vacuumed, analysed table holding exactly the {@code n} new rows. */
    private void settle(String table, int n) {
      jdbi.useHandle(h -> h.execute("VACUUM ANALYZE " + table));
      if (remaining(table) != n) throw new IllegalStateException(table + " does not hold " + n + " rows");
    }

    /** {@code table} is one of the two names above, never input. */
    private long remaining(String table) {
      return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override public void close() {
      db.close();
    }
  }
}
