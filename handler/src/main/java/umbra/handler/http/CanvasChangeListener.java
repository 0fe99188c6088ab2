package umbra.handler.http;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.handler.storage.CanvasChanges;

/**
 * Listens for {@link CanvasChanges} announcements from any Umbra process on the database and
 * drops the changed canvases from {@link CanvasSnapshots}. Holds one connection of the pool.
 * While the connection is down the cache is told, so it checks fingerprints instead; after a
 * reconnect everything cached is dropped, since announcements may have been missed meanwhile.
 */
public final class CanvasChangeListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CanvasChangeListener.class);
  private static final int POLL_MILLIS = 250;

  private final Jdbi jdbi;
  private final CanvasSnapshots snapshots;
  private final Duration retryAfter;
  private final Thread thread;
  private volatile boolean stopping;

  public CanvasChangeListener(Jdbi jdbi, CanvasSnapshots snapshots, Duration retryAfter) {
    this.jdbi = jdbi;
    this.snapshots = snapshots;
    this.retryAfter = retryAfter;
    this.thread = Thread.ofPlatform().name("umbra-canvas-changes").daemon(true).start(this::run);
  }

  private void run() {
    while (!stopping) {
      try (Handle h = jdbi.open()) {
        PGConnection pg = h.getConnection().unwrap(PGConnection.class);
        h.execute("LISTEN " + CanvasChanges.CHANNEL);
        try {
          snapshots.invalidateAll();
          snapshots.setListening(true);
          while (!stopping) {
            PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
            if (notes == null) continue;
            for (PGNotification n : notes) {
              if (n.getName().equals(CanvasChanges.CHANNEL)) snapshots.changed(UUID.fromString(n.getParameter()));
            }
          }
        } finally {
          h.execute("UNLISTEN *"); // the connection goes back to the pool
        }
      } catch (SQLException | RuntimeException e) {
        snapshots.setListening(false);
        if (!stopping) {
          LOG.warn("canvas change announcements unavailable ({}); checking fingerprints until they are back", e.toString());
          sleep(retryAfter);
        }
      }
    }
    snapshots.setListening(false);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override public void close() {
    stopping = true;
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
