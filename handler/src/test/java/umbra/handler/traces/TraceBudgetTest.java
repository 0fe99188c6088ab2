package umbra.handler.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.service.http.HttpEvent;

/** Each handler stores at most its budget of traces per second; others are not affected. */
class TraceBudgetTest {
  private static final UUID CANVAS = UUID.fromString("11111111-2222-4333-8444-555555555555");

  private static HttpEvent trace(long tlid) {
    return new HttpEvent.TraceRecorded(CANVAS, UUID.randomUUID(), tlid, new TraceDesc("HTTP", "/", "GET"), Dval.NULL,
        List.of(), List.of(), TraceOutcome.of(Dval.NULL, Optional.empty(), 200));
  }

  private static HttpEvent notFound(String path) {
    return new HttpEvent.NotFoundRecorded(CANVAS, UUID.randomUUID(), new TraceDesc("HTTP", path, "GET"), Dval.NULL);
  }

  @Test
  void aHandlerGetsItsBurstThenItsRate() {
    var nanos = new AtomicLong(1_000_000_000L);
    var budget = new TraceBudget(10, 3, nanos::get);
    assertThat(budget.admit(trace(1))).isTrue();
    assertThat(budget.admit(trace(1))).isTrue();
    assertThat(budget.admit(trace(1))).isTrue();
    assertThat(budget.admit(trace(1))).isFalse();
    assertThat(budget.admit(trace(2))).isTrue(); // another handler has its own budget
    nanos.addAndGet(100_000_000L); // a tenth of a second: one more trace
    assertThat(budget.admit(trace(1))).isTrue();
    assertThat(budget.admit(trace(1))).isFalse();
    nanos.addAndGet(10_000_000_000L); // a quiet while refills only up to the burst
    int admitted = 0;
    for (int i = 0; i < 10; i++) if (budget.admit(trace(1))) admitted++;
    assertThat(admitted).isEqualTo(3);
  }

  @Test
  void aCanvassFourOhFoursShareOneBudget() {
    var budget = new TraceBudget(1, 2, () -> 5L);
    assertThat(budget.admit(notFound("/a"))).isTrue();
    assertThat(budget.admit(notFound("/b"))).isTrue();
    assertThat(budget.admit(notFound("/c"))).isFalse();
    assertThat(TraceBudget.unlimited().admit(notFound("/d"))).isTrue();
  }
}
