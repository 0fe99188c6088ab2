package umbra.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link CanvasLoadBench} and prints the load time of a canvas whose toplevel has 10,000
 * ops over the same canvas with 10 ops. Goal: under 1.2 (the "loads do not grow with
 * history").
 */
public final class StorageRatios {
  private static final double GOAL = 1.2;

  private StorageRatios() {}

  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results = Jmh.run(CanvasLoadBench.class, args);
    Map<String, Double> byOps = new HashMap<>();
    for (RunResult r : results) byOps.put(r.getParams().getParam("ops"), r.getPrimaryResult().getScore());
    double few = byOps.get("10");
    double many = byOps.get("10000");
    double ratio = many / few;
    System.out.println();
    System.out.printf("%-24s %12s %12s %8s  %s%n", "case", "10 ops ms", "10000 ops ms", "ratio", "goal");
    System.out.printf("%-24s %12.3f %12.3f %8.2f  %s%n", "canvasLoad", few, many, ratio,
        "< " + GOAL + (ratio < GOAL ? " (met)" : " (NOT met)"));
  }
}
