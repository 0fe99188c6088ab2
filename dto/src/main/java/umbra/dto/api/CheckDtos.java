package umbra.dto.api;

import java.util.List;

/** {@code POST /api/v1/canvases/{canvas}/check}: what an edit would do to the canvas's stored traces, before it is made. */
public final class CheckDtos {
  private CheckDtos() {}

  /** The ops an edit would send (as to {@code .../ops}); nothing is changed. */
  public record CheckRequest(List<OpDto> ops) {}

  /**
   * One stored trace replayed on the code before and after the edit: {@code verdict} is
   * {@code same}, {@code differs} ({@code before} and {@code after} show the two responses) or
   * {@code undecided} ({@code reason} names the impure call the trace cannot answer).
   */
  public record TraceVerdict(long tlid, String traceId, String verdict, String before, String after, String reason) {}

  public record CheckResult(List<TraceVerdict> verdicts, int same, int differs, int undecided) {}
}
