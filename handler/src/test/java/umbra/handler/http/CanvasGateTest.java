package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-canvas door: places, a bounded wait behind them, and doors of their own for other canvases. */
class CanvasGateTest {
  private static final UUID BUSY = UUID.randomUUID();
  private static final UUID QUIET = UUID.randomUUID();

  @Test
  void aFullCanvasTurnsAwayAtOnceBeyondItsWaitingPlacesAndOtherCanvasesStillEnter() throws Exception {
    var gate = new CanvasGate(new CanvasConcurrency(1, 1, Duration.ofSeconds(30)));
    var first = (CanvasGate.Entered) gate.enter(BUSY);
    var waiter = new CompletableFuture<CanvasGate.Pass>();
    Thread waiting = Thread.ofPlatform().start(() -> waiter.complete(gate.enter(BUSY)));
    while (waiting.getState() != Thread.State.TIMED_WAITING) Thread.sleep(5); // it holds the one waiting place
    long before = System.nanoTime();
    assertThat(gate.enter(BUSY)).isEqualTo(new CanvasGate.Busy(1)); // no place, no waiting place: at once
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    try (var other = (CanvasGate.Entered) gate.enter(QUIET)) {
      assertThat(other).isNotNull();
    }
    first.close(); // the waiter gets the place
    var second = (CanvasGate.Entered) waiter.get(10, TimeUnit.SECONDS);
    second.close();
    assertThat(gate.enter(BUSY)).isInstanceOf(CanvasGate.Entered.class);
  }

  @Test
  void aWaiterGivesUpAfterTheQueueTimeout() {
    var gate = new CanvasGate(new CanvasConcurrency(1, 4, Duration.ofMillis(100)));
    assertThat(gate.enter(BUSY)).isInstanceOf(CanvasGate.Entered.class);
    long before = System.nanoTime();
    assertThat(gate.enter(BUSY)).isInstanceOf(CanvasGate.Busy.class);
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
  }
}
