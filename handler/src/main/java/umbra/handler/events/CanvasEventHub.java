package umbra.handler.events;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import umbra.handler.supervision.Supervised;

/**
 * Hands the canvas event feed to this process's open event streams. One thread LISTENs for
 * {@link CanvasEventLog#CHANNEL}; for a canvas someone follows it reads the announced rows and
 * sends them to each follower, in order and never twice. A follower resuming from an id first gets
 * what it missed. After the LISTEN connection drops, followers catch up from their last id. Every
 * {@code heartbeatEvery} each follower gets a heartbeat, which also finds clients that left.
 */
public final class CanvasEventHub implements AutoCloseable {
  private static final int POLL_MILLIS = 250;
  /** How many missed events a resuming follower is sent at most. */
  static final int BACKLOG = 1_000;

  /** Where a follower's events go: an open SSE response, a test's list. */
  public interface Sink {
    /** @return false when the client is gone (the follower is then dropped) */
    boolean send(CanvasEventLog.Entry event);

    /** @return false when the client is gone */
    boolean heartbeat();

    /** The server is stopping: end the stream. */
    void close();
  }

  /** One follower of one canvas; {@link #close} stops following. */
  public final class Follower implements AutoCloseable {
    private final UUID canvas;
    private final Sink sink;
    private long lastSent;

    private Follower(UUID canvas, Sink sink, long lastSent) {
      this.canvas = canvas;
      this.sink = sink;
      this.lastSent = lastSent;
    }

    private synchronized void deliver(List<CanvasEventLog.Entry> events) {
      for (CanvasEventLog.Entry e : events) {
        if (e.id() <= lastSent) continue;
        if (!sink.send(e)) {
          close();
          return;
        }
        lastSent = e.id();
      }
    }

    private synchronized void catchUp() {
      if (lastSent > 0) deliver(jdbi.withHandle(h -> CanvasEventLog.after(h, canvas, lastSent, BACKLOG)));
    }

    private synchronized void heartbeat() {
      if (!sink.heartbeat()) close();
    }

    @Override public void close() {
      List<Follower> list = followers.get(canvas);
      if (list != null) list.remove(this);
    }
  }

  private final Jdbi jdbi;
  private final Duration heartbeatEvery;
  private final Map<UUID, List<Follower>> followers = new ConcurrentHashMap<>();
  private final Supervised thread;
  private volatile boolean stopping;
  /** Touched only by the listening thread. */
  private long nextHeartbeat;
  private boolean missedSome;

  public CanvasEventHub(Jdbi jdbi, Duration heartbeatEvery, Duration retryAfter) {
    this.jdbi = jdbi;
    this.heartbeatEvery = heartbeatEvery;
    this.nextHeartbeat = System.nanoTime() + heartbeatEvery.toNanos();
    this.thread = Supervised.start("umbra-canvas-events", Supervised.Backoff.fixed(retryAfter), this::listen);
  }

  /**
   * Follows a canvas from now on; with {@code resumeAfter} (a Last-Event-ID) the events after it
   * are sent first.
   */
  public Follower follow(UUID canvas, OptionalLong resumeAfter, Sink sink) {
    if (stopping) throw new IllegalStateException("the server is stopping");
    long newest = resumeAfter.orElseGet(() -> jdbi.withHandle(h ->
        h.createQuery("SELECT coalesce(max(id), 0) FROM canvas_events WHERE canvas_id = :c").bind("c", canvas)
            .mapTo(Long.class).one()));
    var follower = new Follower(canvas, sink, newest);
    followers.computeIfAbsent(canvas, c -> new CopyOnWriteArrayList<>()).add(follower);
    if (resumeAfter.isPresent()) follower.catchUp();
    return follower;
  }

  /** How many streams are open (for health and tests). */
  public int following() { return followers.values().stream().mapToInt(List::size).sum(); }

  /**
   * Until stopped; a lost connection (or anything else) throws, and the supervisor tries again
   * after {@code retryAfter}, when the followers first catch up on what they missed.
   */
  private void listen(Supervised self) throws SQLException {
    try (Handle h = jdbi.open()) {
      PGConnection pg = h.getConnection().unwrap(PGConnection.class);
      h.execute("LISTEN " + CanvasEventLog.CHANNEL);
      try {
        if (missedSome) followers.values().forEach(list -> list.forEach(Follower::catchUp));
        self.progress();
        while (!self.stopping()) {
          PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
          if (notes != null) for (PGNotification n : notes) announced(h, n.getParameter());
          if (System.nanoTime() - nextHeartbeat > 0) {
            nextHeartbeat = System.nanoTime() + heartbeatEvery.toNanos();
            heartbeat();
          }
        }
      } finally {
        h.execute("UNLISTEN *"); // the connection goes back to the pool
      }
    } finally {
      missedSome = true; // announcements may be missed until the next LISTEN
    }
  }

  /** For health. */
  public Supervised.State state() { return thread.state(); }

  /** {@code "<canvas> <first> <last>"}. */
  private void announced(Handle h, String payload) {
    String[] parts = payload.split(" ");
    if (parts.length != 3) return;
    UUID canvas = UUID.fromString(parts[0]);
    List<Follower> list = followers.get(canvas);
    if (list == null || list.isEmpty()) return;
    List<CanvasEventLog.Entry> events = CanvasEventLog.between(h, canvas, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    for (Follower f : list) f.deliver(events);
  }

  private void heartbeat() {
    for (List<Follower> list : followers.values()) {
      list.forEach(Follower::heartbeat);
    }
  }

  /** Ends every stream, then stops listening. */
  @Override public void close() {
    stopping = true;
    followers.values().forEach(list -> list.forEach(f -> f.sink.close()));
    followers.clear();
    thread.close();
  }
}
