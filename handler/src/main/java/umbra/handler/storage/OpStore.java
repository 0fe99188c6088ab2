package umbra.handler.storage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasEvent;

/**
 * The {@code toplevel_oplists} table (backend.md 4.4): per toplevel, its op history (read only to
 * add ops) and its cached current state (read by everything else, backend.md 4.5).
 */
public final class OpStore {
  private static final String CACHE = "SELECT oplist_cache, deleted FROM toplevel_oplists WHERE canvas_id = :canvas";
  private final Handle h;
  private final StorageCodec codec;

  public OpStore(Handle h, StorageCodec codec) {
    this.h = h;
    this.codec = codec;
  }

  /** The stored histories of those tlids, deleted toplevels included; unknown tlids are absent. */
  public Map<Long, List<Op>> histories(UUID canvasId, Collection<Long> tlids) {
    return histories(h.createQuery("SELECT tlid, oplist FROM toplevel_oplists WHERE canvas_id = :canvas AND tlid = ANY(:tlids)")
        .bind("canvas", canvasId).bindArray("tlids", Long.class, tlids));
  }

  /** The histories of every live DB: the context that the DB-name check needs (backend.md 4.5). */
  public Map<Long, List<Op>> liveDbHistories(UUID canvasId) {
    return histories(h.createQuery("SELECT tlid, oplist FROM toplevel_oplists "
        + "WHERE canvas_id = :canvas AND tipe = 'db' AND deleted = false").bind("canvas", canvasId));
  }

  private Map<Long, List<Op>> histories(Query q) {
    var result = new LinkedHashMap<Long, List<Op>>();
    q.map((rs, ctx) -> Map.entry(rs.getLong("tlid"), codec.decodeOplist(rs.getBytes("oplist"))))
        .forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /** Writes a toplevel's row: history, cache, deleted flag, routing columns and position. */
  public void save(CanvasEvent.ToplevelSaved saved, UUID ownerId) {
    var tl = saved.toplevel();
    var routing = saved.routing();
    h.createUpdate("""
        INSERT INTO toplevel_oplists
          (canvas_id, account_id, tlid, tipe, module, name, modifier, deleted, pos_x, pos_y, oplist, oplist_cache)
        VALUES (:canvas, :owner, :tlid, CAST(:tipe AS toplevel_type), :module, :name, :modifier, :deleted,
                :x, :y, :oplist, :cache)
        ON CONFLICT (canvas_id, tlid) DO UPDATE SET
          account_id = EXCLUDED.account_id, tipe = EXCLUDED.tipe, module = EXCLUDED.module, name = EXCLUDED.name,
          modifier = EXCLUDED.modifier, deleted = EXCLUDED.deleted, pos_x = EXCLUDED.pos_x, pos_y = EXCLUDED.pos_y,
          oplist = EXCLUDED.oplist, oplist_cache = EXCLUDED.oplist_cache, updated_at = now()""")
        .bind("canvas", saved.canvasId()).bind("owner", ownerId).bind("tlid", saved.tlid())
        .bind("tipe", tl.kind().column())
        .bind("module", routing.module().orElse(null)).bind("name", routing.name().orElse(null))
        .bind("modifier", routing.modifier().orElse(null)).bind("deleted", saved.deleted())
        .bind("x", tl.position().map(Position::x).orElse(null)).bind("y", tl.position().map(Position::y).orElse(null))
        .bind("oplist", codec.encodeOplist(saved.tlid(), saved.history()))
        .bind("cache", codec.encodeToplevel(tl))
        .execute();
  }

  /** Every toplevel of the canvas, deleted ones included, from the caches only. */
  public List<Canvas.Found> all(UUID canvasId) {
    return cached(h.createQuery(CACHE).bind("canvas", canvasId));
  }

  /** Those live toplevels, from the caches only. */
  public List<Canvas.Found> live(UUID canvasId, Collection<Long> tlids) {
    return cached(h.createQuery(CACHE + " AND deleted = false AND tlid = ANY(:tlids)")
        .bind("canvas", canvasId).bindArray("tlids", Long.class, tlids));
  }

  /** Every live DB, function and type: what any execution may call (backend.md 4.5). */
  public List<Canvas.Found> liveNonHandlers(UUID canvasId) {
    return cached(h.createQuery(CACHE + " AND deleted = false AND tipe <> 'handler'").bind("canvas", canvasId));
  }

  /**
   * Live HTTP handlers whose stored LIKE pattern matches the request path (backend.md 1.4,
   * candidate fetch); the router still filters out SQL false positives.
   */
  public List<Canvas.Found> httpCandidates(UUID canvasId, String path, String method) {
    return cached(h.createQuery(CACHE + " AND deleted = false AND module IN ('HTTP', 'HTTP_BASIC') "
        + "AND :path LIKE name AND modifier = :method")
        .bind("canvas", canvasId).bind("path", path).bind("method", method));
  }

  /** Every live HTTP and HTTPBasic handler: what a server caching the canvas routes among. */
  public List<Canvas.Found> liveHttpHandlers(UUID canvasId) {
    return cached(h.createQuery(CACHE + " AND deleted = false AND module IN ('HTTP', 'HTTP_BASIC')").bind("canvas", canvasId));
  }

  /** Live handlers with exactly this description, for queued events and crons. */
  public List<Canvas.Found> eventHandlers(UUID canvasId, String module, String name, String modifier) {
    return cached(h.createQuery(CACHE + " AND deleted = false AND module = :module AND name = :name AND modifier = :modifier")
        .bind("canvas", canvasId).bind("module", module).bind("name", name).bind("modifier", modifier));
  }

  /** Removes a deleted toplevel and its history for good; false if it is not currently deleted. */
  public boolean deleteForever(UUID canvasId, long tlid) {
    return h.createUpdate("DELETE FROM toplevel_oplists WHERE canvas_id = :canvas AND tlid = :tlid AND deleted = true")
        .bind("canvas", canvasId).bind("tlid", tlid).execute() == 1;
  }

  private List<Canvas.Found> cached(Query q) {
    return q.map((rs, ctx) -> new Canvas.Found(codec.decodeToplevel(rs.getBytes("oplist_cache")), rs.getBoolean("deleted")))
        .list();
  }
}
