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

/** A worker fed by a handler's emit, through `serve` (every role): listed, paused, run again. */
@ExtendWith(TestDatabase.class)
class WorkerApiTest {
  private static RunningApp app;
  private static Database db;

  @BeforeAll
  static void start(Database database, DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { app.close(); }

  private static String handler(long tlid, String spec, String astJson) {
    return """
        {"op":"SetHandler","tlid":%d,"pos":{"x":0,"y":0},"handler":{"kind":"handler","tlid":%d,"pos":{"x":0,"y":0},\
        "spec":%s,"ast":%s}}""".formatted(tlid, tlid, spec, astJson);
  }

  private static final String EMIT = handler(1,
      "{\"type\":\"HTTP\",\"route\":\"/go\",\"method\":\"GET\",\"ids\":{\"moduleId\":2,\"nameId\":3,\"modifierId\":4}}",
      "{\"expr\":\"EFnCall\",\"id\":5,\"name\":{\"fn\":\"Stdlib\",\"module\":\"\",\"function\":\"emit\",\"version\":1},"
          + "\"rail\":false,\"args\":[{\"expr\":\"EInteger\",\"id\":6,\"value\":7},{\"expr\":\"EString\",\"id\":8,\"value\":\"job\"}]}");
  private static final String WORKER = handler(10,
      "{\"type\":\"Worker\",\"name\":\"job\",\"ids\":{\"moduleId\":11,\"nameId\":12,\"modifierId\":13}}",
      "{\"expr\":\"EVariable\",\"id\":14,\"name\":\"event\"}");

  @Test
  void aPausedWorkerKeepsItsEventsAndRunsThemWhenItRunsAgain() throws Exception {
    String[] alice = RunningApp.account(db, "queuer");
    String canvas = "/api/v1/canvases/" + alice[0];
    assertThat(app.post(canvas + "/ops", alice[1], EditorApiTest.ops(EMIT, WORKER)).status()).isEqualTo(200);

    var paused = app.post(canvas + "/toplevels/10/schedule", alice[1], "{\"schedule\":\"pause\"}");
    assertThat(paused.status()).as(paused.text()).isEqualTo(200);
    assertThat(paused.json().path("state").asText()).isEqualTo("pause");
    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/go")).startsWith("HTTP/1.1 200").endsWith("7");
    JsonNode workers = app.get(canvas + "/workers", alice[1]).json();
    assertThat(workers.path("workers").get(0).path("queued").asLong()).isEqualTo(1);

    assertThat(app.post(canvas + "/toplevels/10/schedule", alice[1], "{\"schedule\":\"run\"}").json().path("state").asText())
        .isEqualTo("run");
    long end = System.nanoTime() + 15_000_000_000L;
    while (app.get(canvas + "/workers", alice[1]).json().path("workers").get(0).path("queued").asLong() != 0) {
      assertThat(System.nanoTime()).as("the event ran within 15 s").isLessThan(end);
      Thread.sleep(50);
    }
    assertThat(app.get(canvas + "/toplevels/10/dead-letters", alice[1]).json().path("deadLetters").size()).isZero();
    assertThat(app.post(canvas + "/toplevels/10/schedule", alice[1], "{\"schedule\":\"later\"}").status()).isEqualTo(400);
    assertThat(app.post(canvas + "/toplevels/1/schedule", alice[1], "{\"schedule\":\"pause\"}").status()).isEqualTo(404);
  }
}
