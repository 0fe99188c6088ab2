package umbra.dto.api;

import java.time.Instant;
import java.util.List;

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

  /** A non-pure call's stored result: the function, its call site, the hash of its arguments. */
  public record FunctionResult(String fnName, long callId, String hash, int hashVersion, Value value, Instant timestamp) {}

  /** {@code GET .../toplevels/{tlid}/traces/{traceId}}: the inputs and the recorded results. */
  public record TraceData(String traceId, List<Input> input, Instant timestamp, List<FunctionResult> functionResults) {}

  /** A request no handler matched (newest per path, last 7 days). */
  public record NotFound(String module, String path, String modifier, Instant timestamp, String traceId) {}

  public record NotFoundList(List<NotFound> notFounds) {}

  /** {@code DELETE .../404s}: how many stored requests went. */
  public record Deleted(int deleted) {}
}
