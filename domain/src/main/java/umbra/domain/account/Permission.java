package umbra.domain.account;

import java.util.Optional;

/** What an account may do on a canvas (backend.md 5.2 step 4). Ordered: a later constant allows more. */
public enum Permission {
  READ, READ_WRITE;

  public boolean allows(Permission needed) { return compareTo(needed) >= 0; }

  /**
   * The best of: read-write for the owner and for admins, read for anyone on the {@code sample}
   * account's canvases, and the owner's grant to the account. Empty means no access.
   */
  public static Optional<Permission> of(String accountName, boolean admin, String canvasName,
      Optional<Permission> grantFromOwner) {
    String owner = CanvasName.owner(canvasName);
    if (admin || owner.equals(accountName)) return Optional.of(READ_WRITE);
    Optional<Permission> sample = owner.equals("sample") ? Optional.of(READ) : Optional.empty();
    return best(sample, grantFromOwner);
  }

  private static Optional<Permission> best(Optional<Permission> a, Optional<Permission> b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return Optional.of(a.get().allows(b.get()) ? a.get() : b.get());
  }
}
