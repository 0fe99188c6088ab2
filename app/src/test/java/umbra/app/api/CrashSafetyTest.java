package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.RunningApp;
import umbra.app.ServeProcess;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.canvas.text.PushPlan;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/**
 * Crash safety (issue 13): what a server acknowledged survives a SIGKILL of it. A real
 * {@code umbra serve} process answers 20 requests with 200 and is then killed without a chance to
 * flush anything; a second process on the same database finds all 20.
 */
@ExtendWith(TestDatabase.class)
class CrashSafetyTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twentyAcknowledgedOpsRequestsSurviveAKillNine(Database db, DatabaseConfig config) throws Exception {
    String[] alice = RunningApp.account(db, "crash");
    int port = ServeProcess.freePort();
    String canvas = "http://127.0.0.1:" + port + "/api/v1/canvases/" + alice[0];
    String[] roles = {"--roles", "api", "--api-port", String.valueOf(port)};

    try (var first = ServeProcess.start(config, "crash-first", Map.of(), roles)) {
      first.awaitHealthy(port);
      for (int i = 0; i < 20; i++) {
        var r = send(HttpRequest.newBuilder(URI.create(canvas + "/ops")).header("Authorization", "Bearer " + alice[1])
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(EditorApiTest.ops(EditorApiTest.setHandler(100 + i * 10, "/r" + i, i)))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      }
      first.kill();
    }

    try (var second = ServeProcess.start(config, "crash-second", Map.of(), roles)) {
      second.awaitHealthy(port);
      var r = send(HttpRequest.newBuilder(URI.create(canvas)).header("Authorization", "Bearer " + alice[1]).GET());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      List<String> routes = new ArrayList<>();
      for (JsonNode tl : JSON.readTree(r.body()).path("toplevels")) routes.add(tl.path("spec").path("route").asText());
      assertThat(routes).as(r.body()).hasSize(20);
      for (int i = 0; i < 20; i++) assertThat(routes).contains("/r" + i);
    }
  }

  /** The same for datastore writes: each {@code DB.set} commits before its request is answered. */
  @Test
  void twentyAcknowledgedDatastoreWritesSurviveAKillNine(Database db, DatabaseConfig config) throws Exception {
    String owner = RunningApp.account(db, "crashdb")[0];
    push(db, owner, """
        [db Items {"v": "Str"}]

        [http-handler POST /items/:key]
        DB.set_v1 { v = key } key Items

        [http-handler GET /items]
        DB.keys_v1 Items
        """);
    int api = ServeProcess.freePort();
    int http = ServeProcess.freePort();
    String[] roles = {"--roles", "http,api", "--api-port", String.valueOf(api), "--http-port", String.valueOf(http)};

    try (var first = ServeProcess.start(config, "crashdb-first", Map.of(), roles)) {
      first.awaitHealthy(api);
      for (int i = 0; i < 20; i++) {
        String r = RunningApp.canvasRequest(http, owner, "POST", "/items/k" + i);
        assertThat(r).as("write %d", i).startsWith("HTTP/1.1 200 ");
      }
      first.kill();
    }

    try (var second = ServeProcess.start(config, "crashdb-second", Map.of(), roles)) {
      second.awaitHealthy(api);
      String r = RunningApp.canvasGet(http, owner, "/items");
      assertThat(r).startsWith("HTTP/1.1 200 ");
      List<String> keys = new ArrayList<>();
      JSON.readTree(r.substring(r.indexOf("\r\n\r\n") + 4)).forEach(k -> keys.add(k.asText()));
      assertThat(keys).as(r).hasSize(20);
      for (int i = 0; i < 20; i++) assertThat(keys).contains("k" + i);
    }
  }

  /** The canvas made the text's state, as {@code umbra push} would, before any server runs. */
  private static void push(Database db, String canvasName, String text) {
    var codec = new StorageCodec();
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), codec).open(canvasName)).value();
    var ops = PushPlan.ops(Canvas.empty(), CanvasText.parse(text, 1).orElseThrow());
    new OpsHandler(db.jdbi(), new CanvasService(), codec).addOps(canvas.id(), ops, 1, OpsHandler.newClientId());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
