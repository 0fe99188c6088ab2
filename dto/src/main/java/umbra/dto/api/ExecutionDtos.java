package umbra.dto.api;

import java.util.List;
import java.util.Optional;

/** The editor's replay and play: code run for real, its results kept in a trace. */
public final class ExecutionDtos {
  private ExecutionDtos() {}

  /** {@code POST .../toplevels/{tlid}/replay}: which trace's input to run the handler with. */
  public record ReplayRequest(String traceId) {}

  /**
   * {@code POST .../toplevels/{tlid}/execute} (play): call {@code fnName} ({@code Module::fn_vN}
   * or one of the canvas's functions) with {@code args}, each in the trace format (the
   * {@code json} of a {@link TraceDtos.Value}), as the call at expression {@code callerId} of the
   * toplevel; the trace keeps the result there.
   */
  public record PlayRequest(String traceId, String fnName, long callerId, List<String> args) {}

  /** The response an HTTP handler's result became; the body as UTF-8 text. */
  public record Response(int status, String body) {}

  /**
   * What ran: the result, the response (HTTP handlers only), how it ended, and for a replay how
   * the trace had ended before it ({@code before}; null for a play or a trace without one), so
   * the difference the current code makes shows.
   */
  public record Executed(String traceId, TraceDtos.Value result, Optional<Response> response, TraceDtos.Outcome outcome,
      Optional<TraceDtos.Outcome> before) {}
}
