package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.eval.Limits;
import umbra.domain.stdlib.StdLib;
import umbra.dto.http.HttpResponseDto;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.limits.RunBudget;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceQueries;

/**
 * A request's wall-clock limit ends its handler however it spends the time, computing or waiting
 * on an effect; the caller gets the limit's 500 and the trace keeps why.
 */
@ExtendWith(TestDatabase.class)
class RequestTimeLimitTest {
  private static final StorageCodec CODEC = new StorageCodec();
  private static final String STOPPED = "Execution stopped: the request took longer than its limit of 300 ms";
  /** No step budget to speak of: only the time can stop these handlers. */
  private static final RunBudget BUDGET = new RunBudget(new Limits(Long.MAX_VALUE, 3_000_000, Long.MAX_VALUE), Duration.ofMillis(300));

  private static HttpServing serving(Database db, EffectPerformer effects) {
    return new HttpServing(db.jdbi(), CODEC, HttpServingConfig.defaults(new byte[0]).withBudget(BUDGET),
        StdLib.registry(), effects, Clock.systemUTC(), 100);
  }

  @Test
  void aHandlerComputingPastItsTimeGetsTheLimits500AndItsTraceSaysWhy(Database db) {
    // a billion additions within a small depth: minutes of work
    var c = new CanvasFixture(db).http(10, "GET", "/spin", """
        List.fold_v0 (List.range_v0 1 1000) 0 (fun a x ->
          List.fold_v0 (List.range_v0 1 1000) a (fun b y ->
            List.fold_v0 (List.range_v0 1 1000) b (fun n z -> n + z)))
        """);
    try (var serving = serving(db, StdlibEffects.real())) {
      HttpResponseDto r = serving.handler().handle(Requests.get(c.name(), "/spin"));
      assertThat(r.status()).isEqualTo(500);
      assertThat(Requests.body(r)).isEqualTo("Application error: " + STOPPED);
    } // closing writes the queued traces
    assertThat(outcomeError(db, c, 10)).isEqualTo(STOPPED);
  }

  @Test
  void aTimeThatRanOutDuringAnEffectEndsTheRunWhenTheEffectReturns(Database db) {
    var c = new CanvasFixture(db).http(10, "GET", "/slow", """
        let first = Uuid.generate_v0 in
        let second = Uuid.generate_v0 in
        "both"
        """);
    var performed = new AtomicInteger();
    EffectPerformer slow = request -> {
      performed.incrementAndGet();
      pause(Duration.ofMillis(400)); // longer than the whole request may take
      return StdlibEffects.real().perform(request);
    };
    try (var serving = serving(db, slow)) {
      HttpResponseDto r = serving.handler().handle(Requests.get(c.name(), "/slow"));
      assertThat(Requests.body(r)).isEqualTo("Application error: " + STOPPED);
    }
    assertThat(performed).as("effects performed").hasValue(1);
    assertThat(outcomeError(db, c, 10)).isEqualTo(STOPPED);
  }

  private static String outcomeError(Database db, CanvasFixture c, long tlid) {
    var queries = new TraceQueries(db.jdbi(), CODEC);
    UUID trace = queries.allTraces(c.canvas.id()).stream().filter(t -> t.tlid() == tlid).findFirst().orElseThrow()
        .traceId();
    return queries.traceData(c.canvas.id(), tlid, trace).orElseThrow().outcome().orElseThrow().error().orElseThrow();
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
