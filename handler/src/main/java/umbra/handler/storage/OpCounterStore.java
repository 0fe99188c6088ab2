package umbra.handler.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The {@code op_ctrs} table: the highest op counter seen per client and canvas (backend.md 5.4 step 1). */
public final class OpCounterStore {
  private final Handle h;

  public OpCounterStore(Handle h) { this.h = h; }

  public OptionalLong counter(UUID canvasId, UUID clientId) {
    return h.createQuery("SELECT ctr FROM op_ctrs WHERE canvas_id = :canvas AND browser_id = :client")
        .bind("canvas", canvasId).bind("client", clientId).mapTo(Long.class).findOne()
        .map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  /** Raises the stored counter to {@code ctr}; never lowers it, even if a racing writer got there first. */
  public void advance(UUID canvasId, UUID clientId, long ctr) {
    h.createUpdate("""
        INSERT INTO op_ctrs (canvas_id, browser_id, ctr) VALUES (:canvas, :client, :ctr)
        ON CONFLICT (canvas_id, browser_id) DO UPDATE SET ctr = EXCLUDED.ctr, timestamp = now()
        WHERE op_ctrs.ctr < EXCLUDED.ctr""")
        .bind("canvas", canvasId).bind("client", clientId).bind("ctr", ctr).execute();
  }

  /** Every client's counter on the canvas (initial_load's {@code opCtrs}). */
  public Map<UUID, Long> all(UUID canvasId) {
    var result = new LinkedHashMap<UUID, Long>();
    h.createQuery("SELECT browser_id, ctr FROM op_ctrs WHERE canvas_id = :canvas ORDER BY browser_id")
        .bind("canvas", canvasId)
        .map((rs, ctx) -> Map.entry(rs.getObject("browser_id", UUID.class), rs.getLong("ctr")))
        .forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }
}
