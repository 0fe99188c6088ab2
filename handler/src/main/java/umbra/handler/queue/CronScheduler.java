package umbra.handler.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.handler.supervision.Supervised;
import umbra.domain.canvas.CronInterval;
import umbra.domain.queue.CronSchedule;
import umbra.domain.queue.EventDesc;
import umbra.domain.value.Dval;

/**
 * Fires crons (backend.md 6.4, Dark's CronChecker): every {@code every}, each live cron with an
 * interval that is due gets a {@code ("CRON", name, interval)} event and a record of the run, in
 * one transaction under an advisory lock per cron, so any number of schedulers fire it once.
 * Times come from PostgreSQL, so processes with different clocks agree. A paused cron is not
 * fired (its runs do not pile up).
 */
public final class CronScheduler implements AutoCloseable {
  private final Jdbi jdbi;
  private final Duration every;
  private volatile Supervised thread;

  public CronScheduler(Jdbi jdbi, Duration every) {
    this.jdbi = jdbi;
    this.every = every;
  }

  private record Cron(UUID canvas, long tlid, String name, CronInterval interval) {}

  public CronScheduler start() {
    // a failed check is logged by the supervisor and tried again after {@code every}
    thread = Supervised.start("umbra-cron", Supervised.Backoff.fixed(every), self -> {
      checkOnce();
      self.progress();
      self.pause(every);
    });
    return this;
  }

  /** One pass over every live cron; returns how many it fired. */
  public int checkOnce() {
    List<Cron> crons = jdbi.withHandle(h -> h.createQuery("""
            SELECT t.canvas_id, t.tlid, t.name, t.modifier FROM toplevel_oplists t
            WHERE t.module = 'CRON' AND NOT t.deleted AND t.name IS NOT NULL AND t.modifier IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM scheduling_rules r WHERE r.canvas_id = t.canvas_id
                              AND r.event_space = 'CRON' AND r.handler_name = t.name)""")
        .map((rs, ctx) -> {
          UUID canvas = rs.getObject("canvas_id", UUID.class);
          long tlid = rs.getLong("tlid");
          String name = rs.getString("name");
          return CronInterval.parse(rs.getString("modifier")).map(i -> new Cron(canvas, tlid, name, i));
        })
        .list().stream().flatMap(Optional::stream).toList());
    int fired = 0;
    for (Cron c : crons) {
      if (fire(c)) fired++;
    }
    return fired;
  }

  private boolean fire(Cron c) {
    return jdbi.inTransaction(h -> {
      h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
          .bind("key", "cron:" + c.canvas() + ":" + c.tlid()).mapTo(String.class).one();
      Instant now = h.createQuery("SELECT now()").mapTo(OffsetDateTime.class).one().toInstant();
      Optional<Instant> last = h.createQuery(
              "SELECT max(ran_at) FROM cron_records WHERE canvas_id = :canvas AND tlid = :tlid")
          .bind("canvas", c.canvas()).bind("tlid", c.tlid())
          .map((rs, ctx) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
          .one();
      if (!CronSchedule.due(last, c.interval(), now)) return false;
      EventQueue.enqueue(h, c.canvas(), new EventDesc(EventDesc.CRON, c.name(), c.interval().text()), Dval.NULL);
      h.createUpdate("INSERT INTO cron_records (canvas_id, tlid) VALUES (:canvas, :tlid)")
          .bind("canvas", c.canvas()).bind("tlid", c.tlid()).execute();
      return true;
    });
  }

  /** For health (stopped when it was never started). */
  public Supervised.State state() {
    return thread != null ? thread.state()
        : new Supervised.State("umbra-cron", Supervised.Status.STOPPED, 0, Optional.empty());
  }

  @Override public void close() {
    if (thread != null) thread.close();
  }
}
