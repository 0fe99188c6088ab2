package umbra.handler.storage;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.account.AccountName;
import umbra.domain.account.CanvasName;
import umbra.domain.account.Permission;

/** Accounts, their bearer tokens and what they may do (backend.md 5.2, 8.1). */
public final class AccountHandler {
  /** The result of {@link #createAccount}. */
  public sealed interface Creation {
    /** {@code token} is shown once: only its digest is stored. */
    record Created(Account account, String token) implements Creation {
      @Override public String toString() { return "Created[" + account.username() + "]"; }
    }

    record Rejected(String reason) implements Creation {}
  }

  private final Jdbi jdbi;
  private final SecureRandom random;

  public AccountHandler(Jdbi jdbi, SecureRandom random) {
    this.jdbi = jdbi;
    this.random = random;
  }

  /** Creates the account and its first API token. */
  public Creation createAccount(String name) {
    Optional<String> invalid = AccountName.rejectNew(name);
    if (invalid.isPresent()) return new Creation.Rejected(invalid.get());
    return jdbi.inTransaction(h -> new AccountStore(h).create(UUID.randomUUID(), name)
        .<Creation>map(account -> new Creation.Created(account, issueToken(h, account)))
        .orElse(new Creation.Rejected("Username is already taken")));
  }

  /** Another token for an existing account (the old ones stay valid). */
  public Optional<String> newToken(String accountName) {
    return jdbi.inTransaction(h -> new AccountStore(h).byName(accountName).map(a -> issueToken(h, a)));
  }

  private String issueToken(Handle h, Account account) {
    String token = ApiTokens.generate(random);
    new TokenStore(h).insert(ApiTokens.sha256(token), account.id());
    return token;
  }

  /** The account a bearer token belongs to, if it is one of ours. */
  public Optional<Account> authenticate(String token) {
    return jdbi.withHandle(h -> new TokenStore(h).accountFor(ApiTokens.sha256(token))
        .flatMap(id -> new AccountStore(h).byId(id)));
  }

  /** What {@code account} may do on the canvas named {@code canvasName}; empty for nothing or an invalid name. */
  public Optional<Permission> permission(Account account, String canvasName) {
    if (!CanvasName.isValid(canvasName)) return Optional.empty();
    return jdbi.withHandle(h -> {
      Optional<Permission> grant = new AccountStore(h).byName(CanvasName.owner(canvasName))
          .flatMap(owner -> new GrantStore(h).permission(account.id(), owner.id()));
      return Permission.of(account.username(), account.admin(), canvasName, grant);
    });
  }

  /**
   * Lets {@code grantee} use every canvas of {@code owner}. Returns the names of those two that
   * are no account, in that order; nothing is granted unless that is empty.
   */
  public List<String> grant(String ownerName, String granteeName, Permission permission) {
    return jdbi.inTransaction(h -> withBoth(h, ownerName, granteeName,
        (owner, grantee) -> new GrantStore(h).grant(grantee.id(), owner.id(), permission)));
  }

  /** Takes a grant back (none: no change); returns the unknown names as {@link #grant} does. */
  public List<String> revoke(String ownerName, String granteeName) {
    return jdbi.inTransaction(h -> withBoth(h, ownerName, granteeName,
        (owner, grantee) -> new GrantStore(h).revoke(grantee.id(), owner.id())));
  }

  private static List<String> withBoth(Handle h, String ownerName, String granteeName,
      BiConsumer<Account, Account> change) {
    var accounts = new AccountStore(h);
    Optional<Account> owner = accounts.byName(ownerName);
    Optional<Account> grantee = accounts.byName(granteeName);
    List<String> missing = new ArrayList<>();
    if (owner.isEmpty()) missing.add(ownerName);
    if (grantee.isEmpty() && !granteeName.equals(ownerName)) missing.add(granteeName);
    if (missing.isEmpty()) change.accept(owner.get(), grantee.get());
    return List.copyOf(missing);
  }
}
