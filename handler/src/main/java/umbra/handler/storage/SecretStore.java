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

  public void delete(UUID canvasId, String name) {
    h.createUpdate("DELETE FROM secrets WHERE canvas_id = :canvas AND secret_name = :name")
        .bind("canvas", canvasId).bind("name", name).execute();
  }

  /** Newest first. */
  /** The canvas's secrets as code sees them: name to value, of two with one name the newest. */
  public java.util.Map<String, String> values(UUID canvasId) {
    List<Secret> newestFirst = list(canvasId);
    var secrets = new java.util.LinkedHashMap<String, String>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) secrets.put(newestFirst.get(i).name(), newestFirst.get(i).value());
    return secrets;
  }

  public List<Secret> list(UUID canvasId) {
    return h.createQuery("SELECT secret_name, secret_value FROM secrets WHERE canvas_id = :canvas "
        + "ORDER BY created_at DESC, secret_name")
        .bind("canvas", canvasId)
        .map((rs, ctx) -> new Secret(rs.getString("secret_name"), rs.getString("secret_value"))).list();
  }
}
