package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.queue.EventDesc;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.handler.queue.EventQueue;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/**
 * Two real {@code umbra serve --roles queue} processes on one database drain 1,000 events; one is
 * killed with SIGKILL halfway. Every event still runs (the dead process's claims expire), and
 * nothing runs twice at once: at least once, never lost.
 */
@ExtendWith(TestDatabase.class)
class WorkerProcessesTest {
  private static final Position POS = new Position(0, 0);

  @Test
  void aThousandEventsSurviveTheKillOfOneOfTwoWorkerProcesses(Database db, DatabaseConfig config) throws Exception {
    CanvasInfo canvas = canvasWithWorker(db);
    var queue = new EventQueue(db.jdbi());
    for (int i = 0; i < 1000; i++) queue.enqueue(canvas.id(), EventDesc.worker("slow"), new Dval.DStr("e" + i));

    try (var one = serve(config, "one"); var two = serve(config, "two")) {
      waitFor(() -> rows(db, "count(*)") >= 200, Duration.ofSeconds(60));
      one.kill(); // claims in flight are left behind
      waitFor(() -> queue.count(canvas.id(), "WORKER", "slow") == 0, Duration.ofSeconds(90));
    }
    assertThat(rows(db, "count(DISTINCT data->>'v')")).isEqualTo(1000);
    assertThat(rows(db, "count(*)")).isBetween(1000L, 1010L); // a killed run may have written before dying
  }

  private static long rows(Database db, String what) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT " + what + " FROM user_data").mapTo(Long.class).one());
  }

  private static CanvasInfo canvasWithWorker(Database db) {
    var codec = new StorageCodec();
    new AccountHandler(db.jdbi(), new SecureRandom()).createAccount("procs");
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), codec).open("procs")).value();
    var worker = new Toplevel.Handler(30, POS,
        Parser.parseExpr("let _ = DB.add_v0 {v = event} Seen in event", 3000).orElseThrow(),
        new HandlerSpec.Worker("slow", new HandlerSpec.Ids(31, 32, 33)));
    List<Op> ops = List.of(new Op.CreateDBWithBlankOr(500, POS, 501, "Seen"), new Op.AddDBCol(500, 502, 503),
        new Op.SetDBColName(500, 502, "v"), new Op.SetDBColType(500, 503, "Str"), new Op.SetHandler(30, POS, worker));
    new OpsHandler(db.jdbi(), new CanvasService(), codec).addOps(canvas.id(), new ArrayList<>(ops), 1,
        OpsHandler.newClientId());
    return canvas;
  }

  /** {@code umbra serve --roles queue} in its own JVM, on the test's database, with a short time limit. */
  private static ServeProcess serve(DatabaseConfig config, String name) throws java.io.IOException {
    return ServeProcess.start(config, "worker-" + name, Map.of("UMBRA_WORKER_TIME_LIMIT", "2"), "--roles", "queue");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, Duration within) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("not within " + within);
      Thread.sleep(100);
    }
  }
}
