package umbra.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** What every ratio printer does first: run one benchmark class under JMH and read its scores. */
final class Jmh {
  private Jmh() {}

  /** Runs {@code bench}'s benchmarks; {@code -quick} as the first argument: one short warm-up, two short measurements. */
  static Collection<RunResult> run(Class<?> bench, String[] args) throws RunnerException {
    var options = new OptionsBuilder().include(bench.getSimpleName());
    if (args.length > 0 && args[0].equals("-quick")) {
      options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementTime(TimeValue.seconds(1));
    }
    return new Runner(options.build()).run();
  }

  /** Each benchmark method's primary score, by the method's name. */
  static Map<String, Double> byMethod(Collection<RunResult> results) {
    Map<String, Double> scores = new HashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      scores.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    return scores;
  }
}
