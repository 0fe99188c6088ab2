package umbra.handler.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.Checked;
import umbra.domain.http.WireResponse;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.http.HttpEvent;

/** The background writer: bounded, batched, never blocking a request, flushing on close. */
@ExtendWith(TestDatabase.class)
class TraceWriterTest {
  static UUID canvas(Database db, String owner) {
    new AccountHandler(db.jdbi(), new SecureRandom()).createAccount(owner);
    return ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), new StorageCodec()).open(owner + "-x")).value().id();
  }

  static HttpEvent notFound(UUID canvas, int i) {
    return new HttpEvent.NotFoundRecorded(canvas, UUID.randomUUID(), new TraceDesc("HTTP", "/p" + i, "GET"), Dval.NULL);
  }

  private static long rows(Database db, UUID canvas) {
    return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM stored_events_v2 WHERE canvas_id = :c")
        .bind("c", canvas).mapTo(Long.class).one());
  }

  @Test
  void aFullQueueDropsAndCountsWhileTheDatabaseIsSlowAndCloseWritesTheRest(Database db) throws Exception {
    UUID canvas = canvas(db, "writerone");
    var writer = new TraceWriter(db.jdbi(), Clock.systemUTC(), 5, 100);
    try (Handle blocker = db.jdbi().open()) {
      blocker.begin();
      blocker.execute("LOCK TABLE stored_events_v2 IN ACCESS EXCLUSIVE MODE");
      assertThat(writer.offer(notFound(canvas, 0))).isTrue();
      while (writer.stats().queued() > 0) Thread.sleep(10); // the writer took it and now waits for the lock
      long before = System.nanoTime();
      for (int i = 1; i <= 8; i++) writer.offer(notFound(canvas, i));
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
      assertThat(writer.stats().dropped()).isEqualTo(3);
      blocker.rollback();
    }
    writer.close(Duration.ofSeconds(10));
    assertThat(writer.stats().written()).isEqualTo(6);
    assertThat(rows(db, canvas)).isEqualTo(6);
    assertThat(writer.offer(notFound(canvas, 99))).isFalse();
  }

  @Test
  void awkwardCharactersSurviveTheCopy(Database db) {
    UUID canvas = canvas(db, "writertwo");
    String path = "/a\tb\\c\nd\re ü";
    Dval value = new Dval.DStr("x\"y\\z\r\n\t\u0001");
    try (var writer = new TraceWriter(db.jdbi(), Clock.systemUTC(), 5, 5)) {
      writer.offer(new HttpEvent.NotFoundRecorded(canvas, UUID.randomUUID(), new TraceDesc("HTTP", path, "GET"), value));
    }
    var row = db.jdbi().withHandle(h -> h.createQuery("SELECT path, value FROM stored_events_v2 WHERE canvas_id = :c")
        .bind("c", canvas).map((rs, ctx) -> new String[] {rs.getString("path"), rs.getString("value")}).one());
    assertThat(row[0]).isEqualTo(path);
    assertThat(TraceValueJson.read(row[1])).isEqualTo(value);
  }

  @Test
  void onlyTraceEventsAreAccepted(Database db) {
    try (var writer = new TraceWriter(db.jdbi(), Clock.systemUTC(), 5, 5)) {
      assertThatThrownBy(() -> writer.offer(new HttpEvent.ResponseProduced(new WireResponse(200, List.of(), new byte[0]))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  @Test
  void aBatchThatThrowsAnErrorLosesOnlyItsBadTraceAndTheWriterGoesOn(Database db) throws Exception {
    UUID canvas = canvas(db, "writerthree");
    TraceWriter.Store real = TraceWriter.postgres(db.jdbi());
    TraceWriter.Store failing = batch -> {
      if (batch.stream().anyMatch(t -> t.event().contains("/boom"))) throw new OutOfMemoryError("Java heap space");
      real.write(batch);
    };
    try (var writer = new TraceWriter(Clock.systemUTC(), TraceWriter.Limits.of(100, 100), TraceBudget.unlimited(), failing)) {
      writer.offer(notFound(canvas, 1));
      writer.offer(new HttpEvent.NotFoundRecorded(canvas, UUID.randomUUID(), new TraceDesc("HTTP", "/boom", "GET"), Dval.NULL));
      writer.offer(notFound(canvas, 2));
      waitFor(() -> writer.stats().failed() == 1 && writer.stats().written() == 2);
      for (int i = 3; i <= 5; i++) writer.offer(notFound(canvas, i));
      waitFor(() -> writer.stats().written() == 5);
      assertThat(rows(db, canvas)).isEqualTo(5);
      assertThat(writer.state().healthy()).isTrue();
    }
  }

  @Test
  void aValueThatCannotBeEncodedIsCountedAndLaterTracesAreWritten(Database db) throws Exception {
    UUID canvas = canvas(db, "writerfour");
    Dval deep = Dval.NULL;
    for (int i = 0; i < 1_000_000; i++) deep = new Dval.DJust(deep); // deeper than a trace keeps
    try (var writer = new TraceWriter(db.jdbi(), Clock.systemUTC(), 100, 100)) {
      writer.offer(new HttpEvent.NotFoundRecorded(canvas, UUID.randomUUID(), new TraceDesc("HTTP", "/deep", "GET"), deep));
      waitFor(() -> writer.stats().failed() == 1);
      writer.offer(notFound(canvas, 1));
      waitFor(() -> writer.stats().written() == 1);
      assertThat(rows(db, canvas)).isEqualTo(1);
    }
  }

  @Test
  void theQueueIsBoundedInBytesAndCloseSaysWhatItCouldNotWrite(Database db) throws Exception {
    UUID canvas = canvas(db, "writerfive");
    var limits = new TraceWriter.Limits(100, 100_000, 100, 1 << 20, Duration.ofSeconds(30));
    var writer = new TraceWriter(db.jdbi(), Clock.systemUTC(), limits, TraceBudget.unlimited());
    Dval big = new Dval.DStr("x".repeat(200_000));
    try (Handle blocker = db.jdbi().open()) {
      blocker.begin();
      blocker.execute("LOCK TABLE stored_events_v2 IN ACCESS EXCLUSIVE MODE");
      assertThat(writer.offer(notFound(canvas, 0))).isTrue();
      waitFor(() -> writer.stats().queued() == 0); // taken, and waiting for the lock
      assertThat(writer.offer(new HttpEvent.NotFoundRecorded(canvas, UUID.randomUUID(),
          new TraceDesc("HTTP", "/big", "GET"), big))).isFalse();
      assertThat(writer.stats().dropped()).isEqualTo(1);
      assertThat(writer.offer(notFound(canvas, 1))).isTrue();
      assertThat(writer.offer(notFound(canvas, 2))).isTrue();
      assertThat(writer.close(Duration.ofMillis(300))).isEqualTo(3); // the one waiting for the lock, and two queued
      blocker.rollback();
    }
  }
}
