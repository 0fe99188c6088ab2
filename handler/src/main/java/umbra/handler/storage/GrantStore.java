package umbra.handler.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import umbra.domain.account.Permission;

/** The {@code access} table: grants from an owner account to another account (backend.md 5.2). */
public final class GrantStore {
  private final Handle h;

  public GrantStore(Handle h) { this.h = h; }

  /** Gives {@code grantee} {@code permission} on every canvas of {@code owner}, replacing an older grant. */
  public void grant(UUID grantee, UUID owner, Permission permission) {
    h.createUpdate("""
        INSERT INTO access (access_account, organization_account, permission) VALUES (:grantee, :owner, :permission)
        ON CONFLICT (access_account, organization_account) DO UPDATE SET permission = EXCLUDED.permission""")
        .bind("grantee", grantee).bind("owner", owner).bind("permission", column(permission)).execute();
  }

  public void revoke(UUID grantee, UUID owner) {
    h.createUpdate("DELETE FROM access WHERE access_account = :grantee AND organization_account = :owner")
        .bind("grantee", grantee).bind("owner", owner).execute();
  }

  public Optional<Permission> permission(UUID grantee, UUID owner) {
    return h.createQuery("SELECT permission FROM access WHERE access_account = :grantee AND organization_account = :owner")
        .bind("grantee", grantee).bind("owner", owner).mapTo(String.class).findOne().map(GrantStore::permission);
  }

  /** Names of the accounts whose canvases {@code grantee} may use, sorted. */
  public List<String> ownersGranting(UUID grantee) {
    return h.createQuery("""
        SELECT o.username FROM access a JOIN accounts o ON o.id = a.organization_account
        WHERE a.access_account = :grantee ORDER BY o.username""")
        .bind("grantee", grantee).mapTo(String.class).list();
  }

  private static String column(Permission p) {
    return switch (p) {
      case READ -> "r";
      case READ_WRITE -> "rw";
    };
  }

  static Permission permission(String column) {
    return switch (column) {
      case "r" -> Permission.READ;
      case "rw" -> Permission.READ_WRITE;
      default -> throw new IllegalStateException("unknown permission in access table: " + column);
    };
  }
}
