package umbra.dto.api;

import java.util.List;
import java.util.Map;

/** The editor's live values of one toplevel for one trace (the trace loop). */
public final class AnalysisDtos {
  private AnalysisDtos() {}

  /** {@code POST .../toplevels/{tlid}/analysis}: which trace. */
  public record AnalysisRequest(String traceId) {}

  /**
   * The toplevel's result for the trace, the value of every expression that ran by expression
   * id, and the ids of the expressions that did not run (branches not taken), to show faded.
   */
  public record Analysis(String traceId, TraceDtos.Value result, Map<String, TraceDtos.Value> liveValues,
      List<String> notExecuted) {}
}
