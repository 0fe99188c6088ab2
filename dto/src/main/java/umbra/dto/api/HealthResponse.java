package umbra.dto.api;

/**
 * {@code GET /api/v1/health} when the server and its database answer.
 *
 * @param traces what the canvas server's trace writer has done since start
 */
public record HealthResponse(String status, String database, TraceStats traces) {

  /**
   * Counts of traces since start: waiting to be written, written, shed by a handler's trace
   * budget, dropped because the writer's queue was full, and lost to a failed write.
   */
  public record TraceStats(long queued, long written, long shed, long dropped, long failed) {}
}
