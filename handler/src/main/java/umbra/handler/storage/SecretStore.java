package umbra.handler.storage;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The {@code secrets} table (backend.md 8.2). */
public final class SecretStore {
  private final Handle h;

  public SecretStore(Handle h) { this.h = h; }

  /** Adds a secret; false when the canvas already has one of that name. */
  public boolean insert(UUID canvasId, String name, String value) {
    return h.createUpdate("""
        INSERT INTO secrets (canvas_id, secret_name, secret_value) VALUES (:canvas, :name, :value)
        ON CONFLICT (canvas_id, secret_name, secret_version) DO NOTHING""")
        .bind("canvas", canvasId).bind("name", name).bind("value", value).execute() == 1;
  }

  /**
   * Gives the canvas a secret of that name with this value, replacing the value it had: one
   * upsert, so code never sees the name missing in between. Older versions of the name (from
   * Dark's data) go, so the value put is the one code sees. A replaced secret counts as new: it
   * is listed first, and the HTTP server's canvas fingerprint (count, newest time) changes.
   */
  public void put(UUID canvasId, String name, String value) {
    h.createUpdate("DELETE FROM secrets WHERE canvas_id = :canvas AND secret_name = :name AND secret_version <> 0")
        .bind("canvas", canvasId).bind("name", name).execute();
    h.createUpdate("""
        INSERT INTO secrets (canvas_id, secret_name, secret_value) VALUES (:canvas, :name, :value)
        ON CONFLICT (canvas_id, secret_name, secret_version)
        DO UPDATE SET secret_value = EXCLUDED.secret_value, created_at = now()""")
        .bind("canvas", canvasId).bind("name", name).bind("value", value).execute();
  }

  public void delete(UUID canvasId, String name) {
    h.createUpdate("DELETE FROM secrets WHERE canvas_id = :canvas AND secret_name = :name")
        .bind("canvas", canvasId).bind("name", name).execute();
  }

  /** The canvas's secrets as code sees them: name to value, of two with one name the newest. */
  public java.util.Map<String, String> values(UUID canvasId) {
    List<Secret> newestFirst = list(canvasId);
    var secrets = new java.util.LinkedHashMap<String, String>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) secrets.put(newestFirst.get(i).name(), newestFirst.get(i).value());
    return secrets;
  }

  /** Newest first. */
  public List<Secret> list(UUID canvasId) {
    return h.createQuery("SELECT secret_name, secret_value FROM secrets WHERE canvas_id = :canvas "
        + "ORDER BY created_at DESC, secret_name")
        .bind("canvas", canvasId)
        .map((rs, ctx) -> new Secret(rs.getString("secret_name"), rs.getString("secret_value"))).list();
  }
}
