package umbra.handler.limits;

import java.time.Duration;
import java.util.Map;
import umbra.handler.http.EnvironmentNumber;
import umbra.domain.eval.Limits;

/**
 * The one place the budgets of every kind of run are set: the server's wiring and {@code umbra
 * test} take theirs from here, so a budget added to {@link Limits} reaches every run.
 *
 * @param http a canvas request's handler
 * @param background a worker's or a cron's run
 * @param editor an analysis, a replay (a REPL runs this way), a play, and a check before an edit
 * @param tests one test of {@code umbra test}
 */
public record RunBudgets(RunBudget http, RunBudget background, RunBudget editor, RunBudget tests) {
  /** Enough for real handlers (a second or so of work), small enough that a runaway loop ends soon. */
  public static final Limits HTTP_LIMITS = new Limits(10_000_000L, 1_000_000);

  public static final RunBudgets DEFAULTS = new RunBudgets(
      new RunBudget(HTTP_LIMITS, Duration.ofSeconds(30)),
      new RunBudget(Limits.DEFAULT, Duration.ofMinutes(5)),
      new RunBudget(Limits.DEFAULT, Duration.ofSeconds(60)),
      new RunBudget(Limits.DEFAULT, Duration.ofSeconds(60)));

  /** Seconds, each overriding its kind's time. */
  public static final String HTTP_TIME_VARIABLE = "UMBRA_HTTP_TIME_LIMIT";
  public static final String BACKGROUND_TIME_VARIABLE = "UMBRA_WORKER_TIME_LIMIT";
  public static final String EDITOR_TIME_VARIABLE = "UMBRA_EDITOR_TIME_LIMIT";
  public static final String TESTS_TIME_VARIABLE = "UMBRA_TEST_TIME_LIMIT";

  /**
   * The defaults, with the times the environment sets.
   *
   * @throws IllegalArgumentException naming the variable that is not a positive number of seconds
   */
  public static RunBudgets fromEnvironment(Map<String, String> env) {
    return new RunBudgets(
        timed(env, HTTP_TIME_VARIABLE, DEFAULTS.http),
        timed(env, BACKGROUND_TIME_VARIABLE, DEFAULTS.background),
        timed(env, EDITOR_TIME_VARIABLE, DEFAULTS.editor),
        timed(env, TESTS_TIME_VARIABLE, DEFAULTS.tests));
  }

  private static RunBudget timed(Map<String, String> env, String variable, RunBudget fallback) {
    if (!env.containsKey(variable)) return fallback;
    long seconds = EnvironmentNumber.read(env, variable, fallback.time().toSeconds(), 1, "a positive number of seconds");
    return fallback.withTime(Duration.ofSeconds(seconds));
  }

  public RunBudgets withHttp(RunBudget b) { return new RunBudgets(b, background, editor, tests); }
}
