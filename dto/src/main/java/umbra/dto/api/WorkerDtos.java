package umbra.dto.api;

import java.time.Instant;
import java.util.List;

/** The editor's view of background work: workers and crons, their queues and dead letters (backend.md 5.4, 6). */
public final class WorkerDtos {
  private WorkerDtos() {}

  /**
   * A live worker or cron: {@code state} is {@code run}, {@code pause} or {@code block};
   * {@code queued} counts events waiting (or running), {@code dead} the dead letters.
   */
  public record Worker(long tlid, String module, String name, String modifier, String state, long queued, long dead) {}

  /** {@code GET .../workers}. */
  public record WorkerList(List<Worker> workers) {}

  /** {@code POST .../toplevels/{tlid}/schedule}: {@code pause} or {@code run}. */
  public record ScheduleRequest(String schedule) {}

  /** An event that failed its last attempt, with its last error. */
  public record DeadLetter(long id, String value, Instant enqueuedAt, int attempts, String lastError, Instant deadAt) {}

  public record DeadLetterList(List<DeadLetter> deadLetters) {}

  /** {@code POST .../toplevels/{tlid}/dead-letters/requeue}: how many went back on the queue. */
  public record Requeued(int requeued) {}
}
