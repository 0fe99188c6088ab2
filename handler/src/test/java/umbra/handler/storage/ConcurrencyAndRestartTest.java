package umbra.handler.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.handler.storage.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Op;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.ApplyOpsOutcome;
import umbra.service.canvas.CanvasService;

@ExtendWith(TestDatabase.class)
class ConcurrencyAndRestartTest {
  private static final int REQUESTS_PER_CLIENT = 60;
  private final StorageCodec codec = new StorageCodec();

  @Test
  void twoClientsEditingOneToplevelAtOnceLoseNothing(Database db) throws Exception {
    CanvasInfo canvas = Fixtures.canvas(db);
    var handler = new OpsHandler(db.jdbi(), new CanvasService(), codec);
    var start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        long base = c * 1_000L;
        UUID clientId = UUID.randomUUID();
        clients.add(pool.submit(() -> {
          start.await();
          for (int i = 1; i <= REQUESTS_PER_CLIENT; i++) {
            var outcome = handler.addOps(canvas.id(), List.of(new Op.TLSavepoint(1), setHttp(1, "/a", base + i)), i, clientId);
            assertThat(outcome).isInstanceOf(ApplyOpsOutcome.Applied.class);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : clients) f.get(2, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    List<Op> history = db.jdbi().withHandle(h -> new OpStore(h, codec).histories(canvas.id(), List.of(1L))).get(1L);
    assertThat(history).hasSize(2 * 2 * REQUESTS_PER_CLIENT);
    for (int i = 1; i <= REQUESTS_PER_CLIENT; i++) assertThat(history).contains(setHttp(1, "/a", i), setHttp(1, "/a", 1_000 + i));
    // the cache is the replay of the history: the last request to commit wins
    var last = (Op.SetHandler) history.get(history.size() - 1);
    assertThat(new CanvasLoader(db.jdbi(), codec).loadAll(canvas.id()).handlers().live().get(1L)).isEqualTo(last.handler());
    assertThat(db.jdbi().withHandle(h -> new OpCounterStore(h).all(canvas.id())).values())
        .containsExactly((long) REQUESTS_PER_CLIENT, (long) REQUESTS_PER_CLIENT);
  }

  @Test
  void aCanvasSurvivesClosingThePoolAndOpeningANewOne(DatabaseConfig config) {
    UUID canvasId;
    Canvas before;
    List<Op> historyBefore;
    try (Database first = Database.open(config)) {
      CanvasInfo canvas = Fixtures.canvas(first);
      canvasId = canvas.id();
      var handler = new OpsHandler(first.jdbi(), new CanvasService(), codec);
      handler.addOps(canvasId, List.of(new Op.TLSavepoint(1), setHttp(1, "/a", 1), new Op.CreateDB(2, POS, "Users"),
          new Op.AddDBCol(2, 20, 21), new Op.SetDBColName(2, 20, "name")), 1, UUID.randomUUID());
      handler.addOps(canvasId, List.of(new Op.SetFunction(fn(3, "f")), new Op.DeleteFunction(3)), 2, UUID.randomUUID());
      before = new CanvasLoader(first.jdbi(), codec).loadAll(canvasId);
      historyBefore = first.jdbi().withHandle(h -> new OpStore(h, codec).histories(canvasId, List.of(1L, 2L, 3L)))
          .values().stream().flatMap(List::stream).toList();
    }
    try (Database second = Database.open(config)) {
      assertThat(new CanvasLoader(second.jdbi(), new StorageCodec()).loadAll(canvasId)).isEqualTo(before);
      assertThat(second.jdbi().withHandle(h -> new OpStore(h, codec).histories(canvasId, List.of(1L, 2L, 3L)))
          .values().stream().flatMap(List::stream).toList()).isEqualTo(historyBefore);
      assertThat(before.live()).hasSize(2);
      assertThat(before.deleted()).hasSize(1);
    }
  }
}
