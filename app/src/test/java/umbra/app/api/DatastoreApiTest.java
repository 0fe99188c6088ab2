package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.RunningApp;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/** A datastore through the editor API: unlocked while empty, counted and locked once a handler writes to it. */
@ExtendWith(TestDatabase.class)
class DatastoreApiTest {
  private static RunningApp app;
  private static Database db;

  @BeforeAll
  static void start(Database database, DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { app.close(); }

  private static final String CREATE = EditorApiTest.ops(
      "{\"op\":\"CreateDBWithBlankOr\",\"tlid\":70,\"pos\":{\"x\":0,\"y\":0},\"nameId\":71,\"name\":\"Notes\"}",
      "{\"op\":\"AddDBCol\",\"tlid\":70,\"colNameId\":72,\"colTypeId\":73}",
      "{\"op\":\"SetDBColName\",\"tlid\":70,\"colNameId\":72,\"name\":\"text\"}",
      "{\"op\":\"SetDBColType\",\"tlid\":70,\"colTypeId\":73,\"type\":\"Str\"}",
      """
      {"op":"SetHandler","tlid":80,"pos":{"x":5,"y":6},"handler":{"kind":"handler","tlid":80,"pos":{"x":5,"y":6},\
      "spec":{"type":"HTTP","route":"/note/:k","method":"GET","ids":{"moduleId":1,"nameId":2,"modifierId":3}},\
      "ast":{"expr":"EFnCall","id":81,"name":{"fn":"Stdlib","module":"DB","function":"set","version":1},"rail":false,\
      "args":[{"expr":"ERecord","id":82,"fields":[{"name":"text","value":{"expr":"EVariable","id":83,"name":"k"}}]},\
      {"expr":"EVariable","id":84,"name":"k"},{"expr":"EVariable","id":85,"name":"Notes"}]}}}""");

  @Test
  void statsAndLocksFollowTheRows() throws Exception {
    String[] alice = RunningApp.account(db, "keeper");
    String canvas = "/api/v1/canvases/" + alice[0];
    var created = app.post(canvas + "/ops", alice[1], CREATE);
    assertThat(created.status()).as(created.text()).isEqualTo(200);

    assertThat(app.get(canvas + "/datastores/unlocked", alice[1]).json().path("unlockedDBs").get(0).asLong()).isEqualTo(70);
    JsonNode empty = app.get(canvas + "/datastores", alice[1]).json().path("datastores").get(0);
    assertThat(empty.path("name").asText()).isEqualTo("Notes");
    assertThat(empty.path("count").asLong()).isZero();
    assertThat(empty.path("example").isNull()).isTrue();

    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/note/first")).startsWith("HTTP/1.1 200");
    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/note/second")).startsWith("HTTP/1.1 200");
    JsonNode full = app.get(canvas + "/datastores", alice[1]).json().path("datastores").get(0);
    assertThat(full.path("count").asLong()).isEqualTo(2);
    assertThat(full.path("locked").asBoolean()).isTrue();
    assertThat(full.path("columns").get(0).path("type").asText()).isEqualTo("Str");
    assertThat(full.path("example").path("key").asText()).isEqualTo("second");
    assertThat(full.path("example").path("value").path("repr").asText()).contains("\"second\"");
    assertThat(app.get(canvas + "/datastores/unlocked", alice[1]).json().path("unlockedDBs").size()).isZero();

    var retype = app.post(canvas + "/ops", alice[1],
        EditorApiTest.ops("{\"op\":\"ChangeDBColType\",\"tlid\":70,\"colTypeId\":73,\"type\":\"Int\"}"));
    assertThat(retype.status()).isEqualTo(422);
    assertThat(retype.json().path("error").path("message").asText()).startsWith("The datastore Notes has data");
  }

  @Test
  void datastoresNeedReadPermission() {
    String[] alice = RunningApp.account(db, "keeper");
    String[] bob = RunningApp.account(db, "keeper");
    assertThat(app.get("/api/v1/canvases/" + alice[0] + "/datastores", bob[1]).status()).isEqualTo(403);
  }
}
