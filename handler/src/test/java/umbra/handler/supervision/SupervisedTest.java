package umbra.handler.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A supervised loop outlives whatever its body throws, says so while it fails, and stops when asked. */
class SupervisedTest {
  private static final Supervised.Backoff QUICK = new Supervised.Backoff(Duration.ofMillis(1), Duration.ofMillis(20));

  @Test
  void anErrorRestartsTheBodyAndProgressEndsTheBurst() throws Exception {
    var runs = new AtomicInteger();
    var recovered = new CountDownLatch(1);
    try (var s = Supervised.start("test-flaky", QUICK, self -> {
      if (runs.incrementAndGet() <= 3) throw new OutOfMemoryError("run " + runs.get());
      self.progress();
      recovered.countDown();
      self.pause(Duration.ofMinutes(1));
    })) {
      assertThat(recovered.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(s.state().status()).isEqualTo(Supervised.Status.RUNNING);
      assertThat(s.state().restarts()).isEqualTo(3);
      assertThat(s.state().lastError()).isEmpty();
      assertThat(runs.get()).isEqualTo(4);
    }
  }

  @Test
  void aBodyThatKeepsFailingShowsAsRestartingWithItsError() throws Exception {
    var failures = new CountDownLatch(5);
    var s = Supervised.start("test-broken", QUICK, self -> {
      failures.countDown();
      throw new IllegalStateException("no database");
    });
    assertThat(failures.await(30, TimeUnit.SECONDS)).isTrue();
    Supervised.State state = s.state();
    assertThat(state.status()).isEqualTo(Supervised.Status.RESTARTING);
    assertThat(state.healthy()).isFalse();
    assertThat(state.restarts()).isGreaterThanOrEqualTo(4); // the fifth may still be on its way
    assertThat(state.lastError()).hasValueSatisfying(e -> assertThat(e).contains("no database"));
    assertThat(s.close(Duration.ofSeconds(30), false)).isTrue();
    assertThat(s.state().status()).isEqualTo(Supervised.Status.STOPPED);
  }

  @Test
  void closeEndsAPauseAtOnce() {
    var s = Supervised.start("test-sleeper", QUICK, self -> self.pause(Duration.ofHours(1)));
    long before = System.nanoTime();
    assertThat(s.close(Duration.ofSeconds(30), false)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    assertThat(s.state().healthy()).isTrue();
  }
}
