package umbra.handler.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.canvas.Op;
import umbra.dto.api.EventDtos;
import umbra.handler.datastore.UserData;
import umbra.handler.events.CanvasEventLog;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.ApplyOps;
import umbra.service.canvas.ApplyOpsOutcome;
import umbra.service.canvas.CanvasEvent;
import umbra.service.canvas.CanvasService;

/** Adds ops to a canvas end to end (backend.md 5.4 add_op): lock, load, decide, persist, in one transaction. */
public final class OpsHandler {
  private final Jdbi jdbi;
  private final CanvasService service;
  private final StorageCodec codec;
  private final Consumer<UUID> committed;

  public OpsHandler(Jdbi jdbi, CanvasService service, StorageCodec codec) {
    this(jdbi, service, codec, canvasId -> { });
  }

  /**
   * @param committed told of each canvas whose ops were committed, as soon as they are: this
   *     process's caches drop the canvas at once instead of waiting for the announcement to
   *     come back from the database
   */
  public OpsHandler(Jdbi jdbi, CanvasService service, StorageCodec codec, Consumer<UUID> committed) {
    this.jdbi = jdbi;
    this.service = service;
    this.codec = codec;
    this.committed = committed;
  }

  /**
   * Applies a client's request. A rejection saves nothing, not even the op counter.
   *
   * @param clientId the client's id; pass {@link #newClientId()} for a client that sent none
   */
  public ApplyOpsOutcome addOps(UUID canvasId, List<Op> ops, long opCtr, UUID clientId) {
    return addOps(canvasId, ops, opCtr, clientId, true, OptionalLong.empty());
  }

  /**
   * As {@link #addOps(UUID, List, long, UUID)}, refused ({@link ApplyOpsOutcome.Stale}) unless the
   * canvas is still at {@code expectedVersion}, the version the client read.
   */
  public ApplyOpsOutcome addOps(UUID canvasId, List<Op> ops, long opCtr, UUID clientId, OptionalLong expectedVersion) {
    return addOps(canvasId, ops, opCtr, clientId, true, expectedVersion);
  }

  /**
   * A request from a client without a counter (a script, {@code umbra push}): always the latest,
   * and no counter row is kept for it, so one-off clients do not pile up in {@code op_ctrs}.
   */
  public ApplyOpsOutcome addOneOff(UUID canvasId, List<Op> ops) {
    return addOneOff(canvasId, ops, OptionalLong.empty());
  }

  /** A one-off request refused unless the canvas is still at {@code expectedVersion} ({@code umbra push}). */
  public ApplyOpsOutcome addOneOff(UUID canvasId, List<Op> ops, OptionalLong expectedVersion) {
    return addOps(canvasId, ops, 0, newClientId(), false, expectedVersion);
  }

  private ApplyOpsOutcome addOps(UUID canvasId, List<Op> ops, long opCtr, UUID clientId, boolean keepCounter,
      OptionalLong expectedVersion) {
    ApplyOpsOutcome outcome = jdbi.inTransaction(h -> {
      var canvases = new CanvasStore(h);
      // first, so that everything read below includes the previous request's writes
      long version = canvases.lockForChanges(canvasId);
      UUID owner = canvases.byId(canvasId).orElseThrow().ownerId();
      var opStore = new OpStore(h, codec);
      var counters = new OpCounterStore(h);
      var cmd = new ApplyOps(canvasId, ops, opCtr, clientId, histories(opStore, canvasId, ops),
          ApplyOps.needsAllDatastores(ops) ? opStore.liveDbHistories(canvasId) : Map.of(),
          counters.counter(canvasId, clientId), UserData.tablesWithRows(h, canvasId, ops.stream().map(Op::tlid).toList()),
          version, expectedVersion);
      ApplyOpsOutcome result = service.applyOps(cmd);
      if (result instanceof ApplyOpsOutcome.Applied applied) {
        persist(h, canvases, applied.events().stream()
            .filter(e -> keepCounter || !(e instanceof CanvasEvent.OpCounterAdvanced)).toList(), owner);
        CanvasChanges.notify(h, canvasId);
        List<Long> tlids = ops.stream().map(Op::tlid).distinct().toList();
        CanvasEventLog.append(h, List.of(Map.entry(canvasId,
            CanvasEventLog.json(new EventDtos.Ops(EventDtos.Ops.TYPE, tlids, clientId.toString())))));
      }
      return result;
    });
    if (outcome instanceof ApplyOpsOutcome.Applied) committed.accept(canvasId);
    return outcome;
  }

  /** backend.md 5.4 step 1: a client that sent no id gets a fresh one. */
  public static UUID newClientId() { return UUID.randomUUID(); }

  private static Map<Long, List<Op>> histories(OpStore store, UUID canvasId, List<Op> ops) {
    var tlids = ops.stream().map(Op::tlid).distinct().toList();
    var stored = store.histories(canvasId, tlids);
    var result = new LinkedHashMap<Long, List<Op>>();
    for (long tlid : tlids) result.put(tlid, stored.getOrDefault(tlid, List.of()));
    return result;
  }

  private void persist(Handle h, CanvasStore canvases, List<CanvasEvent> events, UUID owner) {
    var opStore = new OpStore(h, codec);
    var counters = new OpCounterStore(h);
    for (CanvasEvent event : events) {
      switch (event) {
        case CanvasEvent.ToplevelSaved saved -> opStore.save(saved, owner);
        case CanvasEvent.OpCounterAdvanced advanced -> counters.advance(advanced.canvasId(), advanced.clientId(), advanced.ctr());
        case CanvasEvent.VersionAdvanced advanced -> canvases.setVersion(advanced.canvasId(), advanced.version());
      }
    }
  }
}
