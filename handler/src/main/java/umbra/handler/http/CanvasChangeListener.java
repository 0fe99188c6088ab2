package umbra.handler.http;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import umbra.handler.storage.CanvasChanges;
import umbra.handler.supervision.Supervised;

/**
 * Listens for {@link CanvasChanges} announcements from any Umbra process on the database and
 * drops the changed canvases from {@link CanvasSnapshots}. Holds one connection of the pool.
 * While the connection is down the cache is told, so it checks fingerprints instead; after a
 * reconnect everything cached is dropped, since announcements may have been missed meanwhile.
 */
public final class CanvasChangeListener implements AutoCloseable {
  private static final int POLL_MILLIS = 250;

  private final Jdbi jdbi;
  private final CanvasSnapshots snapshots;
  private final Supervised thread;

  public CanvasChangeListener(Jdbi jdbi, CanvasSnapshots snapshots, Duration retryAfter) {
    this.jdbi = jdbi;
    this.snapshots = snapshots;
    this.thread = Supervised.start("umbra-canvas-changes", Supervised.Backoff.fixed(retryAfter), this::listen);
  }

  /** Until stopped; a lost connection (or anything else) throws, and the supervisor tries again after {@code retryAfter}. */
  private void listen(Supervised self) throws SQLException {
    try (Handle h = jdbi.open()) {
      PGConnection pg = h.getConnection().unwrap(PGConnection.class);
      h.execute("LISTEN " + CanvasChanges.CHANNEL);
      try {
        snapshots.invalidateAll();
        snapshots.setListening(true);
        self.progress();
        while (!self.stopping()) {
          PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
          if (notes == null) continue;
          for (PGNotification n : notes) {
            if (n.getName().equals(CanvasChanges.CHANNEL)) snapshots.changed(UUID.fromString(n.getParameter()));
          }
        }
      } finally {
        h.execute("UNLISTEN *"); // the connection goes back to the pool
      }
    } finally {
      snapshots.setListening(false); // until heard again, the cache checks fingerprints
    }
  }

  /** For health. */
  public Supervised.State state() { return thread.state(); }

  @Override public void close() { thread.close(); }
}
