package umbra.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the benchmarks and prints, for each case, Umbra's time over its peer's. */
public final class Ratios {
  private Ratios() {}

  private static final Map<String, Double> GOALS = Map.of("fib", 1.5);

  public static void main(String[] args) throws RunnerException {
    boolean quick = args.length > 0 && args[0].equals("-quick");
    var options = new OptionsBuilder().include(InterpreterBench.class.getSimpleName());
    if (quick) {
      options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    var scores = new HashMap<String, Double>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      scores.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.printf("%-16s %12s %12s %8s  %s%n", "case", "Umbra ms", "LuaJ ms", "ratio", "goal");
    for (String c : new String[] {"fib", "listPipeline", "stringBuilder"}) {
      Double dark = scores.get(c + "Dark");
      Double lua = scores.get(c + "Lua");
      if (dark == null || lua == null) continue;
      Double goal = GOALS.get(c);
      System.out.printf("%-16s %12.3f %12.3f %8.2f  %s%n", c, dark, lua, dark / lua,
          goal == null ? "-" : "<= " + goal + (dark / lua <= goal ? " (met)" : " (NOT met)"));
    }
  }
}
