package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.RunningApp;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/** The editor's text of a toplevel over HTTP: read it with its expressions placed, save it as ops, add one. */
@ExtendWith(TestDatabase.class)
class SourceApiTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static RunningApp app;
  private static Database db;

  @BeforeAll
  static void start(Database database, DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { app.close(); }

  private static String request(String text, Long expectedVersion) throws IOException {
    Map<String, Object> body = new HashMap<>();
    body.put("text", text);
    body.put("expectedVersion", expectedVersion);
    return JSON.writeValueAsString(body);
  }

  /** Adds a toplevel from its text; its saved answer. */
  private static JsonNode add(String[] account, String text) throws IOException {
    var r = app.post("/api/v1/canvases/" + account[0] + "/toplevels", account[1], request(text, null));
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    return r.json();
  }

  private static String sourcePath(String[] account, JsonNode saved) {
    return "/api/v1/canvases/" + account[0] + "/toplevels/" + saved.path("source").path("tlid").asText() + "/source";
  }

  /** A handler that answers "hi", the starting point of the saves below. */
  private static final String HI = "[http-handler GET /hi]\n\"hi\"\n";

  /** Saves a new text for the toplevel {@code added} made. */
  private static RunningApp.Response save(String[] account, JsonNode added, String text, Long expectedVersion) throws IOException {
    return app.send("PUT", sourcePath(account, added), account[1], request(text, expectedVersion));
  }

  /** What {@code GET /hi} answers on the account's canvas now. */
  private static String hi(String[] account) throws IOException {
    return RunningApp.canvasGet(app.app().httpPort(), account[0], "/hi");
  }

  @Test
  void anAddedHandlerComesBackAsItsSectionWithEachExpressionPlaced() throws IOException {
    String[] alice = RunningApp.account(db, "src");
    JsonNode saved = add(alice, "[http-handler GET /double/:n]\nlet x = String.length_v1 n in\nx * 2\n");
    assertThat(saved.path("error").isNull()).isTrue();

    var r = app.get(sourcePath(alice, saved), alice[1]);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().path("text").asText()).isEqualTo("[http-handler GET /double/:n]\nlet x = String.length_v1 n in\nx * 2\n");
    Map<String, String> lines = new HashMap<>();
    r.json().path("lineExprs").forEach(e -> lines.put(e.path("line").asText(), e.path("line").asText() + ":" + e.path("column").asText()));
    assertThat(lines).containsEntry("2", "2:9").containsEntry("3", "3:3");
    assertThat(r.json().path("positions").size()).as("let, the call, n, *, x, 2").isEqualTo(6);
    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/double/abc")).endsWith("6");
  }

  @Test
  void aSaveIsLiveAtOnceAndOneUndoRevertsIt() throws IOException {
    String[] bob = RunningApp.account(db, "src");
    JsonNode added = add(bob, HI);
    String path = sourcePath(bob, added);
    var saved = save(bob, added, "[http-handler GET /hi]\n\"hello\"", added.path("source").path("version").asLong());
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.json().path("source").path("text").asText()).as("the canonical form").isEqualTo("[http-handler GET /hi]\n\"hello\"\n");
    assertThat(hi(bob)).endsWith("\"hello\"");

    String tlid = added.path("source").path("tlid").asText();
    var undone = app.post("/api/v1/canvases/" + bob[0] + "/ops", bob[1],
        "{\"ops\":[{\"op\":\"UndoTL\",\"tlid\":" + tlid + "}],\"opCtr\":null,\"clientId\":null,\"expectedVersion\":null}");
    assertThat(undone.status()).as(undone.text()).isEqualTo(200);
    assertThat(app.get(path, bob[1]).json().path("text").asText()).isEqualTo(HI);
  }

  @Test
  void aTextThatDoesNotParseIsAnsweredWithItsLineAndColumnAndNothingIsSaved() throws IOException {
    String[] carol = RunningApp.account(db, "src");
    JsonNode added = add(carol, HI);
    var r = save(carol, added, "[http-handler GET /hi]\nlet x = 1 in\nif x then", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("error").path("line").asInt()).isEqualTo(3);
    assertThat(r.json().path("error").path("message").asText()).isNotBlank();
    assertThat(r.json().path("source").isNull()).isTrue();
    assertThat(hi(carol)).endsWith("\"hi\"");
  }

  @Test
  void aSaveMustStayOneSectionOfTheSameKind() throws IOException {
    String[] dave = RunningApp.account(db, "src");
    JsonNode added = add(dave, HI);
    var two = save(dave, added, "[http-handler GET /hi]\n1\n\n[worker w]\n2\n", null);
    assertThat(two.json().path("error").path("line").asInt()).isEqualTo(4);
    assertThat(two.json().path("error").path("message").asText()).contains("one toplevel at a time");
    var kind = save(dave, added, "[fn f -> Int]\n1\n", null);
    assertThat(kind.json().path("error").path("message").asText()).contains("kind");
    var none = save(dave, added, "1 + 2\n", null);
    assertThat(none.json().path("error").isNull()).as(none.text()).isFalse();
  }

  @Test
  void aSaveOnAnOlderVersionIsRefusedWith409() throws IOException {
    String[] erin = RunningApp.account(db, "src");
    JsonNode added = add(erin, HI);
    long read = added.path("source").path("version").asLong();
    add(erin, "[worker w]\n1\n");
    var r = save(erin, added, "[http-handler GET /hi]\n\"late\"\n", read);
    assertThat(r.status()).as(r.text()).isEqualTo(409);
    assertThat(hi(erin)).endsWith("\"hi\"");
  }

  @Test
  void theEditorPageAndItsAssetsAreServedWithoutAToken() throws Exception {
    HttpResponse<String> page = plainGet("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/editor/editor.js").doesNotContain("__CANVAS_PORT__")
        .contains("content=\"" + app.app().httpPort() + "\"");
    assertThat(plainGet("/editor/editor.js").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    var missing = app.get("/editor/secrets.txt", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("error").path("code").asText()).isEqualTo("not_found");
  }

  private static HttpResponse<String> plainGet(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
