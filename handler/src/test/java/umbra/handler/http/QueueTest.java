package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.CronInterval;
import umbra.domain.eval.Limits;
import umbra.domain.queue.EventDesc;
import umbra.domain.queue.RetryPolicy;
import umbra.domain.stdlib.StdLib;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.queue.CronScheduler;
import umbra.handler.queue.EventQueue;
import umbra.handler.queue.QueueWorker;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceQueries;
import umbra.handler.traces.TraceWriter;
import umbra.service.queue.EventService;

/** Emitted events run on workers, once each, retried when they fail; crons fire once per interval. */
@ExtendWith(TestDatabase.class)
class QueueTest {
  private static final StorageCodec CODEC = new StorageCodec();
  private static final QueueWorker.Config FAST = new QueueWorker.Config(4, Duration.ofSeconds(30),
      new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100)), Duration.ofMillis(200));

  private static QueueWorker worker(Database db, TraceWriter traces) {
    return new QueueWorker(db.jdbi(), new CanvasLoader(db.jdbi(), CODEC),
        new EventService(StdLib.registry(), Limits.DEFAULT), StdlibEffects.real(), traces, FAST).start();
  }

  private static CanvasFixture canvas(Database db) {
    return new CanvasFixture(db).db(500, "Seen", "v:Str")
        .http(10, "GET", "/emit/:v", "emit_v1 v \"store\"")
        .http(20, "GET", "/count", "DB.count Seen")
        .worker(30, "store", "DB.add_v0 {v = event} Seen");
  }

  @Test
  void anEmittedEventRunsItsWorkerOnceAndLeavesATrace(Database db) throws Exception {
    var c = canvas(db);
    try (var serving = TraceRecordingTest.serving(db); var traces = new TraceWriter(db.jdbi(), Clock.systemUTC(), 100, 10);
         var w = worker(db, traces)) {
      assertThat(Requests.body(serving.handler().handle(Requests.get(c.name(), "/emit/hello")))).isEqualTo("\"hello\"");
      eventually(() -> Requests.body(serving.handler().handle(Requests.get(c.name(), "/count"))).equals("1"));
      eventually(() -> new EventQueue(db.jdbi()).count(c.canvas.id(), "WORKER", "store") == 0);
      assertThat(w.stats().succeeded()).isEqualTo(1);
    }
    var refs = new TraceQueries(db.jdbi(), CODEC).allTraces(c.canvas.id());
    var workerTrace = refs.stream().filter(t -> t.tlid() == 30).findFirst().orElseThrow();
    var data = new TraceQueries(db.jdbi(), CODEC).traceData(c.canvas.id(), 30, workerTrace.traceId()).orElseThrow();
    assertThat(data.input()).singleElement().satisfies(e -> assertThat(e.getKey()).isEqualTo("event"));
  }

  @Test
  void aFailingWorkerIsRetriedThenKeptAsADeadLetterThatCanBeRequeued(Database db) throws Exception {
    var c = canvas(db).worker(40, "broken", "DB.set_v1 {nope = event} event Seen");
    var queue = new EventQueue(db.jdbi());
    try (var traces = new TraceWriter(db.jdbi(), Clock.systemUTC(), 100, 10); var w = worker(db, traces)) {
      queue.enqueue(c.canvas.id(), EventDesc.worker("broken"), new umbra.domain.value.Dval.DStr("x"));
      eventually(() -> !queue.list(c.canvas.id(), "WORKER", "broken", true, 10).isEmpty());
      var dead = queue.list(c.canvas.id(), "WORKER", "broken", true, 10).get(0);
      assertThat(dead.attempts()).isEqualTo(3);
      assertThat(dead.lastError()).contains("Expected but did not find: [v] & Found but did not expect: [nope]");
      c.worker(40, "broken", "DB.set_v1 {v = event} event Seen"); // fixed
      assertThat(queue.requeueDead(c.canvas.id(), "WORKER", "broken")).isEqualTo(1);
      eventually(() -> queue.count(c.canvas.id(), "WORKER", "broken") == 0
          && queue.list(c.canvas.id(), "WORKER", "broken", true, 10).isEmpty());
    }
  }

  @Test
  void aWorkerLoopingForeverEndsAtItsTimeLimitAsAFailureAndItsRunnerGoesOn(Database db) throws Exception {
    // a billion additions: minutes of work within a small depth, with no step or byte budget to end it sooner
    var c = canvas(db).worker(40, "spin", """
        List.fold_v0 (List.range_v0 1 1000) 0 (fun a x ->
          List.fold_v0 (List.range_v0 1 1000) a (fun b y ->
            List.fold_v0 (List.range_v0 1 1000) b (fun n z -> n + z)))
        """);
    var queue = new EventQueue(db.jdbi());
    var oneRunner = new QueueWorker.Config(1, Duration.ofSeconds(1), new RetryPolicy(2, Duration.ofMillis(20),
        Duration.ofMillis(100)), Duration.ofMillis(200));
    try (var serving = TraceRecordingTest.serving(db); var traces = new TraceWriter(db.jdbi(), Clock.systemUTC(), 100, 10);
         var w = new QueueWorker(db.jdbi(), new CanvasLoader(db.jdbi(), CODEC),
             new EventService(StdLib.registry(), new Limits(Long.MAX_VALUE, 3_000_000, Long.MAX_VALUE)), StdlibEffects.real(), traces,
             oneRunner).start()) {
      queue.enqueue(c.canvas.id(), EventDesc.worker("spin"), umbra.domain.value.Dval.NULL);
      queue.enqueue(c.canvas.id(), EventDesc.worker("store"), new umbra.domain.value.Dval.DStr("after"));
      eventually(() -> !queue.list(c.canvas.id(), "WORKER", "spin", true, 10).isEmpty());
      var dead = queue.list(c.canvas.id(), "WORKER", "spin", true, 10).get(0);
      assertThat(dead.attempts()).isEqualTo(2);
      assertThat(dead.lastError()).contains("Execution stopped: the worker spin took longer than its limit of 1 s");
      // the one runner thread was not lost to the loop: it ran the event queued behind it
      eventually(() -> Requests.body(serving.handler().handle(Requests.get(c.name(), "/count"))).equals("1"));
      assertThat(w.stats().failed()).isEqualTo(2);
    }
    var trace = new TraceQueries(db.jdbi(), CODEC).allTraces(c.canvas.id()).stream().filter(t -> t.tlid() == 40)
        .findFirst().orElseThrow();
    assertThat(new TraceQueries(db.jdbi(), CODEC).traceData(c.canvas.id(), 40, trace.traceId()).orElseThrow().outcome())
        .hasValueSatisfying(o -> assertThat(o.error()).contains(
            "Execution stopped: the worker spin took longer than its limit of 1 s"));
  }

  @Test
  void aPausedWorkerKeepsItsEventsUntilItRunsAgain(Database db) throws Exception {
    var c = canvas(db);
    var queue = new EventQueue(db.jdbi());
    queue.setPaused(c.canvas.id(), "WORKER", "store", true);
    assertThat(queue.state(c.canvas.id(), "WORKER", "store")).isEqualTo("pause");
    try (var serving = TraceRecordingTest.serving(db); var traces = new TraceWriter(db.jdbi(), Clock.systemUTC(), 100, 10);
         var w = worker(db, traces)) {
      serving.handler().handle(Requests.get(c.name(), "/emit/later"));
      Thread.sleep(500);
      assertThat(queue.count(c.canvas.id(), "WORKER", "store")).isEqualTo(1);
      queue.setPaused(c.canvas.id(), "WORKER", "store", false);
      eventually(() -> Requests.body(serving.handler().handle(Requests.get(c.name(), "/count"))).equals("1"));
    }
  }

  @Test
  void anEventWithoutAWorkerIsKeptAsA404(Database db) throws Exception {
    var c = canvas(db);
    var queue = new EventQueue(db.jdbi());
    try (var traces = new TraceWriter(db.jdbi(), Clock.systemUTC(), 100, 10); var w = worker(db, traces)) {
      queue.enqueue(c.canvas.id(), EventDesc.worker("nobody"), umbra.domain.value.Dval.NULL);
      eventually(() -> w.stats().notFound() == 1);
    }
    eventually(() -> new TraceQueries(db.jdbi(), CODEC).notFounds(c.canvas.id(), java.time.Instant.now()).stream()
        .anyMatch(n -> n.desc().path().equals("nobody")));
  }

  @Test
  void twoWorkerProcessesRunAThousandEventsExactlyOnce(Database db) throws Exception {
    var c = canvas(db);
    var queue = new EventQueue(db.jdbi());
    for (int i = 0; i < 1000; i++) queue.enqueue(c.canvas.id(), EventDesc.worker("store"), new umbra.domain.value.Dval.DStr("e" + i));
    try (var traces = new TraceWriter(db.jdbi(), Clock.systemUTC(), 2000, 100);
         var one = worker(db, traces); var two = worker(db, traces)) {
      eventually(() -> queue.count(c.canvas.id(), "WORKER", "store") == 0, Duration.ofSeconds(60));
      assertThat(one.stats().succeeded() + two.stats().succeeded()).isEqualTo(1000);
      assertThat(one.stats().succeeded()).isPositive();
      assertThat(two.stats().succeeded()).isPositive();
    }
    long rows = db.jdbi().withHandle(h -> h.createQuery(
        "SELECT count(*) FROM user_data WHERE canvas_id = :c").bind("c", c.canvas.id()).mapTo(Long.class).one());
    long distinct = db.jdbi().withHandle(h -> h.createQuery(
        "SELECT count(DISTINCT data->>'v') FROM user_data WHERE canvas_id = :c").bind("c", c.canvas.id()).mapTo(Long.class).one());
    assertThat(rows).isEqualTo(1000);
    assertThat(distinct).isEqualTo(1000);
  }

  @Test
  void anEventClaimedByAProcessThatDiedRunsOnceItsClaimExpires(Database db) throws Exception {
    var c = canvas(db);
    var queue = new EventQueue(db.jdbi());
    queue.enqueue(c.canvas.id(), EventDesc.worker("store"), new umbra.domain.value.Dval.DStr("orphan"));
    // a process claims it and is killed before finishing: nothing but the claim is left
    assertThat(queue.claim(Duration.ofSeconds(1))).isPresent();
    try (var serving = TraceRecordingTest.serving(db); var traces = new TraceWriter(db.jdbi(), Clock.systemUTC(), 100, 10);
         var w = worker(db, traces)) {
      Thread.sleep(300);
      assertThat(queue.count(c.canvas.id(), "WORKER", "store")).isEqualTo(1); // still held
      eventually(() -> Requests.body(serving.handler().handle(Requests.get(c.name(), "/count"))).equals("1"));
    }
  }

  @Test
  void aDueCronFiresOnceHoweverManySchedulersCheck(Database db) throws Exception {
    var c = new CanvasFixture(db).cron(60, "tick", CronInterval.EVERY_DAY, "1");
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> checks = new ArrayList<>();
      for (int i = 0; i < 4; i++) checks.add(() -> new CronScheduler(db.jdbi(), Duration.ofSeconds(1)).checkOnce());
      int fired = 0;
      for (var f : pool.invokeAll(checks)) fired += f.get();
      assertThat(fired).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(new EventQueue(db.jdbi()).count(c.canvas.id(), "CRON", "tick")).isEqualTo(1);
    assertThat(new CronScheduler(db.jdbi(), Duration.ofSeconds(1)).checkOnce()).isZero(); // not due for a day
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    eventually(condition, Duration.ofSeconds(15));
  }

  private static void eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("not within " + within);
      Thread.sleep(50);
    }
  }
}
