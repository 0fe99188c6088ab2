package umbra.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CanvasLoadBench} and prints the load time of a canvas whose toplevel has 10,000
 * ops over the same canvas with 10 ops. Goal: under 1.2 (the "loads do not grow with
 * history").
 */
public final class StorageRatios {
  private static final double GOAL = 1.2;

  private StorageRatios() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("-quick");
    var options = new OptionsBuilder().include(CanvasLoadBench.class.getSimpleName());
    if (quick) {
      options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
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
