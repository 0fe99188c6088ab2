package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.RunningApp;
import umbra.domain.trace.TraceIds;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/** The canvas's traffic as the editor sees it: served by `serve`'s HTTP server, read back through the API. */
@ExtendWith(TestDatabase.class)
class TraceApiTest {
  private static RunningApp app;
  private static Database db;

  @BeforeAll
  static void start(Database database, DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { app.close(); }

  @Test
  void aServedRequestBecomesATraceAndAnUnmatchedOneA404() throws Exception {
    String[] alice = RunningApp.account(db, "tracer");
    String canvas = "/api/v1/canvases/" + alice[0];
    assertThat(app.post(canvas + "/ops", alice[1], EditorApiTest.ops(EditorApiTest.setHandler(1, "/hello", 42))).status())
        .isEqualTo(200);

    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/hello")).startsWith("HTTP/1.1 200").endsWith("\r\n\r\n42");
    JsonNode traces = eventually(() -> app.get(canvas + "/toplevels/1/traces", alice[1]).json(),
        // until the request's trace replaces the default one a handler without traffic shows
        t -> t.path("traces").size() > 0
            && !t.path("traces").get(0).path("traceId").asText().equals(TraceIds.defaultFor(1).toString()));
    String traceId = traces.path("traces").get(0).path("traceId").asText();
    var data = app.get(canvas + "/toplevels/1/traces/" + traceId, alice[1]);
    assertThat(data.status()).as(data.text()).isEqualTo(200);
    assertThat(data.json().path("input").get(0).path("name").asText()).isEqualTo("request");
    assertThat(data.json().path("input").get(0).path("value").path("repr").asText()).contains("url: \"http://");

    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/nope")).startsWith("HTTP/1.1 404");
    eventually(() -> app.get(canvas + "/404s", alice[1]).json(), n -> n.path("notFounds").size() == 1);
    var deleted = app.delete(canvas + "/404s?module=HTTP&path=/nope&modifier=GET", alice[1]);
    assertThat(deleted.json().path("deleted").asInt()).as(deleted.text()).isEqualTo(1);
    assertThat(app.get(canvas + "/404s", alice[1]).json().path("notFounds").size()).isZero();
  }

  @Test
  void liveValuesReplayTheTraceWithoutPerformingAnything() throws Exception {
    String[] alice = RunningApp.account(db, "tracer");
    String canvas = "/api/v1/canvases/" + alice[0];
    String randomHandler = """
        {"op":"SetHandler","tlid":30,"pos":{"x":0,"y":0},"handler":{"kind":"handler","tlid":30,"pos":{"x":0,"y":0},\
        "spec":{"type":"HTTP","route":"/dice","method":"GET","ids":{"moduleId":1,"nameId":2,"modifierId":3}},\
        "ast":{"expr":"EFnCall","id":31,"name":{"fn":"Stdlib","module":"Int","function":"random","version":1},"rail":false,\
        "args":[{"expr":"EInteger","id":32,"value":1},{"expr":"EInteger","id":33,"value":1000000}]}}}""";
    assertThat(app.post(canvas + "/ops", alice[1], EditorApiTest.ops(randomHandler)).status()).isEqualTo(200);
    String response = RunningApp.canvasGet(app.app().httpPort(), alice[0], "/dice");
    String rolled = response.substring(response.lastIndexOf("\r\n\r\n") + 4);
    JsonNode traces = eventually(() -> app.get(canvas + "/toplevels/30/traces", alice[1]).json(),
        t -> t.path("traces").size() > 0
            && !t.path("traces").get(0).path("traceId").asText().equals(TraceIds.defaultFor(30).toString()));
    String traceId = traces.path("traces").get(0).path("traceId").asText();
    // the stored result comes back, not a new roll
    var analysis = app.post(canvas + "/toplevels/30/analysis", alice[1], "{\"traceId\":\"" + traceId + "\"}");
    assertThat(analysis.status()).as(analysis.text()).isEqualTo(200);
    assertThat(analysis.json().path("result").path("repr").asText()).isEqualTo(rolled);
    assertThat(analysis.json().path("liveValues").path("31").path("repr").asText()).isEqualTo(rolled);
    assertThat(analysis.json().path("liveValues").path("33").path("repr").asText()).isEqualTo("1000000");
    // a trace the handler never had: its call has no stored result, so it is incomplete
    var unknown = app.post(canvas + "/toplevels/30/analysis", alice[1],
        "{\"traceId\":\"" + TraceIds.defaultFor(30) + "\"}");
    assertThat(unknown.json().path("result").path("repr").asText()).isEqualTo("<Incomplete>");
  }

  @Test
  void tracesNeedAReadPermissionAndAValidTraceId() {
    String[] alice = RunningApp.account(db, "tracer");
    String[] bob = RunningApp.account(db, "tracer");
    assertThat(app.get("/api/v1/canvases/" + alice[0] + "/traces", bob[1]).status()).isEqualTo(403);
    assertThat(app.get("/api/v1/canvases/" + alice[0] + "/toplevels/1/traces/not-a-uuid", alice[1]).status()).isEqualTo(400);
    assertThat(app.get("/api/v1/canvases/" + alice[0] + "/404s?x", alice[1]).status()).isEqualTo(200);
    assertThat(app.delete("/api/v1/canvases/" + alice[0] + "/404s?module=HTTP", alice[1]).status()).isEqualTo(400);
  }

  /** A raw request with the canvas's Host header (Java's HTTP client will not set Host). */
  static String request(RunningApp app, String canvas, String path) throws IOException {
    try (var socket = new Socket("localhost", app.app().httpPort())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + canvas + ".localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Traces are written in the background: poll for up to ten seconds. */
  private static JsonNode eventually(Supplier<JsonNode> read, Predicate<JsonNode> done) throws InterruptedException {
    JsonNode last = null;
    for (int i = 0; i < 100; i++) {
      last = read.get();
      if (done.test(last)) return last;
      Thread.sleep(100);
    }
    throw new AssertionError("not there after 10 s: " + last);
  }
}
