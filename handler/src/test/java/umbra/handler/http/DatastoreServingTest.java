package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.value.Dval.*;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.traces.TraceQueries;

/** Datastores used by real handlers: stored in PostgreSQL, per canvas, traced like any effect. */
@ExtendWith(TestDatabase.class)
class DatastoreServingTest {

  private static CanvasFixture links(Database db) {
    return new CanvasFixture(db).db(500, "Links", "url:Str", "hits:Int")
        .http(10, "GET", "/set/:key", "DB.set_v1 {url = key; hits = 1} key Links")
        .http(20, "GET", "/get/:key", "DB.get_v2 key Links")
        .http(30, "GET", "/count", "DB.count Links")
        .http(40, "GET", "/bad", "DB.set_v1 {url = \"u\"; hits = \"many\"} \"k\" Links")
        .http(50, "GET", "/tall", "DB.query_v4 Links (fun l -> l.hits > 0 && l.url == \"a\") |> List.length");
  }

  @Test
  void aHandlerWritesAndReadsItsDatastoreAndTheTraceKeepsTheResults(Database db) {
    var c = links(db);
    try (var serving = TraceRecordingTest.serving(db)) {
      var h = serving.handler();
      assertThat(Requests.body(h.handle(Requests.get(c.name(), "/set/a")))).contains("\"url\": \"a\"");
      assertThat(Requests.body(h.handle(Requests.get(c.name(), "/get/a")))).contains("\"hits\": 1");
      assertThat(Requests.body(h.handle(Requests.get(c.name(), "/count")))).isEqualTo("1");
      assertThat(Requests.body(h.handle(Requests.get(c.name(), "/tall")))).isEqualTo("1");
      var bad = h.handle(Requests.get(c.name(), "/bad"));
      assertThat(bad.status()).isEqualTo(500); // Dark's answer to a handler that ends in an error
      assertThat(Requests.body(bad)).startsWith("Application error").doesNotContain("Exception");
      assertThat(Requests.body(h.handle(Requests.get(c.name(), "/count")))).isEqualTo("1"); // nothing half-written
    }
    var queries = new TraceQueries(db.jdbi(), new umbra.handler.storage.codec.StorageCodec());
    UUID trace = queries.allTraces(c.canvas.id()).stream().filter(t -> t.tlid() == 20).findFirst().orElseThrow()
        .traceId();
    var data = queries.traceData(c.canvas.id(), 20, trace).orElseThrow();
    assertThat(data.results()).singleElement().satisfies(r -> {
      assertThat(r.result().fnName()).isEqualTo("DB::get_v2");
      assertThat(r.result().value()).isInstanceOf(DJust.class);
    });
  }

  @Test
  void canvasesDoNotSeeEachOthersRowsEvenWithTheSameDatastore(Database db) {
    var one = links(db);
    var two = links(db); // same name, same tlid
    try (var serving = TraceRecordingTest.serving(db)) {
      serving.handler().handle(Requests.get(one.name(), "/set/secret"));
      assertThat(Requests.body(serving.handler().handle(Requests.get(two.name(), "/get/secret")))).isEqualTo("null");
      assertThat(Requests.body(serving.handler().handle(Requests.get(two.name(), "/count")))).isEqualTo("0");
    }
  }

  @Test
  void fiftyConcurrentSetsOfOneKeyLeaveOneRowAndNoError(Database db) throws Exception {
    var c = links(db);
    try (var serving = TraceRecordingTest.serving(db); var pool = Executors.newFixedThreadPool(16)) {
      List<Callable<Integer>> sets = new ArrayList<>();
      for (int i = 0; i < 50; i++) sets.add(() -> serving.handler().handle(Requests.get(c.name(), "/set/same")).status());
      for (Future<Integer> f : pool.invokeAll(sets)) assertThat(f.get()).isEqualTo(200);
      assertThat(Requests.body(serving.handler().handle(Requests.get(c.name(), "/count")))).isEqualTo("1");
    }
  }
}
