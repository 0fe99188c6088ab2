package umbra.dto.api;

import java.util.Map;

/** The editor's live values of one toplevel for one trace (the trace loop). */
public final class AnalysisDtos {
  private AnalysisDtos() {}

  /** {@code POST .../toplevels/{tlid}/analysis}: which trace. */
  public record AnalysisRequest(String traceId) {}

  /**
   * The toplevel's result for the trace, and the value of every expression that ran, by
   * expression id; an expression on a branch not taken has no entry.
   */
  public record Analysis(String traceId, TraceDtos.Value result, Map<String, TraceDtos.Value> liveValues) {}
}
