package umbra.service.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import umbra.domain.canvas.Op;

/**
 * A client's request to add ops to a canvas (backend.md 5.4 add_op), with everything stored that
 * deciding it needs.
 *
 * @param canvasId the canvas the ops belong to
 * @param ops the ops of this request, in the order the client made them
 * @param opCtr the client's counter for this request; it grows with every request of that client
 * @param clientId the client's id (one per editor tab); the handler picks a random one when the client sent none
 * @param histories the stored op history of every tlid in {@code ops}, oldest first (empty for a new tlid)
 * @param liveDbHistories the stored history of every live DB of the canvas when
 *     {@link #needsAllDatastores} holds (their names must stay unique), else empty
 * @param storedClientCounter the highest counter stored for {@code clientId}, empty if it never sent ops
 * @param lockedDatastores the datastores among the ops' tlids that hold rows: their columns may not change
 * @param version the canvas's version as stored: how many requests have changed it
 * @param expectedVersion the version the client read before making these ops, if it says; any
 *     other stored version means someone changed the canvas meanwhile, and the ops are refused
 */
public record ApplyOps(UUID canvasId, List<Op> ops, long opCtr, UUID clientId, Map<Long, List<Op>> histories,
    Map<Long, List<Op>> liveDbHistories, OptionalLong storedClientCounter, Set<Long> lockedDatastores, long version,
    OptionalLong expectedVersion) {

  public ApplyOps(UUID canvasId, List<Op> ops, long opCtr, UUID clientId, Map<Long, List<Op>> histories,
      Map<Long, List<Op>> liveDbHistories, OptionalLong storedClientCounter, Set<Long> lockedDatastores) {
    this(canvasId, ops, opCtr, clientId, histories, liveDbHistories, storedClientCounter, lockedDatastores, 0,
        OptionalLong.empty());
  }

  public ApplyOps(UUID canvasId, List<Op> ops, long opCtr, UUID clientId, Map<Long, List<Op>> histories,
      Map<Long, List<Op>> liveDbHistories, OptionalLong storedClientCounter) {
    this(canvasId, ops, opCtr, clientId, histories, liveDbHistories, storedClientCounter, Set.of());
  }

  public ApplyOps {
    Objects.requireNonNull(canvasId, "canvasId");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(storedClientCounter, "storedClientCounter");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    ops = List.copyOf(ops);
    lockedDatastores = Set.copyOf(lockedDatastores);
    histories = copy(histories);
    liveDbHistories = copy(liveDbHistories);
    for (Op op : ops) {
      if (!histories.containsKey(op.tlid())) {
        throw new IllegalArgumentException("no stored history given for tlid " + op.tlid());
      }
    }
    if (!needsAllDatastores(ops) && !liveDbHistories.isEmpty()) {
      throw new IllegalArgumentException("live DB histories given for ops that do not need them");
    }
  }

  /** Whether the handler must load every live DB's history too (backend.md 4.5, add_op row). */
  public static boolean needsAllDatastores(List<Op> ops) {
    return ops.stream().anyMatch(Op::needsAllDatastores);
  }

  private static Map<Long, List<Op>> copy(Map<Long, List<Op>> byTlid) {
    var result = new LinkedHashMap<Long, List<Op>>();
    byTlid.forEach((tlid, history) -> {
      for (Op op : history) {
        if (op.tlid() != tlid) throw new IllegalArgumentException("history of tlid " + tlid + " holds an op of " + op.tlid());
      }
      result.put(tlid, List.copyOf(history));
    });
    return java.util.Collections.unmodifiableMap(result);
  }
}
