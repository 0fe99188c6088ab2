package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.CapturedLogs;
import umbra.app.RunningApp;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;
import umbra.domain.account.Permission;

/** The editor API end to end: the real app on a random port, real PostgreSQL, plain HTTP. */
@ExtendWith(TestDatabase.class)
class EditorApiTest {
  private static RunningApp app;
  private static Database db;

  @BeforeAll
  static void start(Database database, DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { app.close(); }

  static String setHandler(long tlid, String route, long value) {
    return """
        {"op":"SetHandler","tlid":%d,"pos":{"x":5,"y":6},"handler":{"kind":"handler","tlid":%d,"pos":{"x":5,"y":6},\
        "spec":{"type":"HTTP","route":"%s","method":"GET","ids":{"moduleId":1,"nameId":2,"modifierId":3}},\
        "ast":{"expr":"EInteger","id":%d,"value":%d}}}""".formatted(tlid, tlid, route, tlid + 1, value);
  }

  static String ops(String... ops) {
    return "{\"ops\":[" + String.join(",", ops) + "],\"opCtr\":null,\"clientId\":null,\"expectedVersion\":null}";
  }

  private static void assertError(RunningApp.Response r, int status, String code) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.json().size()).as(r.text()).isEqualTo(1);
    assertThat(r.json().path("error").path("code").asText()).as(r.text()).isEqualTo(code);
    assertThat(r.json().path("error").path("message").asText()).as(r.text()).isNotBlank();
  }

  @Test
  void theHealthCheckNeedsNoTokenAndReportsTheDatabase() {
    var r = app.get("/api/v1/health", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("status").asText()).isEqualTo("ok");
    assertThat(r.json().path("database").asText()).isEqualTo("reachable");
    assertThat(r.json().path("reason").isNull()).isTrue();
    List<String> components = new ArrayList<>();
    r.json().path("components").forEach(c -> components.add(c.path("name").asText() + " " + c.path("state").asText()));
    assertThat(components).contains("umbra-trace-writer running", "umbra-canvas-changes running");
  }

  @Test
  void withoutAValidBearerTokenEveryRouteIs401() {
    String[] alice = RunningApp.account(db, "alice");
    assertError(app.get("/api/v1/canvases", null), 401, "unauthorized");
    assertError(app.get("/api/v1/canvases/" + alice[0], "umb_not-a-token"), 401, "unauthorized");
    assertError(app.sendAuthorized("GET", "/api/v1/canvases", "Basic YWxpY2U6cHc=", null), 401, "unauthorized");
    assertError(app.sendAuthorized("GET", "/api/v1/canvases", "Bearer", null), 401, "unauthorized");
    assertError(app.post("/api/v1/canvases/" + alice[0] + "/ops", null, ops()), 401, "unauthorized");
    assertThat(app.sendAuthorized("GET", "/api/v1/canvases", "bearer  " + alice[1], null).status()).isEqualTo(200);
  }

  @Test
  void permissionsComeFromOwnershipAndGrants() {
    String[] alice = RunningApp.account(db, "alice");
    String[] bob = RunningApp.account(db, "bob");
    String canvas = "/api/v1/canvases/" + alice[0] + "-shop";
    assertError(app.get(canvas, bob[1]), 403, "forbidden");

    var accounts = new AccountHandler(db.jdbi(), new java.security.SecureRandom());
    accounts.grant(alice[0], bob[0], Permission.READ);
    assertThat(app.get(canvas, bob[1]).json().path("permission").asText()).isEqualTo("read");
    assertError(app.post(canvas + "/ops", bob[1], ops(setHandler(10, "/x", 1))), 403, "forbidden");
    assertError(app.post(canvas + "/secrets", bob[1], "{\"name\":\"K\",\"value\":\"v\"}"), 403, "forbidden");

    accounts.grant(alice[0], bob[0], Permission.READ_WRITE);
    assertThat(app.post(canvas + "/ops", bob[1], ops(setHandler(10, "/x", 1))).status()).isEqualTo(200);
    assertThat(app.get(canvas, alice[1]).json().path("permission").asText()).isEqualTo("read-write");

    JsonNode list = app.get("/api/v1/canvases", bob[1]).json().path("canvases");
    assertThat(list.findValuesAsText("name")).contains(alice[0] + "-shop");
    assertThat(list.get(0).path("owner").asText()).isEqualTo(alice[0]);
    assertThat(list.get(0).path("permission").asText()).isEqualTo("read-write");
    assertThat(list.get(0).path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void addedOpsShowInTheInitialLoadWithDeletedToplevelsAndCounters() {
    String[] alice = RunningApp.account(db, "alice");
    String canvas = "/api/v1/canvases/" + alice[0];
    UUID client = UUID.randomUUID();
    var added = app.post(canvas + "/ops", alice[1], "{\"ops\":[" + setHandler(1, "/a", 7) + "," + setHandler(2, "/b", 8)
        + "],\"opCtr\":3,\"clientId\":\"" + client + "\",\"expectedVersion\":null}");
    assertThat(added.status()).as(added.text()).isEqualTo(200);
    assertThat(added.json().path("toplevels").findValuesAsText("route")).containsExactly("/a", "/b");

    var deleted = app.post(canvas + "/ops", alice[1], ops("{\"op\":\"TLSavepoint\",\"tlid\":2}", "{\"op\":\"DeleteTL\",\"tlid\":2}"));
    assertThat(deleted.json().path("deletedToplevels").get(0).path("tlid").asLong()).isEqualTo(2);

    JsonNode load = app.get(canvas, alice[1]).json();
    assertThat(load.path("name").asText()).isEqualTo(alice[0]);
    assertThat(load.path("permission").asText()).isEqualTo("read-write");
    assertThat(load.path("toplevels")).hasSize(1);
    JsonNode handler = load.path("toplevels").get(0);
    assertThat(handler.path("kind").asText()).isEqualTo("handler");
    assertThat(handler.path("pos").path("x").asInt()).isEqualTo(5);
    assertThat(handler.path("ast").path("expr").asText()).isEqualTo("EInteger");
    assertThat(handler.path("ast").path("value").asLong()).isEqualTo(7);
    assertThat(load.path("deletedToplevels").get(0).path("spec").path("route").asText()).isEqualTo("/b");
    // the one-off request (no clientId) kept no counter
    assertThat(load.path("opCounters").findValuesAsText("clientId")).containsExactly(client.toString());
    assertThat(load.path("createdAt").asText()).endsWith("Z");
  }

  @Test
  void aRejectionIs422WithTheEditorsReason() {
    String[] alice = RunningApp.account(db, "alice");
    var r = app.post("/api/v1/canvases/" + alice[0] + "/ops", alice[1],
        ops("{\"op\":\"CreateDB\",\"tlid\":5,\"pos\":{\"x\":0,\"y\":0},\"name\":\"\"}"));
    assertError(r, 422, "rejected");
    assertThat(r.json().path("error").path("message").asText()).isEqualTo("DB must have a name");
    var redo = app.post("/api/v1/canvases/" + alice[0] + "/ops", alice[1], ops(setHandler(5, "/r", 1), "{\"op\":\"RedoTL\",\"tlid\":5}"));
    assertThat(redo.json().path("error").path("message").asText()).isEqualTo("Already at latest redo");
  }

  @Test
  void onlyADeletedToplevelCanBeDeletedForever() {
    String[] alice = RunningApp.account(db, "alice");
    String canvas = "/api/v1/canvases/" + alice[0];
    app.post(canvas + "/ops", alice[1], ops(setHandler(1, "/a", 7)));
    assertError(app.delete(canvas + "/toplevels/1", alice[1]), 404, "not_found");
    assertError(app.delete(canvas + "/toplevels/abc", alice[1]), 400, "bad_request");
    app.post(canvas + "/ops", alice[1], ops("{\"op\":\"DeleteTL\",\"tlid\":1}"));
    assertThat(app.delete(canvas + "/toplevels/1", alice[1]).status()).isEqualTo(204);
    JsonNode load = app.get(canvas, alice[1]).json();
    assertThat(load.path("toplevels")).isEmpty();
    assertThat(load.path("deletedToplevels")).isEmpty();
  }

  @Test
  void secretsAreListedByNameAndTheirValuesNeverLeaveOrGetLogged() {
    List<String> lines;
    try (var logs = new CapturedLogs()) {
      String[] alice = RunningApp.account(db, "alice");
      String secrets = "/api/v1/canvases/" + alice[0] + "/secrets";
      var first = app.post(secrets, alice[1], "{\"name\":\"API_KEY\",\"value\":\"hunter2-secret\"}");
      assertThat(first.status()).isEqualTo(201);
      assertThat(first.json().path("secrets").findValuesAsText("")).isEmpty();
      assertThat(first.json().path("secrets").get(0).asText()).isEqualTo("API_KEY");
      assertError(app.post(secrets, alice[1], "{\"name\":\"API_KEY\",\"value\":\"other\"}"), 409, "conflict");
      assertError(app.post(secrets, alice[1], "{\"name\":\"1 bad\",\"value\":\"x\"}"), 400, "bad_request");
      // what the database cannot store is refused before it reaches it (it used to be a 500 logging the value)
      assertError(app.post(secrets, alice[1], "{\"name\":\"NUL\",\"value\":\"hunter2\\u0000x\"}"), 400, "bad_request");
      assertError(app.send("PUT", secrets + "/NUL", alice[1], "{\"value\":\"hunter2\\u0000x\"}"), 400, "bad_request");
      assertError(app.send("PUT", secrets + "/HALF", alice[1], "{\"value\":\"hunter2\\ud800\"}"), 400, "bad_request");
      assertThat(app.post(secrets, alice[1], "{\"name\":\"NUL\",\"value\":\"x\"}").status()).isEqualTo(201);
      assertThat(app.send("PUT", secrets + "/NUL", alice[1], "{\"value\":\"\\ud83d\\ude00\"}").status()).isEqualTo(200);
      app.post(secrets, alice[1], "{\"name\":\"TOKEN\",\"value\":\"hunter2-secret\"}");
      assertThat(app.get("/api/v1/canvases/" + alice[0], alice[1]).json().path("secrets").toString())
          .contains("API_KEY", "TOKEN").doesNotContain("hunter2");
      app.delete(secrets + "/NUL", alice[1]);
      var remaining = app.delete(secrets + "/API_KEY", alice[1]);
      assertThat(remaining.json().path("secrets").toString()).isEqualTo("[\"TOKEN\"]");
      assertError(app.delete(secrets + "/API_KEY", alice[1]), 404, "not_found");
      assertThat(app.get(secrets, alice[1]).text()).doesNotContain("hunter2");
      lines = logs.lines();
    }
    assertThat(lines).anyMatch(l -> l.contains("/secrets"));
    assertThat(String.join("\n", lines)).doesNotContain("hunter2").doesNotContain("umb_");
  }

  @Test
  void putSetsOrReplacesASecretAndItsHandlersNeverRunWithoutIt() throws Exception {
    String[] alice = RunningApp.account(db, "alice");
    String secrets = "/api/v1/canvases/" + alice[0] + "/secrets";
    var created = app.send("PUT", secrets + "/API_KEY", alice[1], "{\"value\":\"v0\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(200);
    assertThat(created.json().path("secrets").toString()).isEqualTo("[\"API_KEY\"]");
    var handler = """
        {"op":"SetHandler","tlid":70,"pos":{"x":0,"y":0},"handler":{"kind":"handler","tlid":70,"pos":{"x":0,"y":0},\
        "spec":{"type":"HTTP","route":"/key","method":"GET","ids":{"moduleId":1,"nameId":2,"modifierId":3}},\
        "ast":{"expr":"EVariable","id":71,"name":"API_KEY"}}}""";
    assertThat(app.post("/api/v1/canvases/" + alice[0] + "/ops", alice[1], ops(handler)).status()).isEqualTo(200);
    assertThat(app.canvasGet(alice[0], "/key")).endsWith("\"v0\"");

    // replaced again and again while requests keep coming: every one of them sees a value
    var statuses = new java.util.concurrent.ConcurrentLinkedQueue<String>();
    var done = new java.util.concurrent.atomic.AtomicBoolean();
    Thread caller = new Thread(() -> {
      while (!done.get()) {
        try {
          String r = app.canvasGet(alice[0], "/key");
          statuses.add(r.substring(0, r.indexOf("\r\n")) + " " + r.substring(r.lastIndexOf('\n') + 1));
        } catch (java.io.IOException e) {
          statuses.add(e.toString());
        }
      }
    });
    caller.start();
    for (int i = 1; i <= 20; i++) {
      var replaced = app.send("PUT", secrets + "/API_KEY", alice[1], "{\"value\":\"v" + i + "\"}");
      assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    }
    done.set(true);
    caller.join();
    assertThat(statuses).isNotEmpty().allMatch(r -> r.matches("HTTP/1.1 200 OK \"v\\d+\""), "a 200 with a value");
    assertThat(app.canvasGet(alice[0], "/key")).endsWith("\"v20\"");
    assertThat(app.get(secrets, alice[1]).json().path("secrets").toString()).isEqualTo("[\"API_KEY\"]");

    // POST keeps Dark's rule: a name the canvas has is a conflict
    assertError(app.post(secrets, alice[1], "{\"name\":\"API_KEY\",\"value\":\"other\"}"), 409, "conflict");
    assertError(app.send("PUT", secrets + "/1bad", alice[1], "{\"value\":\"x\"}"), 400, "bad_request");
    assertError(app.send("PUT", secrets + "/K", alice[1], "{\"name\":\"K\",\"value\":\"x\"}"), 400, "bad_request");
    String[] bob = RunningApp.account(db, "bob");
    assertError(app.send("PUT", secrets + "/API_KEY", bob[1], "{\"value\":\"stolen\"}"), 403, "forbidden");
  }

  @Test
  void badRequestsGetTheOneErrorShape() {
    String[] alice = RunningApp.account(db, "alice");
    String opsPath = "/api/v1/canvases/" + alice[0] + "/ops";
    assertError(app.post(opsPath, alice[1], "{not json"), 400, "bad_request");
    assertError(app.post(opsPath, alice[1], "{\"ops\":[]}"), 400, "bad_request");
    assertError(app.post(opsPath, alice[1], ops("{\"op\":\"Frobnicate\",\"tlid\":1}")), 400, "bad_request");
    // a body of null is no request at all: a 400, as for any JSON that is not the record (it was a 500)
    for (String path : List.of(opsPath, "/api/v1/canvases/" + alice[0] + "/secrets")) {
      var nothing = app.post(path, alice[1], "null");
      assertError(nothing, 400, "bad_request");
      assertThat(nothing.json().path("error").path("message").asText()).contains("not null");
    }
    assertError(app.post(opsPath, alice[1], "{\"ops\":[],\"opCtr\":null,\"clientId\":\"" + UUID.randomUUID() + "\",\"expectedVersion\":null}"),
        400, "bad_request");
    var badType = app.post(opsPath, alice[1], ops("""
        {"op":"SetType","type":{"kind":"type","tlid":4,"name":"T","nameId":5,"version":0,\
        "fields":[{"name":"a","type":"List<","nameId":6,"typeId":7}]}}"""));
    assertError(badType, 400, "bad_request");
    assertThat(badType.json().path("error").path("message").asText()).contains("List<");
    assertError(app.get("/api/v1/canvases/Not_A_Canvas!", alice[1]), 404, "not_found");
    assertError(app.get("/api/v1/nothing-here", alice[1]), 404, "not_found");
    assertError(app.get("/api/v1/canvases/nobody-x", alice[1]), 403, "forbidden");
  }

  @Test
  void aBugIsA500WithoutDetails() {
    String[] alice = RunningApp.account(db, "alice");
    String canvas = "/api/v1/canvases/" + alice[0];
    app.post(canvas + "/ops", alice[1], ops(setHandler(1, "/a", 7)));
    // a cache that no codec reads: only a bug (or a broken disk) gets there
    db.jdbi().useHandle(h -> h.createUpdate("UPDATE toplevel_oplists SET oplist_cache = '\\x00ff'::bytea "
        + "WHERE canvas_id = (SELECT id FROM canvases WHERE name = :name)").bind("name", alice[0]).execute());
    var r = app.get(canvas, alice[1]);
    assertError(r, 500, "internal");
    assertThat(r.text()).doesNotContain("Exception").doesNotContain("at umbra.");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    try (var small = new RunningApp(appConfig(), 1_000)) {
      String[] alice = RunningApp.account(db, "alice");
      String big = ops(setHandler(1, "/" + "x".repeat(2_000), 1));
      assertError(small.post("/api/v1/canvases/" + alice[0] + "/ops", alice[1], big), 413, "payload_too_large");
    }
  }

  private static DatabaseConfig config;

  @BeforeAll
  static void remember(DatabaseConfig c) { config = c; }

  private static DatabaseConfig appConfig() { return config; }
}
