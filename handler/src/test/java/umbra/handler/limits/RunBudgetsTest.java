package umbra.handler.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of run gets its time from the environment or the default, and a deadline says stop once it is up. */
class RunBudgetsTest {

  @Test
  void theEnvironmentSetsEachKindsTimeAndLeavesItsLimits() {
    var budgets = RunBudgets.fromEnvironment(Map.of("UMBRA_HTTP_TIME_LIMIT", "5", "UMBRA_WORKER_TIME_LIMIT", " 600 ",
        "UMBRA_EDITOR_TIME_LIMIT", "20", "UMBRA_TEST_TIME_LIMIT", "7"));
    assertThat(budgets.http()).isEqualTo(new RunBudget(RunBudgets.HTTP_LIMITS, Duration.ofSeconds(5)));
    assertThat(budgets.background().time()).isEqualTo(Duration.ofMinutes(10));
    assertThat(budgets.editor().time()).isEqualTo(Duration.ofSeconds(20));
    assertThat(budgets.tests().time()).isEqualTo(Duration.ofSeconds(7));
    assertThat(budgets.tests().limits()).isEqualTo(RunBudgets.DEFAULTS.tests().limits());
    assertThat(RunBudgets.fromEnvironment(Map.of())).isEqualTo(RunBudgets.DEFAULTS);
  }

  @Test
  void aTimeThatIsNotAPositiveNumberOfSecondsIsRefusedByName() {
    for (String bad : new String[] {"0", "-3", "1.5", "30s", "", "99999999999999999999", "2000000"}) {
      assertThatThrownBy(() -> RunBudgets.fromEnvironment(Map.of("UMBRA_HTTP_TIME_LIMIT", bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("UMBRA_HTTP_TIME_LIMIT must be a positive number of seconds, not '" + bad + "'");
    }
  }

  @Test
  void aDeadlineSaysStopOnceItsTimeIsUpNamingTheRunAndItsLimit() {
    assertThat(Deadline.after(Duration.ofHours(1), "the request").reason()).isEmpty();
    assertThat(Deadline.after(Duration.ZERO, "the request").reason())
        .contains("Execution stopped: the request took longer than its limit of 0 s");
    assertThatThrownBy(() -> new RunBudget(RunBudgets.HTTP_LIMITS, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitsAreShownInSecondsOrMilliseconds() {
    assertThat(Deadline.shown(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(Deadline.shown(Duration.ofMinutes(5))).isEqualTo("300 s");
    assertThat(Deadline.shown(Duration.ofMillis(250))).isEqualTo("250 ms");
  }
}
