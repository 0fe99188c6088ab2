package umbra.bench;

import java.util.Map;

/**
 * The trace loop (issue 11): runs {@link TraceLoopBench} (live values of a request's trace
 * against the request's own evaluation; goal: at most 2x), then, on a running app, the time from
 * a canvas request to its {@code trace} event on the editor's stream (goal: p99 at most 50 ms)
 * and from an edit's response to the canvas serving it (goal: p99 at most 20 ms), each with its
 * peer from the same iterations.
 */
public final class TraceLoopRatios {
  private static final double ANALYSIS_GOAL = 2;
  private static final double TRACE_GOAL_MS = 50;
  private static final double LIVE_GOAL_MS = 20;

  private TraceLoopRatios() {}

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 0 && args[0].equals("-quick");
    Map<String, Double> scores = Jmh.byMethod(Jmh.run(TraceLoopBench.class, args));
    int warmup = quick ? 10 : 50;
    int requests = quick ? 50 : 300;
    int edits = quick ? 30 : 200;
    TraceLoopLatency.Requests trace;
    TraceLoopLatency.Edits live;
    try (var app = new TraceLoopApp();
         var feed = new EventFeed(app.apiBase(), TraceLoopApp.CANVAS, app.token())) {
      trace = TraceLoopLatency.requestToTrace(app, feed, warmup, requests);
      live = TraceLoopLatency.editToLive(app, warmup, edits);
    }

    System.out.println();
    printAnalysis(scores.get("analysis"), scores.get("evaluation"));
    System.out.println();
    System.out.printf("%-24s %9s %9s %9s  %s%n", "latency", "p50", "p99", "max", "goal");
    printSeries("request to trace event", trace.toEvent(), TRACE_GOAL_MS);
    printSeries("(request round trip)", trace.roundTrip(), 0);
    printSeries("edit to live", live.toLive(), LIVE_GOAL_MS);
    printSeries("(ops request)", live.opsRequest(), 0);
    printSeries("(live request, cached)", live.cachedRequest(), 0);
    System.out.printf("ratios of p99s: trace event / round trip %.2f, live / ops request %.2f%n",
        trace.toEvent().p99() / trace.roundTrip().p99(), live.toLive().p99() / live.opsRequest().p99());
    System.out.println("(" + warmup + " warm-up, then " + requests + " requests and " + edits + " edits, one at a time, "
        + TraceLoopLatency.PAUSE.toMillis() + " ms idle between them; a fresh connection per canvas request; "
        + "canvas answers with the old value after an edit's response: " + live.staleAnswers() + ", at most "
        + live.maxStaleInARow() + " in a row)");
  }

  private static void printAnalysis(Double analysis, Double evaluation) {
    System.out.printf("%-24s %12s %12s %8s  %s%n", "case", "analysis us", "request us", "ratio", "goal");
    if (analysis == null || evaluation == null) return;
    double ratio = analysis / evaluation;
    System.out.printf("%-24s %12.2f %12.2f %8.2f  %s%n", "live values", analysis, evaluation, ratio,
        "<= " + ANALYSIS_GOAL + (ratio <= ANALYSIS_GOAL ? " (met)" : " (NOT met)"));
    System.out.println("(handler of " + TraceLoopBench.expressions() + " expressions, " + TraceLoopBench.EFFECTS
        + " effects; request: a traced run answered by the stdlib performer; analysis: AnalysisService with its trace)");
  }

  private static void printSeries(String label, TraceLoopLatency.Spread s, double goalMs) {
    String goal = goalMs == 0 ? "-" : "p99 <= " + (int) goalMs + " ms" + (s.p99() <= goalMs ? " (met)" : " (NOT met)");
    System.out.printf("%-24s %6.2f ms %6.2f ms %6.2f ms  %s%n", label, s.p50(), s.p99(), s.max(), goal);
  }
}
