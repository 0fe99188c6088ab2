package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/** The commands that cover the rest of the editor API: {@code canvas list}, {@code secret}, {@code undo} and {@code redo}. */
@ExtendWith(TestDatabase.class)
class CliCommandsTest {
  private static RunningApp app;
  private static Database db;
  @TempDir static Path dir;

  @BeforeAll
  static void start(Database database, DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { app.close(); }

  private static CliRun ok(Map<String, String> env, String... args) {
    CliRun r = CliRun.umbra(env, args);
    assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  private static void push(Map<String, String> env, String canvas, String text) throws IOException {
    Path file = Files.writeString(dir.resolve(canvas + System.nanoTime() + ".dark"), text);
    ok(env, "push", canvas, file.toString());
  }

  @Test
  void secretSetReadsTheValueFromStdinAndReplacesItWhileHandlersUseIt() throws IOException {
    String[] alice = RunningApp.account(db, "sec");
    var env = app.env(alice[1]);
    CliRun none = ok(env, "secret", "list", alice[0]);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("has no secrets");

    push(env, alice[0], "[http-handler GET /key]\nAPI_KEY\n");
    CliRun set = CliRun.umbraWithInput(env, "s3cret\n", "secret", "set", alice[0], "API_KEY");
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).isEqualTo("set secret API_KEY of canvas " + alice[0] + "\n").doesNotContain("s3cret");
    assertThat(app.canvasGet(alice[0], "/key")).startsWith("HTTP/1.1 200").endsWith("\"s3cret\"");

    assertThat(ok(env, "secret", "set", alice[0], "API_KEY", "--value", "-h").out()).startsWith("set secret API_KEY");
    assertThat(app.canvasGet(alice[0], "/key")).endsWith("\"-h\"");
    ok(env, "secret", "set", alice[0], "OTHER", "--value", "x");
    assertThat(ok(env, "secret", "list", alice[0]).out()).isEqualTo("OTHER\nAPI_KEY\n");

    assertThat(ok(env, "secret", "delete", alice[0], "OTHER").out()).isEqualTo("deleted secret OTHER of canvas " + alice[0] + "\n");
    assertThat(ok(env, "secret", "list", alice[0]).out()).isEqualTo("API_KEY\n");
    CliRun gone = CliRun.umbra(env, "secret", "delete", alice[0], "OTHER");
    assertThat(gone.code()).isEqualTo(1);
    assertThat(gone.err()).startsWith("umbra secret delete: ").contains("has no secret OTHER").contains("404");
  }

  @Test
  void secretMistakesAreOneLine() {
    String[] alice = RunningApp.account(db, "sec");
    var env = app.env(alice[1]);
    CliRun empty = CliRun.umbraWithInput(env, "\n", "secret", "set", alice[0], "API_KEY");
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err()).contains("no value on standard input");
    CliRun badName = CliRun.umbraWithInput(env, "v", "secret", "set", alice[0], "1 bad");
    assertThat(badName.code()).isEqualTo(1);
    assertThat(badName.err().strip()).contains("a secret's name is a variable name").contains("400").doesNotContain("\n");
    assertThat(CliRun.umbra(env, "secret").code()).isEqualTo(2);
    assertThat(CliRun.umbra(env, "secret", "set", alice[0]).code()).isEqualTo(2);
    assertThat(CliRun.umbra(env, "secret", "set", alice[0], "K", "--value").code()).isEqualTo(2);
    assertThat(CliRun.umbra(env, "secret", "show", alice[0], "K").code()).isEqualTo(2);
    assertThat(CliRun.umbra(app.env(null), "secret", "list", alice[0]).err()).contains("UMBRA_TOKEN");
  }

  @Test
  void undoAndRedoNameAToplevelByRouteOrNameOrTlid() throws IOException {
    String[] alice = RunningApp.account(db, "undo");
    var env = app.env(alice[1]);
    String c = alice[0];
    push(env, c, "[http-handler GET /hello]\n1\n\n[http-handler POST /hello]\n2\n\n[worker job]\n3\n\n[fn greet -> Int]\n4\n");
    push(env, c, "[http-handler GET /hello]\n10\n\n[http-handler POST /hello]\n2\n\n[fn greet -> Int]\n4\n");

    CliRun undo = ok(env, "undo", c, "GET /hello");
    assertThat(undo.out()).matches("undid the last change of GET /hello \\(tlid \\d+\\) of canvas " + c + "\n");
    assertThat(pull(env, c)).contains("[http-handler GET /hello]\n1\n");
    assertThat(ok(env, "redo", c, "get", "/hello").out()).startsWith("redid the last undone change of GET /hello (tlid");
    assertThat(pull(env, c)).contains("[http-handler GET /hello]\n10\n");
    CliRun again = CliRun.umbra(env, "redo", c, "GET /hello");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).startsWith("umbra redo: nothing to redo on GET /hello");

    // the push deleted the worker after a savepoint: undo brings it back
    assertThat(ok(env, "undo", c, "job").out()).startsWith("undid the last change of worker job (tlid");
    assertThat(pull(env, c)).contains("[worker job]\n3\n");

    // the function was created without a savepoint: there is nothing to undo, and it stays
    CliRun created = CliRun.umbra(env, "undo", c, "fn", "greet");
    assertThat(created.code()).isEqualTo(1);
    assertThat(created.err()).startsWith("umbra undo: fn greet (tlid").contains("has nothing to undo (no savepoint");
    assertThat(pull(env, c)).contains("[fn greet -> Int]\n4\n");
    String tlid = created.err().replaceAll("(?s).*\\(tlid (\\d+)\\).*", "$1");
    assertThat(CliRun.umbra(env, "redo", c, tlid).err()).startsWith("umbra redo: nothing to redo on " + tlid);

    CliRun both = CliRun.umbra(env, "undo", c, "/hello");
    assertThat(both.code()).isEqualTo(1);
    assertThat(both.err()).contains("more than one live toplevel").contains("GET /hello (tlid").contains("POST /hello (tlid");
    CliRun missing = CliRun.umbra(env, "undo", c, "GET /nope");
    assertThat(missing.err().strip()).isEqualTo("umbra undo: canvas " + c + " has no toplevel 'GET /nope'");
    assertThat(CliRun.umbra(env, "undo", c).code()).isEqualTo(2);
  }

  @Test
  void canvasListShowsOwnAndGrantedCanvasesAndGrantNamesTheMissingAccount() throws IOException {
    String[] alice = RunningApp.account(db, "own");
    String[] bob = RunningApp.account(db, "own");
    push(app.env(alice[1]), alice[0], "[repl r]\n1\n");
    push(app.env(alice[1]), alice[0] + "-blog", "[repl r]\n1\n");
    assertThat(ok(app.env(alice[1]), "canvas", "list").out().lines().toList()).satisfiesExactly(
        l -> assertThat(l).startsWith(alice[0] + "       read-write  owner " + alice[0] + "  created "),
        l -> assertThat(l).startsWith(alice[0] + "-blog  read-write  owner " + alice[0] + "  created "));
    CliRun nothing = ok(app.env(bob[1]), "canvas", "list");
    assertThat(nothing.out()).isEmpty();
    assertThat(nothing.err()).contains("no canvases yet");

    ok(app.env(null), "account", "grant", alice[0], bob[0], "read");
    assertThat(ok(app.env(bob[1]), "canvas", "list").out()).contains(alice[0] + "-blog  read        owner " + alice[0]);
    CliRun missing = CliRun.umbra(app.env(null), "account", "grant", alice[0], "nobody_" + bob[0], "read");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("umbra account grant: no account named nobody_" + bob[0]);
    CliRun both = CliRun.umbra(app.env(null), "account", "revoke", "no_owner", "no_user");
    assertThat(both.err().strip()).isEqualTo("umbra account revoke: no accounts named no_owner and no_user");
    assertThat(CliRun.umbra(app.env(null), "canvas").code()).isEqualTo(2);
  }

  private static String pull(Map<String, String> env, String canvas) {
    return ok(env, "pull", canvas).out();
  }
}
