package umbra.dto.api;

import java.util.List;
import java.util.Optional;

/**
 * What the event stream ({@code GET /api/v1/canvases/{canvas}/events}) says, one small JSON
 * object per Server-Sent Event, told apart by {@code type}. The SSE id of each is its place in the
 * canvas's feed; send it back as {@code Last-Event-ID} to resume.
 */
public final class EventDtos {
  private EventDtos() {}

  /**
   * {@code "trace"}: a handler, worker or cron ran and its trace was stored. {@code method} is
   * the HTTP method ({@code _} for workers), {@code status} the response's (0 without one).
   */
  public record Trace(String type, long tlid, String traceId, String module, String method, String path, int status,
      long durationMicros, Optional<String> error) {
    public static final String TYPE = "trace";
  }

  /** {@code "404"}: a request (or event) no handler took, kept so the owner can add one. */
  public record NotFound(String type, String traceId, String module, String method, String path) {
    public static final String TYPE = "404";
  }

  /** {@code "ops"}: a client changed these toplevels. */
  public record Ops(String type, List<Long> tlids, String clientId) {
    public static final String TYPE = "ops";
  }

  /**
   * {@code "worker"}: a worker's queue or state changed ({@code change}: enqueued, retry, dead,
   * requeued, paused, running); a finished run shows as its {@code trace} event instead.
   */
  public record Worker(String type, String worker, String change) {
    public static final String TYPE = "worker";
  }
}
