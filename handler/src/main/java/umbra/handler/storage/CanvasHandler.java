package umbra.handler.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.account.CanvasName;
import umbra.domain.canvas.Checked;
import umbra.domain.http.Cors;
import umbra.handler.storage.codec.StorageCodec;

/** Canvas-level chores around the op histories: opening a canvas, secrets, deleting toplevels for good. */
public final class CanvasHandler {
  private final Jdbi jdbi;
  private final StorageCodec codec;

  public CanvasHandler(Jdbi jdbi, StorageCodec codec) {
    this.jdbi = jdbi;
    this.codec = codec;
  }

  /**
   * The canvas of that name, created on first use for the account named by its owner part
   * (backend.md 4.6: opening a canvas creates it).
   */
  public Checked<CanvasInfo> open(String canvasName) {
    Optional<String> invalid = CanvasName.reject(canvasName);
    if (invalid.isPresent()) return Checked.rejected(invalid.get());
    String ownerName = CanvasName.owner(canvasName);
    return jdbi.inTransaction(h -> new AccountStore(h).byName(ownerName)
        .map(owner -> Checked.ok(new CanvasStore(h).getOrCreate(canvasName, owner.id(), UUID.randomUUID())))
        .orElse(Checked.rejected("No account named '" + ownerName + "' to own canvas '" + canvasName + "'")));
  }

  public Optional<CanvasInfo> find(String canvasName) {
    return jdbi.withHandle(h -> new CanvasStore(h).byName(canvasName));
  }

  public List<String> ownedBy(Account account) {
    return jdbi.withHandle(h -> new CanvasStore(h).namesOwnedBy(account.id()));
  }

  /** The canvases {@code account} owns or was granted, sorted by name. */
  public List<VisibleCanvas> visibleTo(Account account) {
    return jdbi.withHandle(h -> new CanvasStore(h).visibleTo(account.id()));
  }

  /** The canvas's version (V6): how many requests have changed its toplevels. */
  public long version(UUID canvasId) {
    return jdbi.withHandle(h -> new CanvasStore(h).version(canvasId));
  }

  /** Each client's highest op counter (initial_load's {@code opCtrs}, backend.md 5.4). */
  public Map<UUID, Long> opCounters(UUID canvasId) {
    return jdbi.withHandle(h -> new OpCounterStore(h).all(canvasId));
  }

  /** backend.md 5.4 insert_secret; the secrets afterwards, newest first. */
  public Checked<List<Secret>> insertSecret(UUID canvasId, String name, String value) {
    return jdbi.inTransaction(h -> {
      var secrets = new SecretStore(h);
      if (!secrets.insert(canvasId, name, value)) {
        return Checked.rejected("The secret's name is already defined for this canvas");
      }
      CanvasChanges.notify(h, canvasId);
      return Checked.ok(secrets.list(canvasId));
    });
  }

  /** Sets a secret, replacing its value if the canvas has it (in one statement); the secrets afterwards, newest first. */
  public List<Secret> putSecret(UUID canvasId, String name, String value) {
    return jdbi.inTransaction(h -> {
      var secrets = new SecretStore(h);
      secrets.put(canvasId, name, value);
      CanvasChanges.notify(h, canvasId);
      return secrets.list(canvasId);
    });
  }

  public List<Secret> deleteSecret(UUID canvasId, String name) {
    return jdbi.inTransaction(h -> {
      var secrets = new SecretStore(h);
      secrets.delete(canvasId, name);
      CanvasChanges.notify(h, canvasId);
      return secrets.list(canvasId);
    });
  }

  public List<Secret> secrets(UUID canvasId) {
    return jdbi.withHandle(h -> new SecretStore(h).list(canvasId));
  }

  /** backend.md 1.7: the canvas's CORS setting, which its HTTP handlers' responses carry. */
  public void setCors(UUID canvasId, Cors cors) {
    jdbi.useTransaction(h -> {
      new CanvasStore(h).setCors(canvasId, cors);
      CanvasChanges.notify(h, canvasId);
    });
  }

  public Cors cors(UUID canvasId) {
    return jdbi.withHandle(h -> new CanvasStore(h).cors(canvasId));
  }

  /** backend.md 1.3: the hosts that name this canvas, sorted. */
  public List<String> customDomains(CanvasInfo canvas) {
    return jdbi.withHandle(h -> new CanvasStore(h).customDomains(canvas.name()));
  }

  /** Points {@code host} at the canvas (again: no change), unless another canvas has it. */
  public Checked<List<String>> addCustomDomain(CanvasInfo canvas, String host) {
    return jdbi.inTransaction(h -> {
      var store = new CanvasStore(h);
      String holder = store.claimCustomDomain(host, canvas.name());
      if (!holder.equals(canvas.name())) {
        return Checked.rejected("the custom domain " + host + " already points at another canvas; "
            + "remove it there first");
      }
      CanvasChanges.notify(h, canvas.id()); // servers forget the hosts they looked up, this one included
      return Checked.ok(store.customDomains(canvas.name()));
    });
  }

  /** False when the canvas does not have {@code host}. */
  public boolean removeCustomDomain(CanvasInfo canvas, String host) {
    return jdbi.inTransaction(h -> {
      boolean removed = new CanvasStore(h).removeCustomDomain(host, canvas.name());
      if (removed) CanvasChanges.notify(h, canvas.id());
      return removed;
    });
  }

  /** backend.md 5.4 delete-toplevel-forever: only a currently deleted toplevel goes; false otherwise. */
  public boolean deleteForever(UUID canvasId, long tlid) {
    return jdbi.inTransaction(h -> {
      var store = new CanvasStore(h);
      long version = store.lockForChanges(canvasId);
      CanvasChanges.notify(h, canvasId);
      boolean deleted = new OpStore(h, codec).deleteForever(canvasId, tlid);
      // the deleted toplevels are part of what a client reads (and push plans around)
      if (deleted) store.setVersion(canvasId, version + 1);
      return deleted;
    });
  }
}
