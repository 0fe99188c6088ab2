package umbra.handler.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import umbra.domain.http.Cors;

/** The {@code canvases} and {@code custom_domains} tables. */
public final class CanvasStore {
  private static final String COLUMNS = "c.id, c.account_id, c.name, c.created_at";
  private final Handle h;

  public CanvasStore(Handle h) { this.h = h; }

  public Optional<CanvasInfo> byName(String name) {
    return h.createQuery("SELECT " + COLUMNS + " FROM canvases c WHERE c.name = :name")
        .bind("name", name).map(CanvasStore::canvas).findOne();
  }

  public Optional<CanvasInfo> byId(UUID id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM canvases c WHERE c.id = :id")
        .bind("id", id).map(CanvasStore::canvas).findOne();
  }

  /** The canvas of that name, created for {@code ownerId} under {@code newId} if missing (backend.md 4.6). */
  public CanvasInfo getOrCreate(String name, UUID ownerId, UUID newId) {
    h.createUpdate("INSERT INTO canvases (id, account_id, name) VALUES (:id, :owner, :name) ON CONFLICT (name) DO NOTHING")
        .bind("id", newId).bind("owner", ownerId).bind("name", name).execute();
    return byName(name).orElseThrow();
  }

  /** Names of the canvases an account owns, sorted. */
  public List<String> namesOwnedBy(UUID accountId) {
    return h.createQuery("SELECT name FROM canvases WHERE account_id = :account ORDER BY name")
        .bind("account", accountId).mapTo(String.class).list();
  }

  /**
   * The canvases {@code accountId} owns or was granted, sorted by name, each with its owner's
   * name and the grant (empty for the account's own canvases).
   */
  public List<VisibleCanvas> visibleTo(UUID accountId) {
    return h.createQuery("SELECT " + COLUMNS + ", o.username AS owner, a.permission FROM canvases c "
        + "JOIN accounts o ON o.id = c.account_id "
        + "LEFT JOIN access a ON a.organization_account = c.account_id AND a.access_account = :account "
        + "WHERE c.account_id = :account OR a.permission IS NOT NULL ORDER BY c.name")
        .bind("account", accountId)
        .map((rs, ctx) -> new VisibleCanvas(canvas(rs, ctx), rs.getString("owner"),
            Optional.ofNullable(rs.getString("permission")).map(GrantStore::permission)))
        .list();
  }

  /**
   * Serialises changes to one canvas until the transaction ends. Ops of two requests must not
   * interleave (each rewrites whole histories, and DB names are unique canvas-wide), so every
   * add-ops transaction takes this lock first. NO KEY UPDATE still lets other rows reference the canvas.
   * Answers the canvas's version (V6) as it is under the lock.
   */
  public long lockForChanges(UUID canvasId) {
    return h.createQuery("SELECT version FROM canvases WHERE id = :id FOR NO KEY UPDATE")
        .bind("id", canvasId).mapTo(Long.class).findOne()
        .orElseThrow(() -> new IllegalArgumentException("no canvas " + canvasId));
  }

  /** The canvas's version (V6): how many requests have changed its toplevels. */
  public long version(UUID canvasId) {
    return h.createQuery("SELECT version FROM canvases WHERE id = :id").bind("id", canvasId).mapTo(Long.class).one();
  }

  /** Sets the version of a canvas locked by {@link #lockForChanges}. */
  public void setVersion(UUID canvasId, long version) {
    h.createUpdate("UPDATE canvases SET version = :version WHERE id = :id").bind("version", version).bind("id", canvasId)
        .execute();
  }

  /** Points {@code host} at the canvas; servers that remembered the host's old canvas are told. */
  public void addCustomDomain(String host, String canvasName) {
    h.createUpdate("INSERT INTO custom_domains (host, canvas) VALUES (:host, :canvas) "
        + "ON CONFLICT (host) DO UPDATE SET canvas = EXCLUDED.canvas")
        .bind("host", host).bind("canvas", canvasName).execute();
    byName(canvasName).ifPresent(c -> CanvasChanges.notify(h, c.id()));
  }

  /**
   * Points {@code host} at the canvas unless another canvas has it; the canvas that has the host
   * afterwards. Whoever notifies the change decides which canvas to announce.
   */
  public String claimCustomDomain(String host, String canvasName) {
    h.createUpdate("INSERT INTO custom_domains (host, canvas) VALUES (:host, :canvas) ON CONFLICT (host) DO NOTHING")
        .bind("host", host).bind("canvas", canvasName).execute();
    return h.createQuery("SELECT canvas FROM custom_domains WHERE host = :host").bind("host", host)
        .mapTo(String.class).one();
  }

  /** False when the canvas did not have {@code host}. */
  public boolean removeCustomDomain(String host, String canvasName) {
    return h.createUpdate("DELETE FROM custom_domains WHERE host = :host AND canvas = :canvas")
        .bind("host", host).bind("canvas", canvasName).execute() > 0;
  }

  /** The hosts pointing at the canvas, sorted. */
  public List<String> customDomains(String canvasName) {
    return h.createQuery("SELECT host FROM custom_domains WHERE canvas = :canvas ORDER BY host")
        .bind("canvas", canvasName).mapTo(String.class).list();
  }

  /** backend.md 1.3: a custom host names its canvas by exact match. */
  public Optional<CanvasInfo> byCustomDomain(String host) {
    return h.createQuery("SELECT " + COLUMNS + " FROM canvases c JOIN custom_domains d ON d.canvas = c.name WHERE d.host = :host")
        .bind("host", host).map(CanvasStore::canvas).findOne();
  }

  /** backend.md 1.7; stored as {@code *}, a comma-separated origin list, or NULL for no setting. */
  public void setCors(UUID canvasId, Cors cors) {
    String setting = switch (cors) {
      case Cors.None n -> null;
      case Cors.AllOrigins a -> "*";
      case Cors.Origins o -> String.join(",", o.allowed());
    };
    h.createUpdate("UPDATE canvases SET cors_setting = :setting, updated_at = now() WHERE id = :id")
        .bind("setting", setting).bind("id", canvasId).execute();
  }

  public Cors cors(UUID canvasId) {
    return Cors.parse(h.createQuery("SELECT cors_setting FROM canvases WHERE id = :id").bind("id", canvasId)
        .mapTo(String.class).findOne().orElse(null));
  }

  private static CanvasInfo canvas(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CanvasInfo(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("name"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
