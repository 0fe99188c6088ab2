package umbra.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import umbra.domain.canvas.CronInterval;

/**
 * When a cron is due (backend.md 6.4): at once if it never ran, else one interval after its last
 * actual run (so lateness accumulates, as in Dark).
 */
public final class CronSchedule {
  private CronSchedule() {}

  public static Duration length(CronInterval interval) {
    return switch (interval) {
      case EVERY_MINUTE -> Duration.ofMinutes(1);
      case EVERY_HOUR -> Duration.ofHours(1);
      case EVERY_12_HOURS -> Duration.ofHours(12);
      case EVERY_DAY -> Duration.ofDays(1);
      case EVERY_WEEK -> Duration.ofDays(7);
      case EVERY_FORTNIGHT -> Duration.ofDays(14);
    };
  }

  public static boolean due(Optional<Instant> lastRun, CronInterval interval, Instant now) {
    return lastRun.isEmpty() || !now.isBefore(lastRun.get().plus(length(interval)));
  }
}
