package umbra.handler.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Expr;
import umbra.handler.storage.Database;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/** backend.md 3.9 on real rows: 10 per handler or a week, the newest 404 per path, orphans of old traces. */
@ExtendWith(TestDatabase.class)
class TraceRetentionTest {
  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

  private static void input(Database db, UUID canvas, UUID trace, String path, String method, Instant at) {
    db.jdbi().useHandle(h -> h.createUpdate("""
        INSERT INTO stored_events_v2 (canvas_id, trace_id, module, path, modifier, timestamp, value)
        VALUES (:c, :t, 'HTTP', :p, :m, :at, 'null')""").bind("c", canvas).bind("t", trace).bind("p", path)
        .bind("m", method).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
  }

  private static void argumentsAndResult(Database db, UUID canvas, UUID trace, Instant at) {
    db.jdbi().useHandle(h -> {
      h.createUpdate("INSERT INTO function_arguments VALUES (:c, :t, 5, :at, '{}')").bind("c", canvas).bind("t", trace)
          .bind("at", at.atOffset(ZoneOffset.UTC)).execute();
      h.createUpdate("INSERT INTO function_results_v3 VALUES (:c, :t, 5, 'Date::now', 3, 'h', 1, :at, 'null')")
          .bind("c", canvas).bind("t", trace).bind("at", at.atOffset(ZoneOffset.UTC)).execute();
    });
  }

  private static long count(Database db, String sql, UUID canvas) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).bind("c", canvas).mapTo(Long.class).one());
  }

  @Test
  void keepsTenPerHandlerAndAWeekAndTheNewest404(Database db) {
    UUID canvas = TraceWriterTest.canvas(db, "retention");
    var pos = new Position(0, 0);
    var handler = new Toplevel.Handler(1, pos, new Expr.EInteger(9, 1),
        new HandlerSpec.Http("/users/:id", "GET", new HandlerSpec.Ids(2, 3, 4)));
    new OpsHandler(db.jdbi(), new CanvasService(), new StorageCodec())
        .addOps(canvas, List.of(new Op.SetHandler(1, pos, handler)), 1, OpsHandler.newClientId());
    // 15 old traces of the handler (over paths it serves, HEAD included), 3 recent ones
    for (int i = 0; i < 15; i++) {
      UUID t = UUID.randomUUID();
      input(db, canvas, t, "/users/" + (i % 4), i % 5 == 0 ? "HEAD" : "GET", NOW.minus(Duration.ofDays(30 + i)));
      argumentsAndResult(db, canvas, t, NOW.minus(Duration.ofDays(30 + i)));
    }
    for (int i = 0; i < 3; i++) input(db, canvas, UUID.randomUUID(), "/users/x", "GET", NOW.minus(Duration.ofHours(i)));
    // 404s: three requests to one path, one to another
    for (int i = 0; i < 3; i++) input(db, canvas, UUID.randomUUID(), "/nope", "GET", NOW.minus(Duration.ofDays(i)));
    input(db, canvas, UUID.randomUUID(), "/other", "POST", NOW.minus(Duration.ofDays(20)));
    // orphans: old function rows whose trace input is gone, and recent ones that must stay
    argumentsAndResult(db, canvas, UUID.randomUUID(), NOW.minus(Duration.ofDays(8)));
    argumentsAndResult(db, canvas, UUID.randomUUID(), NOW.minus(Duration.ofDays(1)));

    var retention = new TraceRetention(db.jdbi(), new StorageCodec(), Clock.fixed(NOW, ZoneOffset.UTC), 2);
    TraceRetention.Report report = retention.runOnce();

    assertThat(count(db, "SELECT count(*) FROM stored_events_v2 WHERE canvas_id = :c AND path LIKE '/users/%'", canvas))
        .isEqualTo(10); // the 3 recent ones plus the 7 newest old ones
    assertThat(count(db, "SELECT count(*) FROM stored_events_v2 WHERE canvas_id = :c AND path = '/nope'", canvas))
        .isEqualTo(1);
    assertThat(count(db, """
        SELECT count(*) FROM stored_events_v2 WHERE canvas_id = :c AND path = '/nope'
        AND timestamp = '2024-03-01T12:00:00Z'""", canvas)).isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM stored_events_v2 WHERE canvas_id = :c AND path = '/other'", canvas))
        .isEqualTo(1);
    // 15 old traces had function rows: 7 kept with their inputs, 8 deleted; plus 1 old orphan deleted, 1 recent kept
    assertThat(count(db, "SELECT count(*) FROM function_arguments WHERE canvas_id = :c", canvas)).isEqualTo(8);
    assertThat(count(db, "SELECT count(*) FROM function_results_v3 WHERE canvas_id = :c", canvas)).isEqualTo(8);
    assertThat(report).isEqualTo(new TraceRetention.Report(8 + 2, 9, 9));
    assertThat(retention.runOnce()).isEqualTo(new TraceRetention.Report(0, 0, 0));
  }

  @Test
  void theJobRunsPeriodicallyUntilClosed(Database db) throws Exception {
    UUID canvas = TraceWriterTest.canvas(db, "retentiontwo");
    for (int i = 0; i < 3; i++) input(db, canvas, UUID.randomUUID(), "/gone", "GET", NOW.minus(Duration.ofDays(i)));
    var retention = new TraceRetention(db.jdbi(), new StorageCodec(), Clock.fixed(NOW, ZoneOffset.UTC), 10);
    try (AutoCloseable job = retention.every(Duration.ofMillis(50))) {
      for (int i = 0; i < 100 && count(db, "SELECT count(*) FROM stored_events_v2 WHERE canvas_id = :c", canvas) > 1; i++) {
        Thread.sleep(20);
      }
    }
    assertThat(count(db, "SELECT count(*) FROM stored_events_v2 WHERE canvas_id = :c", canvas)).isEqualTo(1);
  }
}
