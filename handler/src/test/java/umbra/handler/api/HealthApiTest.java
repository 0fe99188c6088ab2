package umbra.handler.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.Checked;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.dto.api.HealthResponse;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceBudget;
import umbra.handler.traces.TraceWriter;
import umbra.service.http.HttpEvent;

/** Health says degraded, and why, while the trace writer is not writing; ok again once it is. */
@ExtendWith(TestDatabase.class)
class HealthApiTest {

  private static HealthResponse health(HealthApi api) {
    return ((ApiResult.Ok<HealthResponse>) api.check()).value();
  }

  private static void waitFor(HealthApi api, String status) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!health(api).status().equals(status)) {
      assertThat(System.nanoTime()).as("health never said " + status).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void aTraceWriterThatStopsDrainingMakesHealthDegradedUntilItWritesAgain(Database db) throws Exception {
    var limits = new TraceWriter.Limits(100, 1 << 20, 100, 1 << 20, Duration.ofMillis(200));
    try (var writer = new TraceWriter(db.jdbi(), Clock.systemUTC(), limits, TraceBudget.unlimited())) {
      var api = new HealthApi(db.jdbi(), writer::stats, () -> List.of(writer.state()));
      assertThat(health(api).status()).isEqualTo("ok");
      assertThat(health(api).reason()).isEmpty();
      new AccountHandler(db.jdbi(), new SecureRandom()).createAccount("healthy");
      UUID canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), new StorageCodec()).open("healthy-x")).value().id();
      try (Handle blocker = db.jdbi().open()) {
        blocker.begin();
        blocker.execute("LOCK TABLE stored_events_v2 IN ACCESS EXCLUSIVE MODE");
        for (int i = 0; i < 2; i++) {
          writer.offer(new HttpEvent.NotFoundRecorded(canvas, UUID.randomUUID(), new TraceDesc("HTTP", "/" + i, "GET"),
              Dval.NULL));
        }
        waitFor(api, "degraded");
        HealthResponse degraded = health(api);
        assertThat(degraded.reason()).hasValueSatisfying(r -> assertThat(r).contains("umbra-trace-writer")
            .contains("traces queued and none written"));
        assertThat(degraded.components()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo("restarting"));
        blocker.rollback();
      }
      waitFor(api, "ok");
      // health is ok again once the writer writes; the batch that failed may be retried trace by trace
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (writer.stats().written() < 2 && System.nanoTime() < deadline) Thread.sleep(20);
      assertThat(writer.stats().written()).isEqualTo(2);
      assertThat(health(api).components()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo("running"));
    }
  }
}
