package umbra.handler.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@code accounts} table. Works inside the caller's handle (and transaction). */
public final class AccountStore {
  private final Handle h;

  public AccountStore(Handle h) { this.h = h; }

  /** Inserts the account unless the name is taken; empty when it is. */
  public Optional<Account> create(UUID id, String username) {
    int rows = h.createUpdate("INSERT INTO accounts (id, username) VALUES (:id, :username) ON CONFLICT (username) DO NOTHING")
        .bind("id", id).bind("username", username).execute();
    return rows == 1 ? byId(id) : Optional.empty();
  }

  public Optional<Account> byName(String username) {
    return h.createQuery("SELECT id, username, name, admin FROM accounts WHERE username = :username")
        .bind("username", username).map(AccountStore::account).findOne();
  }

  public Optional<Account> byId(UUID id) {
    return h.createQuery("SELECT id, username, name, admin FROM accounts WHERE id = :id")
        .bind("id", id).map(AccountStore::account).findOne();
  }

  public void setAdmin(UUID id, boolean admin) {
    h.createUpdate("UPDATE accounts SET admin = :admin, updated_at = now() WHERE id = :id")
        .bind("admin", admin).bind("id", id).execute();
  }

  private static Account account(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("name"), rs.getBoolean("admin"));
  }
}
