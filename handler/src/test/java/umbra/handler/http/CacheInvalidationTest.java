package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Parser;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.domain.trace.SamplingRule;

/**
 * The server caches canvases; edits landed by another Umbra process on the same database (its
 * own connection pool) reach it by announcement, and without one by the fingerprint check.
 */
@ExtendWith(TestDatabase.class)
class CacheInvalidationTest {
  private static final Position POS = new Position(0, 0);

  private static Op handler(long tlid, String code) {
    var spec = new HandlerSpec.Http("/", "GET", new HandlerSpec.Ids(1, 2, 3));
    return new Op.SetHandler(tlid, POS, new Toplevel.Handler(tlid, POS, Parser.parseExpr(code, 500).orElseThrow(), spec));
  }

  private static String await(HttpServing serving, String canvas, String expected) throws InterruptedException {
    String body = "";
    for (int i = 0; i < 100; i++) {
      body = Requests.body(serving.handler().handle(Requests.get(canvas, "/")));
      if (body.equals(expected)) return body;
      Thread.sleep(50);
    }
    return body;
  }

  @Test
  void opsLandedByAnotherProcessAreServedWithoutRestart(Database db, DatabaseConfig config) throws Exception {
    try (Database editor = Database.open(config); HttpServing serving = TraceRecordingTest.serving(db)) {
      var canvas = new CanvasFixture(editor).apply(handler(10, "\"first\""));
      for (int i = 0; i < 100 && !serving.hearingCanvasChanges(); i++) Thread.sleep(20);
      assertThat(serving.hearingCanvasChanges()).isTrue(); // so a stale entry would live 30 s without the announcement
      assertThat(Requests.body(serving.handler().handle(Requests.get(canvas.name(), "/")))).isEqualTo("\"first\"");
      canvas.apply(handler(10, "\"second\""));
      assertThat(await(serving, canvas.name(), "\"second\"")).isEqualTo("\"second\"");
      new CanvasHandler(editor.jdbi(), new StorageCodec()).insertSecret(canvas.canvas.id(), "TOKEN", "t0k3n");
      canvas.apply(handler(10, "TOKEN"));
      assertThat(await(serving, canvas.name(), "\"t0k3n\"")).isEqualTo("\"t0k3n\"");
    }
  }

  @Test
  void withoutAnnouncementsTheFingerprintCatchesChanges(Database db) {
    var canvas = new CanvasFixture(db).apply(handler(10, "\"old\""));
    var nanos = new AtomicLong();
    var loader = new HttpCanvasLoader(db.jdbi(), new StorageCodec(), SamplingRule.ALL);
    var snapshots = new CanvasSnapshots(loader, nanos::get, Duration.ofSeconds(30), Duration.ofSeconds(1),
        Duration.ofSeconds(10));
    var first = snapshots.byName(canvas.name()).orElseThrow();
    canvas.apply(handler(10, "\"new\"")); // nobody listens: the cache is not told
    assertThat(snapshots.byName(canvas.name()).orElseThrow()).isSameAs(first);
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    var second = snapshots.byName(canvas.name()).orElseThrow();
    assertThat(second).isNotSameAs(first);
    assertThat(second.httpHandlers().get(0).ast().toString()).contains("new");
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(snapshots.byName(canvas.name()).orElseThrow()).isSameAs(second); // unchanged fingerprint: kept
  }

  @Test
  void withoutAnnouncementsACustomDomainAddedOrRemovedCountsWithinTheRecheck(Database db) {
    var canvas = new CanvasFixture(db).apply(handler(10, "\"hi\""));
    var canvases = new CanvasHandler(db.jdbi(), new StorageCodec());
    var nanos = new AtomicLong();
    var snapshots = new CanvasSnapshots(new HttpCanvasLoader(db.jdbi(), new StorageCodec(), SamplingRule.ALL), nanos::get,
        Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(10));
    String host = "www." + canvas.name() + ".example.com";
    assertThat(snapshots.canvasNameForCustomDomain(host)).isEmpty();
    canvases.addCustomDomain(canvas.canvas, host); // nobody listens: the cache is not told
    nanos.addAndGet(Duration.ofSeconds(2).toNanos()); // while deaf, a host is remembered no longer than a canvas
    assertThat(snapshots.canvasNameForCustomDomain(host)).contains(canvas.name());
    canvases.removeCustomDomain(canvas.canvas, host);
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(snapshots.canvasNameForCustomDomain(host)).isEmpty();
  }

  @Test
  void hostsAClientInventsAreRememberedOnlyUpToTheCap(Database db) {
    var snapshots = new CanvasSnapshots(new HttpCanvasLoader(db.jdbi(), new StorageCodec(), SamplingRule.ALL),
        System::nanoTime, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(10));
    for (int i = 0; i <= CanvasSnapshots.MAX_REMEMBERED_DOMAINS; i++) {
      assertThat(snapshots.canvasNameForCustomDomain("invented-" + i + ".example.com")).isEmpty();
      assertThat(snapshots.rememberedDomains()).isLessThanOrEqualTo(CanvasSnapshots.MAX_REMEMBERED_DOMAINS);
    }
  }

  @Test
  void aCommitHereReloadsAtOnceAndTheAnnouncementKeepsWhatIsCurrent(Database db) {
    var canvas = new CanvasFixture(db).apply(handler(10, "\"old\""));
    var snapshots = new CanvasSnapshots(new HttpCanvasLoader(db.jdbi(), new StorageCodec(), SamplingRule.ALL),
        new AtomicLong()::get, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(10));
    snapshots.byName(canvas.name()).orElseThrow();
    canvas.apply(handler(10, "\"new\""));
    snapshots.reload(canvas.canvas.id());
    var reloaded = snapshots.byName(canvas.name()).orElseThrow();
    assertThat(reloaded.httpHandlers().get(0).ast().toString()).contains("new");
    snapshots.changed(canvas.canvas.id()); // the commit's own announcement comes back: nothing to drop
    assertThat(snapshots.byName(canvas.name()).orElseThrow()).isSameAs(reloaded);
    canvas.apply(handler(10, "\"newer\"")); // another process's commit
    snapshots.changed(canvas.canvas.id());
    assertThat(snapshots.byName(canvas.name()).orElseThrow().httpHandlers().get(0).ast().toString()).contains("newer");
  }
}
