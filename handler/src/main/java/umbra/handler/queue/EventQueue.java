package umbra.handler.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.queue.EventDesc;
import umbra.domain.queue.RetryPolicy;
import umbra.domain.value.Dval;
import umbra.dto.api.EventDtos;
import umbra.handler.events.CanvasEventLog;
import umbra.handler.traces.TraceValueJson;

/**
 * The {@code events} table (backend.md 6.1, V4__queue.sql): enqueue with a notification, claim
 * one ready event with {@code FOR UPDATE SKIP LOCKED}, finish it, or record a failure (retry
 * after a backoff, or a dead letter). Every statement commits on its own.
 */
public final class EventQueue {
  /** The notification channel a new event is announced on; its payload is the event id. */
  public static final String CHANNEL = "umbra_events";

  private final Jdbi jdbi;

  public EventQueue(Jdbi jdbi) { this.jdbi = jdbi; }

  /** A claimed event: {@code attempts} counts this run. */
  public record Claimed(long id, UUID canvasId, EventDesc desc, Dval value, int attempts) {}

  /** An event as the editor and the CLI list it. */
  public record Queued(long id, EventDesc desc, String value, Instant enqueuedAt, int attempts,
      Optional<String> lastError, Optional<Instant> deadAt) {}

  public long enqueue(UUID canvas, EventDesc desc, Dval value) {
    return jdbi.inTransaction(h -> enqueue(h, canvas, desc, value));
  }

  /** Inside the caller's transaction (the cron scheduler records the run in the same one). */
  static long enqueue(Handle h, UUID canvas, EventDesc desc, Dval value) {
    told(h, canvas, desc.name(), "enqueued");
    return h.createQuery("""
            WITH e AS (
              INSERT INTO events (canvas_id, module, name, modifier, value) VALUES (:canvas, :module, :name, :modifier, :value)
              RETURNING id)
            SELECT e.id, pg_notify('umbra_events', e.id::text) FROM e""")
        .bind("canvas", canvas).bind("module", desc.module()).bind("name", desc.name())
        .bind("modifier", desc.modifier()).bind("value", TraceValueJson.write(value))
        .map((rs, ctx) -> rs.getLong(1)).one();
  }

  /**
   * Claims the oldest ready event of a handler that is not paused, for {@code hold}: no other
   * process takes it until then, or until it is finished or failed.
   */
  public Optional<Claimed> claim(Duration hold) {
    return jdbi.withHandle(h -> h.createQuery("""
            UPDATE events SET attempts = attempts + 1, locked_until = now() + make_interval(secs => :hold)
            WHERE id = (
              SELECT e.id FROM events e
              WHERE e.dead_at IS NULL AND e.run_at <= now() AND (e.locked_until IS NULL OR e.locked_until < now())
                AND NOT EXISTS (SELECT 1 FROM scheduling_rules r WHERE r.canvas_id = e.canvas_id
                                AND r.event_space = e.module AND r.handler_name = e.name)
              ORDER BY e.run_at, e.id
              FOR UPDATE SKIP LOCKED
              LIMIT 1)
            RETURNING id, canvas_id, module, name, modifier, value, attempts""")
        .bind("hold", (double) hold.toSeconds())
        .map((rs, ctx) -> new Claimed(rs.getLong("id"), rs.getObject("canvas_id", UUID.class),
            new EventDesc(rs.getString("module"), rs.getString("name"), rs.getString("modifier")),
            TraceValueJson.read(rs.getString("value")), rs.getInt("attempts")))
        .findOne());
  }

  /**
   * The run is over (it succeeded, or no handler exists): the event goes. The event stream hears
   * of it from the run's trace, so this costs one statement.
   */
  public void finish(Claimed event) {
    jdbi.useHandle(h -> h.createUpdate("DELETE FROM events WHERE id = :id").bind("id", event.id()).execute());
  }

  /** Tells the canvas's event stream that a worker's queue or state changed. */
  private static void told(Handle h, UUID canvas, String worker, String change) {
    CanvasEventLog.append(h, List.of(Map.entry(canvas,
        CanvasEventLog.json(new EventDtos.Worker(EventDtos.Worker.TYPE, worker, change)))));
  }

  /** The run failed: try again after the policy's backoff, or keep it as a dead letter. */
  public void fail(Claimed event, String error, RetryPolicy policy) {
    Optional<Duration> retry = policy.retryAfter(event.attempts());
    jdbi.useTransaction(h -> {
      h.createUpdate(retry.isPresent()
              ? "UPDATE events SET locked_until = NULL, last_error = :error, run_at = now() + make_interval(secs => :wait) WHERE id = :id"
              : "UPDATE events SET locked_until = NULL, last_error = :error, dead_at = now() WHERE id = :id")
          .bind("id", event.id()).bind("error", error)
          .bind("wait", retry.map(d -> d.toMillis() / 1000.0).orElse(0.0))
          .execute();
      told(h, event.canvasId(), event.desc().name(), retry.isPresent() ? "retry" : "dead");
    });
  }

  /** The events of a canvas (one handler's, or all when {@code name} is null), oldest first. */
  public List<Queued> list(UUID canvas, String module, String name, boolean dead, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT id, module, name, modifier, value, enqueued_at, attempts, last_error, dead_at FROM events
            WHERE canvas_id = :canvas AND (CAST(:module AS text) IS NULL OR module = :module)
              AND (CAST(:name AS text) IS NULL OR name = :name) AND (dead_at IS NOT NULL) = :dead
            ORDER BY id LIMIT :limit""")
        .bind("canvas", canvas).bind("module", module).bind("name", name).bind("dead", dead).bind("limit", limit)
        .map((rs, ctx) -> new Queued(rs.getLong("id"),
            new EventDesc(rs.getString("module"), rs.getString("name"), rs.getString("modifier")), rs.getString("value"),
            rs.getObject("enqueued_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts"),
            Optional.ofNullable(rs.getString("last_error")),
            Optional.ofNullable(rs.getObject("dead_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
        .list());
  }

  /** Queued (not dead) events of one handler. */
  public long count(UUID canvas, String module, String name) { return count(canvas, module, name, false); }

  /** How many of the handler's events ran out of attempts and wait in its dead letters. */
  public long countDead(UUID canvas, String module, String name) { return count(canvas, module, name, true); }

  private long count(UUID canvas, String module, String name, boolean dead) {
    return jdbi.withHandle(h -> h.createQuery("""
            SELECT count(*) FROM events
            WHERE canvas_id = :canvas AND module = :module AND name = :name AND (dead_at IS NOT NULL) = :dead""")
        .bind("canvas", canvas).bind("module", module).bind("name", name).bind("dead", dead).mapTo(Long.class).one());
  }

  /** Dead letters back in the queue as fresh events (attempts from zero); how many. */
  public int requeueDead(UUID canvas, String module, String name) {
    return jdbi.inTransaction(h -> {
      told(h, canvas, name, "requeued");
      return h.createQuery("""
            WITH r AS (
              UPDATE events SET dead_at = NULL, attempts = 0, run_at = now(), locked_until = NULL
              WHERE canvas_id = :canvas AND module = :module AND name = :name AND dead_at IS NOT NULL
              RETURNING id)
            SELECT count(pg_notify('umbra_events', r.id::text)) FROM r""")
          .bind("canvas", canvas).bind("module", module).bind("name", name).mapTo(Integer.class).one();
    });
  }

  /** Pauses a handler (its events stay queued) or lets it run again (and wakes the workers). */
  public void setPaused(UUID canvas, String module, String name, boolean paused) {
    jdbi.useTransaction(h -> {
      told(h, canvas, name, paused ? "paused" : "running");
      if (paused) {
        h.createUpdate("""
                INSERT INTO scheduling_rules (canvas_id, rule_type, handler_name, event_space)
                VALUES (:canvas, 'pause', :name, :module) ON CONFLICT DO NOTHING""")
            .bind("canvas", canvas).bind("name", name).bind("module", module).execute();
      } else {
        h.createUpdate("""
                DELETE FROM scheduling_rules
                WHERE canvas_id = :canvas AND rule_type = 'pause' AND handler_name = :name AND event_space = :module""")
            .bind("canvas", canvas).bind("name", name).bind("module", module).execute();
        h.execute("SELECT pg_notify('umbra_events', 'unpaused')");
      }
    });
  }

  /** {@code run}, {@code pause} or {@code block} for a handler (backend.md 6.3: block wins). */
  public String state(UUID canvas, String module, String name) {
    List<String> rules = jdbi.withHandle(h -> h.createQuery("""
            SELECT rule_type FROM scheduling_rules WHERE canvas_id = :canvas AND handler_name = :name AND event_space = :module""")
        .bind("canvas", canvas).bind("name", name).bind("module", module).mapTo(String.class).list());
    return rules.contains("block") ? "block" : rules.contains("pause") ? "pause" : "run";
  }
}
