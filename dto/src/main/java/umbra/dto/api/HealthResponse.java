package umbra.dto.api;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/health} when the server and its database answer.
 *
 * @param status {@code ok}, or {@code degraded} when a background component is not doing its work
 * @param reason why it is degraded (absent when ok)
 * @param traces what the canvas server's trace writer has done since start
 * @param components every supervised background thread of this process and its state
 */
public record HealthResponse(String status, Optional<String> reason, String database, TraceStats traces,
    List<Component> components) {

  /**
   * Counts of traces since start: waiting to be written, written, shed by a handler's trace
   * budget, dropped because the writer's queue was full, and lost to a failed write.
   */
  public record TraceStats(long queued, long written, long shed, long dropped, long failed) {}

  /**
   * One background thread.
   *
   * @param state {@code running}, {@code restarting} (failing, or not making progress), {@code dead} or {@code stopped}
   * @param restarts how many times it failed and was started again since the process started
   * @param lastError its newest failure while it is not running
   */
  public record Component(String name, String state, long restarts, Optional<String> lastError) {}
}
