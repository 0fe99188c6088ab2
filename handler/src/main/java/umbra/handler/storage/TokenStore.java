package umbra.handler.storage;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The {@code api_tokens} table; it only ever sees SHA-256 digests of tokens. */
public final class TokenStore {
  private final Handle h;

  public TokenStore(Handle h) { this.h = h; }

  public void insert(byte[] tokenSha256, UUID accountId) {
    h.createUpdate("INSERT INTO api_tokens (token_sha256, account_id) VALUES (:digest, :account)")
        .bind("digest", tokenSha256).bind("account", accountId).execute();
  }

  public Optional<UUID> accountFor(byte[] tokenSha256) {
    return h.createQuery("SELECT account_id FROM api_tokens WHERE token_sha256 = :digest")
        .bind("digest", tokenSha256).map((rs, ctx) -> rs.getObject("account_id", UUID.class)).findOne();
  }

  public void revokeAll(UUID accountId) {
    h.createUpdate("DELETE FROM api_tokens WHERE account_id = :account").bind("account", accountId).execute();
  }
}
