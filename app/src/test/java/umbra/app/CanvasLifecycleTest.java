package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/**
 * A canvas over its life, through the commands a user types: push a file, pull it back, change
 * it, undo through the API, restart the server, read the same canvas.
 */
@ExtendWith(TestDatabase.class)
class CanvasLifecycleTest {
  @TempDir Path dir;

  private static final String FILE = """
      [db Users {"name": "Str", "age": "Int"}]

      [type Person name:Str age:Int]

      [fn greet name:Str -> Str]
      "hello " ++ name

      [http-handler GET /hello/:name]
      greet name

      [worker sendMail]
      blank

      [cron nightly Daily]
      1
      """;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void pullAfterPushReproducesTheFileAndASecondPushChangesNothing(Database db, DatabaseConfig config) throws IOException {
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      var env = app.env(alice[1]);
      Path file = write("canvas.dark", FILE);

      CliRun push = CliRun.umbra(env, "push", alice[0] + "-site", file.toString());
      assertThat(push.code()).as(push.err()).isZero();
      assertThat(push.out()).contains("6 created, 0 changed, 0 deleted");
      assertThat(CanvasText(env, alice[0] + "-site")).isEqualTo(FILE);

      CliRun again = CliRun.umbra(env, "push", alice[0] + "-site", file.toString());
      assertThat(again.out()).contains("already matches");

      // a file in another order and layout is the same canvas: pull prints the canonical form
      Path shuffled = write("shuffled.dark", "// mine\n[cron nightly Daily]\n1\n" + FILE.replace("[cron nightly Daily]\n1\n", "")
          .replace("\"hello \" ++ name", "\"hello \"\n  ++ name"));
      assertThat(CliRun.umbra(env, "push", alice[0] + "-site", shuffled.toString()).out()).contains("already matches");
      assertThat(CanvasText(env, alice[0] + "-site")).isEqualTo(FILE);
    }
  }

  @Test
  void aChangedFileEditsInPlaceAndTheEditorCanUndoIt(Database db, DatabaseConfig config) throws IOException {
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      var env = app.env(alice[1]);
      CliRun.umbra(env, "push", alice[0], write("v1.dark", FILE).toString());
      String v2 = FILE.replace("\"hello \" ++ name", "\"hi \" ++ name").replace("[worker sendMail]\nblank\n\n", "");
      CliRun push = CliRun.umbra(env, "push", alice[0], write("v2.dark", v2).toString());
      assertThat(push.out()).as(push.err()).contains("0 created, 1 changed, 1 deleted");
      assertThat(CanvasText(env, alice[0])).isEqualTo(v2);

      // the editor's undo of the function goes back to the pushed version before
      var load = app.get("/api/v1/canvases/" + alice[0], alice[1]).json();
      long fn = load.path("toplevels").findParents("kind").stream()
          .filter(n -> n.path("kind").asText().equals("function")).findFirst().orElseThrow().path("tlid").asLong();
      var undo = app.post("/api/v1/canvases/" + alice[0] + "/ops", alice[1],
          "{\"ops\":[{\"op\":\"UndoTL\",\"tlid\":" + fn + "}],\"opCtr\":null,\"clientId\":null,\"expectedVersion\":null}");
      assertThat(undo.status()).as(undo.text()).isEqualTo(200);
      assertThat(CanvasText(env, alice[0])).contains("\"hello \" ++ name").doesNotContain("hi ");
    }
  }

  @Test
  void theCanvasIsIdenticalAfterARestart(Database db, DatabaseConfig config) throws IOException {
    String[] alice = RunningApp.account(db, "alice");
    String before;
    try (var app = new RunningApp(config)) {
      CliRun.umbra(app.env(alice[1]), "push", alice[0], write("c.dark", FILE).toString());
      app.post("/api/v1/canvases/" + alice[0] + "/secrets", alice[1], "{\"name\":\"KEY\",\"value\":\"v\"}");
      before = app.get("/api/v1/canvases/" + alice[0], alice[1]).text();
    }
    try (var restarted = new RunningApp(config)) {
      assertThat(restarted.get("/api/v1/canvases/" + alice[0], alice[1]).text()).isEqualTo(before);
      assertThat(CanvasText(restarted.env(alice[1]), alice[0])).isEqualTo(FILE);
    }
  }

  @Test
  void mistakesAreOneLineErrors(Database db, DatabaseConfig config) throws IOException {
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      var env = app.env(alice[1]);
      CliRun bad = CliRun.umbra(env, "push", alice[0], write("bad.dark", "[worker w]\n1 +\n").toString());
      assertThat(bad.code()).isEqualTo(1);
      assertThat(bad.err().strip()).matches(".*bad\\.dark:2:\\d+: .*").doesNotContain("\n");

      CliRun noToken = CliRun.umbra(app.env(null), "pull", alice[0]);
      assertThat(noToken.code()).isEqualTo(2);
      assertThat(noToken.err()).contains("UMBRA_TOKEN");

      CliRun wrongToken = CliRun.umbra(app.env("umb_wrong"), "pull", alice[0]);
      assertThat(wrongToken.code()).isEqualTo(1);
      assertThat(wrongToken.err().strip()).startsWith("umbra pull: unknown or revoked API token (401 unauthorized)");

      CliRun forbidden = CliRun.umbra(env, "pull", "somebodyelse");
      assertThat(forbidden.err()).contains("403 forbidden");

      var down = new java.util.HashMap<>(env);
      down.put("UMBRA_API", "http://127.0.0.1:1");
      CliRun unreachable = CliRun.umbra(down, "pull", alice[0]);
      assertThat(unreachable.err().strip()).startsWith("umbra pull: cannot reach Umbra at http://127.0.0.1:1").doesNotContain("\n");

      assertThat(CliRun.umbra(env, "push", alice[0], dir.resolve("missing.dark").toString()).code()).isEqualTo(2);
    }
  }

  @Test
  void accountCreatePrintsAWorkingTokenLast(DatabaseConfig config) {
    try (var app = new RunningApp(config)) {
      var env = app.env(null);
      CliRun created = CliRun.umbra(env, "account", "create", "carol" + System.nanoTime() % 100000);
      assertThat(created.code()).as(created.err()).isZero();
      List<String> lines = created.out().lines().toList();
      String token = lines.get(lines.size() - 1);
      assertThat(token).startsWith("umb_");
      assertThat(app.get("/api/v1/canvases", token).status()).isEqualTo(200);

      CliRun taken = CliRun.umbra(env, "account", "create", lines.get(0).split(" ")[2].replace(".", ""));
      assertThat(taken.code()).isEqualTo(1);
      assertThat(taken.err()).contains("already taken");
      assertThat(CliRun.umbra(env, "account", "create", "Bad Name").err()).contains("Invalid username");
      assertThat(CliRun.umbra(env, "account", "grant", "x", "y", "admin").code()).isEqualTo(2);
      assertThat(CliRun.umbra(env, "account").code()).isEqualTo(2);
    }
  }

  @Test
  void grantsFromTheCommandLineOpenCanvasesToOthers(Database db, DatabaseConfig config) {
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      String[] bob = RunningApp.account(db, "bob");
      assertThat(app.get("/api/v1/canvases/" + alice[0], bob[1]).status()).isEqualTo(403);
      CliRun grant = CliRun.umbra(app.env(null), "account", "grant", alice[0], bob[0], "read");
      assertThat(grant.code()).as(grant.err()).isZero();
      assertThat(app.get("/api/v1/canvases/" + alice[0], bob[1]).status()).isEqualTo(200);
      assertThat(CliRun.umbra(app.env(null), "account", "revoke", alice[0], bob[0]).code()).isZero();
      assertThat(app.get("/api/v1/canvases/" + alice[0], bob[1]).status()).isEqualTo(403);
    }
  }

  @Test
  void withoutPostgresTheCommandsSayOneLine() {
    var env = Map.of("DATABASE_URL", "postgres://postgres@127.0.0.1:1/umbra");
    CliRun serve = CliRun.umbra(env, "serve", "--api-port", "0");
    assertThat(serve.code()).isEqualTo(1);
    assertThat(serve.err().strip()).startsWith("umbra serve: Cannot reach PostgreSQL at 127.0.0.1:1").doesNotContain("\n");
    CliRun account = CliRun.umbra(env, "account", "create", "dave");
    assertThat(account.err().strip()).startsWith("umbra account: Cannot reach PostgreSQL").doesNotContain("\n");
    assertThat(CliRun.umbra(env, "serve", "--api-port", "x").code()).isEqualTo(2);
  }

  private static String CanvasText(Map<String, String> env, String canvas) {
    CliRun pull = CliRun.umbra(env, "pull", canvas);
    assertThat(pull.code()).as(pull.err()).isZero();
    return pull.out();
  }
}
