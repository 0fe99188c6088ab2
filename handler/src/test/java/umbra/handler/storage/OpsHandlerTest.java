package umbra.handler.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.handler.storage.Fixtures.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.ApplyOpsOutcome;
import umbra.service.canvas.CanvasService;

@ExtendWith(TestDatabase.class)
class OpsHandlerTest {
  private final Database db;
  private final StorageCodec codec = new StorageCodec();
  private final OpsHandler ops;
  private final CanvasLoader loader;
  private final CanvasInfo canvas;
  private final UUID client = UUID.randomUUID();

  OpsHandlerTest(Database db) {
    this.db = db;
    this.ops = new OpsHandler(db.jdbi(), new CanvasService(), codec);
    this.loader = new CanvasLoader(db.jdbi(), codec);
    this.canvas = Fixtures.canvas(db);
  }

  private ApplyOpsOutcome add(long ctr, Op... newOps) {
    return ops.addOps(canvas.id(), Arrays.asList(newOps), ctr, client);
  }

  private List<Op> history(long tlid) {
    return db.jdbi().withHandle(h -> new OpStore(h, codec).histories(canvas.id(), List.of(tlid))).get(tlid);
  }

  private Map<String, Object> row(long tlid) {
    return db.jdbi().withHandle(h -> h.createQuery(
        "SELECT tipe::text, module, name, modifier, deleted, pos_x, pos_y FROM toplevel_oplists WHERE canvas_id = :c AND tlid = :t")
        .bind("c", canvas.id()).bind("t", tlid).mapToMap().one());
  }

  @Test
  void addedOpsAreStoredWithTheirToplevelAndRoutingColumns() {
    assertThat(add(1, new Op.TLSavepoint(1), setHttp(1, "/users/:id", 5))).isInstanceOf(ApplyOpsOutcome.Applied.class);
    assertThat(loader.loadAll(canvas.id()).handlers().live()).containsExactly(Map.entry(1L, http(1, "/users/:id", 5)));
    assertThat(history(1)).containsExactly(new Op.TLSavepoint(1), setHttp(1, "/users/:id", 5));
    assertThat(row(1)).containsEntry("tipe", "handler").containsEntry("module", "HTTP").containsEntry("name", "/users/%")
        .containsEntry("modifier", "GET").containsEntry("deleted", false).containsEntry("pos_x", 10).containsEntry("pos_y", 20);
  }

  @Test
  void aOneOffRequestIsAppliedWithoutLeavingACounter() {
    assertThat(ops.addOneOff(canvas.id(), List.of(setHttp(3, "/once", 1)))).isInstanceOf(ApplyOpsOutcome.Applied.class);
    assertThat(loader.loadAll(canvas.id()).handlers().live()).containsKey(3L);
    assertThat(new CanvasHandler(db.jdbi(), codec).opCounters(canvas.id())).isEmpty();
  }

  @Test
  void undoInALaterRequestRevertsAnEarlierOne() {
    add(1, new Op.TLSavepoint(1), setHttp(1, "/a", 1));
    add(2, new Op.TLSavepoint(1), setHttp(1, "/a", 2));
    add(3, new Op.UndoTL(1));
    assertThat(loader.loadAll(canvas.id()).handlers().live().get(1L)).isEqualTo(http(1, "/a", 1));
    assertThat(history(1)).hasSize(5).endsWith(new Op.UndoTL(1));
  }

  @Test
  void aRejectedRequestChangesNothing() {
    add(1, setHttp(1, "/a", 1));
    var outcome = add(2, setHttp(1, "/a", 2), new Op.CreateDB(2, POS, ""));
    assertThat(outcome).isEqualTo(new ApplyOpsOutcome.Rejected("DB must have a name"));
    assertThat(history(1)).containsExactly(setHttp(1, "/a", 1));
    OptionalLong counter = db.jdbi().withHandle(h -> new OpCounterStore(h).counter(canvas.id(), client));
    assertThat(counter).hasValue(1);
  }

  @Test
  void aStaleRequestOnlyDeletes() {
    add(5, setHttp(1, "/a", 1));
    add(3, setHttp(1, "/a", 9), new Op.DeleteTL(1));
    Canvas c = loader.loadAll(canvas.id());
    assertThat(c.handlers().deleted()).containsExactly(Map.entry(1L, http(1, "/a", 1)));
    assertThat(row(1)).containsEntry("deleted", true).containsEntry("module", null).containsEntry("name", null);
    Map<UUID, Long> counters = db.jdbi().withHandle(h -> new OpCounterStore(h).all(canvas.id()));
    assertThat(counters).containsExactly(Map.entry(client, 5L));
  }

  @Test
  void dbNamesStayUniqueAcrossRequests() {
    add(1, new Op.CreateDB(10, POS, "Users"));
    add(2, new Op.CreateDBWithBlankOr(11, POS, 99, "Posts"));
    assertThat(add(3, new Op.RenameDBname(11, "Users"))).isEqualTo(new ApplyOpsOutcome.Rejected("Duplicate DB names: Users"));
    assertThat(loader.loadAll(canvas.id()).dbs().live().get(11L).name()).isEqualTo("Posts");
    assertThat(row(10)).containsEntry("tipe", "db").containsEntry("module", null);
  }

  @Test
  void loadsPickTheToplevelsARequestNeeds() {
    add(1, setHttp(1, "/users/:id", 1), setHttp(2, "/other", 2), new Op.CreateDB(3, POS, "Users"),
        new Op.SetFunction(fn(4, "double")), setHttp(5, "/users/:id", 5), new Op.DeleteTL(5));
    Canvas forRequest = loader.loadForHttp(canvas.id(), "/users/7", "GET");
    assertThat(forRequest.handlers().live()).containsOnlyKeys(1L);
    assertThat(forRequest.dbs().live()).containsOnlyKeys(3L);
    assertThat(forRequest.functions().live()).containsOnlyKeys(4L);
    assertThat(loader.loadForHttp(canvas.id(), "/users/7", "POST").handlers().live()).isEmpty();
    assertThat(loader.loadLive(canvas.id(), List.of(2L, 5L)).handlers().live()).containsOnlyKeys(2L);
    assertThat(loader.loadWithContext(canvas.id(), List.of(2L)).live()).extracting(Toplevel::tlid).containsExactly(2L, 3L, 4L);
    assertThat(loader.loadAll(canvas.id()).handlers().deleted()).containsOnlyKeys(5L);
  }

  @Test
  void eventHandlersAreFoundByTheirExactDescription() {
    var worker = new Toplevel.Handler(6, POS, new umbra.domain.syntax.Expr.EBlank(60),
        new umbra.domain.canvas.HandlerSpec.Worker("mail", IDS));
    add(1, new Op.SetHandler(6, POS, worker));
    assertThat(loader.loadForEvent(canvas.id(), "WORKER", "mail", "_").handlers().live()).containsOnlyKeys(6L);
    assertThat(loader.loadForEvent(canvas.id(), "WORKER", "mai", "_").handlers().live()).isEmpty();
  }

  @Test
  void onlyADeletedToplevelCanBeDeletedForever() {
    add(1, setHttp(1, "/a", 1), setHttp(2, "/b", 2), new Op.DeleteTL(2));
    var canvases = new CanvasHandler(db.jdbi(), codec);
    assertThat(canvases.deleteForever(canvas.id(), 1)).isFalse();
    assertThat(canvases.deleteForever(canvas.id(), 2)).isTrue();
    assertThat(loader.loadAll(canvas.id()).live()).extracting(Toplevel::tlid).containsExactly(1L);
    assertThat(loader.loadAll(canvas.id()).deleted()).isEmpty();
  }

  @Test
  void loadingReadsOnlyTheCaches() {
    add(1, setHttp(1, "/a", 1));
    db.jdbi().useHandle(h -> h.createUpdate("UPDATE toplevel_oplists SET oplist = :junk WHERE canvas_id = :c")
        .bind("junk", new byte[] {1, 2, 3}).bind("c", canvas.id()).execute());
    assertThat(loader.loadAll(canvas.id()).handlers().live()).containsOnlyKeys(1L);
    assertThat(loader.loadForHttp(canvas.id(), "/a", "GET").handlers().live()).containsOnlyKeys(1L);
  }
}
