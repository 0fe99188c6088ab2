package umbra.domain.eval;

import java.util.List;
import java.util.Map;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;

/** What an evaluation recorded for traces: effect answers and user-function arguments. */
public final class TraceEvents {
  private TraceEvents() {}

  /**
   * A non-pure builtin's result, as answered by the caller; {@code tlid} is the toplevel whose
   * code made the call (the handler, or the user function running at the time: backend.md 3.2);
   * {@code durationNanos} is how long the caller took to answer, as the caller said.
   */
  public record FunctionResult(long tlid, FnName.Stdlib function, long callSiteId, List<Dval> args, Dval result,
      long durationNanos) {
    public FunctionResult { args = List.copyOf(args); }
  }

  /** The arguments a user function was called with. */
  public record FunctionArguments(long tlid, Map<String, Dval> args) {
    public FunctionArguments { args = Map.copyOf(args); }
  }
}
