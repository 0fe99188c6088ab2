package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A flood of one warning is a line per key per interval, each counting what was left out; on a clock the test moves. */
class RepeatedWarningsTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final RepeatedWarnings<String> warnings = new RepeatedWarnings<>(Duration.ofSeconds(5), now::get);

  private void after(Duration d) { now.addAndGet(d.toNanos()); }

  @Test
  void theFirstOccurrenceIsLoggedAtOnce() {
    assertThat(warnings.occurred("alice")).isEqualTo(1);
  }

  @Test
  void aThousandOccurrencesWithinTheIntervalAreOneLineThenTheNextLineCountsTheRest() {
    assertThat(warnings.occurred("alice")).isEqualTo(1);
    for (int i = 0; i < 999; i++) {
      after(Duration.ofMillis(4));
      assertThat(warnings.occurred("alice")).as("occurrence %d", i + 2).isZero();
    }
    after(Duration.ofSeconds(2)); // 6 s after the first line
    assertThat(warnings.occurred("alice")).isEqualTo(1000); // the 999 left out, and this one
    assertThat(warnings.occurred("alice")).isZero();
  }

  @Test
  void eachKeyHasItsOwnLines() {
    assertThat(warnings.occurred("alice")).isEqualTo(1);
    assertThat(warnings.occurred("bob")).isEqualTo(1);
    assertThat(warnings.occurred("alice")).isZero();
    assertThat(warnings.occurred("bob")).isZero();
  }

  @Test
  void aKeyForgottenAfterAQuietIntervalIsLoggedAtOnceAgain() {
    assertThat(warnings.occurred("alice")).isEqualTo(1);
    after(Duration.ofSeconds(6));
    assertThat(warnings.occurred("bob")).isEqualTo(1); // sweeps alice, who left nothing out
    assertThat(warnings.occurred("alice")).isEqualTo(1);
  }

  @Test
  void whatAKeyLeftOutIsNeverForgotten() {
    warnings.occurred("alice");
    warnings.occurred("alice"); // left out
    after(Duration.ofSeconds(6));
    warnings.occurred("bob"); // a sweep: alice still owes one
    after(Duration.ofSeconds(60));
    assertThat(warnings.occurred("alice")).isEqualTo(2);
  }
}
