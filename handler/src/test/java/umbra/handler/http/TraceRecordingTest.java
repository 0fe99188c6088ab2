package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.eval.EffectRequest;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.FnName;
import umbra.domain.trace.SamplingRule;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceIds;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceQueries;
import umbra.handler.traces.TraceSampling;

/** Requests served end to end below the socket, then read back as the editor would (backend.md 3). */
@ExtendWith(TestDatabase.class)
class TraceRecordingTest {
  private static final StorageCodec CODEC = new StorageCodec();

  static HttpServing serving(Database db) {
    return new HttpServing(db.jdbi(), CODEC, HttpServingConfig.defaults(new byte[0]), StdLib.registry(),
        StdlibEffects.real(), Clock.systemUTC(), 1000);
  }

  @Test
  void aTraceKeepsTheInputOnlyTheImpureResultsAndTheUserFunctionArguments(Database db) {
    var c = new CanvasFixture(db).function(50, "double", "x", "x * 2")
        .http(10, "GET", "/users/:id", "double (Int.random_v1 1 1) + (String.length \"abc\")")
        .http(20, "POST", "/never", "1");
    try (var serving = serving(db)) {
      var r = serving.handler().handle(Requests.get(c.name(), "/users/7?q=1"));
      assertThat(r.status()).isEqualTo(200);
      assertThat(Requests.body(r)).isEqualTo("5");
    } // closing writes the queued traces
    var queries = new TraceQueries(db.jdbi(), CODEC);
    List<TraceQueries.TraceRef> refs = queries.allTraces(c.canvas.id());
    UUID trace = refs.stream().filter(t -> t.tlid() == 10).findFirst().orElseThrow().traceId();
    assertThat(trace).isNotEqualTo(TraceIds.defaultFor(10));
    assertThat(refs).contains(new TraceQueries.TraceRef(20, TraceIds.defaultFor(20)), new TraceQueries.TraceRef(50, trace));

    TraceQueries.TraceData data = queries.traceData(c.canvas.id(), 10, trace).orElseThrow();
    assertThat(data.input().get(0).getKey()).isEqualTo("request");
    assertThat(((DObj) data.input().get(0).getValue()).fields().get("queryParams"))
        .isEqualTo(new DObj(new TreeMap<>(Map.of("q", new DStr("1")))));
    assertThat(data.input().get(1)).isEqualTo(Map.entry("id", new DStr("7")));
    assertThat(data.results()).singleElement().satisfies(res -> {
      assertThat(res.result().fnName()).isEqualTo("Int::random_v1");
      assertThat(res.result().value()).isEqualTo(new DInt(1));
      assertThat(res.result().hashVersion()).isEqualTo(1);
    });
    TraceQueries.TraceData call = queries.traceData(c.canvas.id(), 50, trace).orElseThrow();
    assertThat(call.input()).containsExactly(Map.entry("x", new DInt(1)));
    assertThat(call.results()).isEmpty();
  }

  @Test
  void aHandlerWithoutTracesShowsSampleInputs(Database db) {
    var c = new CanvasFixture(db).http(10, "GET", "/a/:b", "1");
    var data = new TraceQueries(db.jdbi(), CODEC).traceData(c.canvas.id(), 10, TraceIds.defaultFor(10)).orElseThrow();
    assertThat(data.timestamp()).isEqualTo(Instant.EPOCH);
    assertThat(data.input()).extracting(Map.Entry::getKey).containsExactly("request", "b");
    assertThat(data.input().get(1).getValue()).isInstanceOf(DIncomplete.class);
  }

  @Test
  void unmatchedRequestsAreListedAsFourOhFoursUntilDeleted(Database db) {
    var c = new CanvasFixture(db).http(10, "GET", "/served", "1");
    try (var serving = serving(db)) {
      assertThat(serving.handler().handle(Requests.get(c.name(), "/missing")).status()).isEqualTo(404);
      assertThat(serving.handler().handle(Requests.get(c.name(), "/missing")).status()).isEqualTo(404);
      assertThat(serving.handler().handle(Requests.get(c.name(), "/served")).status()).isEqualTo(200);
    }
    var queries = new TraceQueries(db.jdbi(), CODEC);
    var notFounds = queries.notFounds(c.canvas.id(), Instant.now());
    assertThat(notFounds).extracting(TraceQueries.NotFound::desc).containsExactly(new TraceDesc("HTTP", "/missing", "GET"));
    assertThat(queries.deleteNotFound(c.canvas.id(), new TraceDesc("HTTP", "/missing", "GET"))).isEqualTo(2);
    assertThat(queries.notFounds(c.canvas.id(), Instant.now())).isEmpty();
    assertThat(queries.allTraces(c.canvas.id())).filteredOn(t -> t.tlid() == 10).singleElement()
        .satisfies(t -> assertThat(t.traceId()).isNotEqualTo(TraceIds.defaultFor(10)));
  }

  @Test
  void aHandlerSampledAtNoneIsNotTraced(Database db) {
    var c = new CanvasFixture(db).http(10, "GET", "/", "Uuid.generate_v0");
    new TraceSampling(db.jdbi()).set(c.canvas.id(), 10, SamplingRule.parse("sample-none"));
    try (var serving = serving(db)) {
      assertThat(serving.handler().handle(Requests.get(c.name(), "/")).status()).isEqualTo(200);
    }
    assertThat(new TraceQueries(db.jdbi(), CODEC).allTraces(c.canvas.id()))
        .containsExactly(new TraceQueries.TraceRef(10, TraceIds.defaultFor(10)));
  }

  @Test
  void aFloodedHandlerStoresOnlyItsBudgetOfTraces(Database db) {
    var c = new CanvasFixture(db).http(10, "GET", "/", "1");
    var config = HttpServingConfig.defaults(new byte[0]).withTracesPerHandlerPerSecond(2);
    HttpServing serving = new HttpServing(db.jdbi(), CODEC, config, StdLib.registry(), StdlibEffects.real(),
        Clock.systemUTC(), 1000);
    try (serving) {
      for (int i = 0; i < 20; i++) assertThat(serving.handler().handle(Requests.get(c.name(), "/")).status()).isEqualTo(200);
    }
    assertThat(serving.traceStats().written()).isBetween(2L, 4L); // the burst, and maybe a refill
    assertThat(serving.traceStats().shed()).isEqualTo(20 - serving.traceStats().written());
  }

  @Test
  void effectsNotBuiltYetAreClearDarkErrors() {
    var request = new EffectRequest(new FnName.Stdlib("StaticAssets", "baseUrlFor", 0), List.of(), 7);
    assertThat(NotYetAvailable.INSTANCE.perform(request))
        .contains(Dval.error("StaticAssets::baseUrlFor is not available in Umbra yet (static assets are not built)"));
  }
}
