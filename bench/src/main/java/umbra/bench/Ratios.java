package umbra.bench;

import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;

/** Runs the benchmarks and prints, for each case, Umbra's time over its peer's. */
public final class Ratios {
  private Ratios() {}

  private static final Map<String, Double> GOALS = Map.of("fib", 1.5);

  public static void main(String[] args) throws RunnerException {
    Map<String, Double> scores = Jmh.byMethod(Jmh.run(InterpreterBench.class, args));
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
