package umbra.dto.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The editor's view of traces and unmatched requests (backend.md 3.7, 3.8). */
public final class TraceDtos {
  private TraceDtos() {}

  /** A value as the editor shows it ({@code repr}) and in the trace format ({@code json}, backend.md 3.3). */
  public record Value(String repr, String json) {}

  /** One trace of one toplevel; {@code traceId} is a UUID. */
  public record TraceRef(long tlid, String traceId) {}

  /** {@code GET .../traces}: the newest traces, at most ten per toplevel. */
  public record TraceList(List<TraceRef> traces) {}

  /** An input variable of a trace ({@code request}, a route variable, a function parameter). */
  public record Input(String name, Value value) {}

  /**
   * A non-pure call's stored result: the function, its call site, the hash of its arguments, and
   * how long the call took (0 when unmeasured).
   */
  public record FunctionResult(String fnName, long callId, String hash, int hashVersion, Value value, Instant timestamp,
      long durationMicros) {}

  /**
   * How a handler's execution ended: the response status (0 for workers and crons), the Dark
   * error it ended with and the toplevel and expression where that arose (each null when none or
   * unknown), and how long it took.
   */
  public record Outcome(int status, Optional<String> error, Optional<Long> errorTlid, Optional<Long> errorExprId,
      long durationMicros) {}

  /**
   * {@code GET .../toplevels/{tlid}/traces/{traceId}}: the inputs, the recorded results, and how
   * the execution ended (null for functions, 404s, sample inputs and traces from before outcomes).
   */
  public record TraceData(String traceId, List<Input> input, Instant timestamp, List<FunctionResult> functionResults,
      Optional<Outcome> outcome) {}

  /** A request no handler matched (newest per path, last 7 days). */
  public record NotFound(String module, String path, String modifier, Instant timestamp, String traceId) {}

  public record NotFoundList(List<NotFound> notFounds) {}

  /** {@code DELETE .../404s}: how many stored requests went. */
  public record Deleted(int deleted) {}
}
