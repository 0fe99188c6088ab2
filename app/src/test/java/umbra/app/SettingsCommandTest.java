package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/** {@code umbra settings}: a canvas's CORS origins, custom domains and sampling rules from the command line. */
@ExtendWith(TestDatabase.class)
class SettingsCommandTest {
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

  /** An account with a pushed canvas: GET /hello, POST /hello, GET /other and a worker named job. */
  private static String[] canvas() throws IOException {
    String[] alice = RunningApp.account(db, "cli");
    Path file = dir.resolve(alice[0] + ".dark");
    Files.writeString(file, "[http-handler GET /hello]\n1\n\n[http-handler POST /hello]\n2\n\n"
        + "[http-handler GET /other]\n3\n\n[worker job]\nevent\n");
    CliRun push = CliRun.umbra(app.env(alice[1]), "push", alice[0], file.toString());
    assertThat(push.code()).as(push.err()).isZero();
    return alice;
  }

  private static CliRun ok(Map<String, String> env, String... args) {
    CliRun r = CliRun.umbra(env, args);
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  @Test
  void itPrintsAndChangesTheCorsSetting() throws IOException {
    String[] alice = canvas();
    var env = app.env(alice[1]);
    assertThat(ok(env, "settings", alice[0]).out()).isEqualTo("""
        cors: none (http://localhost:3000, :5000 and :8000 are echoed, every other origin gets *)
        custom domains: none
        sampling: sample-all for every HTTP handler without its own rule
        """);
    assertThat(ok(env, "settings", alice[0], "cors", "*").out()).startsWith("cors: * (every origin)\n");
    assertThat(ok(env, "settings", alice[0], "cors", "https://a.example", "https://b.example").out())
        .startsWith("cors: https://a.example https://b.example\n");
    assertThat(ok(env, "settings", alice[0]).out()).startsWith("cors: https://a.example https://b.example\n");
    assertThat(ok(env, "settings", alice[0], "cors", "--clear").out()).startsWith("cors: none");

    CliRun bad = CliRun.umbra(env, "settings", alice[0], "cors", "https://a.example/path");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err().strip()).startsWith("umbra settings: 'https://a.example/path' is not an origin").contains("(400 bad_request)")
        .doesNotContain("\n");
    assertThat(CliRun.umbra(env, "settings", alice[0], "cors").code()).isEqualTo(2);
    assertThat(CliRun.umbra(env, "settings", alice[0], "cors", "--clear", "https://a.example").code()).isEqualTo(2);
  }

  @Test
  void itAddsAndRemovesCustomDomains() throws IOException {
    String[] alice = canvas();
    var env = app.env(alice[1]);
    String host = "www." + alice[0] + ".example.com";
    assertThat(ok(env, "settings", alice[0], "domain", "add", host).out()).contains("custom domains: " + host + "\n");
    String[] bob = canvas();
    CliRun taken = CliRun.umbra(app.env(bob[1]), "settings", bob[0], "domain", "add", host);
    assertThat(taken.code()).isEqualTo(1);
    assertThat(taken.err()).contains("already points at another canvas").contains("409 conflict");
    assertThat(ok(env, "settings", alice[0], "domain", "remove", host).out()).contains("custom domains: none\n");
    CliRun gone = CliRun.umbra(env, "settings", alice[0], "domain", "remove", host);
    assertThat(gone.code()).isEqualTo(1);
    assertThat(gone.err()).contains("has no custom domain " + host).contains("404");
    assertThat(CliRun.umbra(env, "settings", alice[0], "domain", "add", "Bad_Host").err()).contains("not a host name");
    assertThat(CliRun.umbra(env, "settings", alice[0], "domain", "add").code()).isEqualTo(2);
    assertThat(CliRun.umbra(env, "settings", alice[0], "domain", "move", host).code()).isEqualTo(2);
  }

  @Test
  void aHandlerIsNamedByItsTlidOrItsMethodAndRoute() throws IOException {
    String[] alice = canvas();
    var env = app.env(alice[1]);
    CliRun set = ok(env, "settings", alice[0], "sampling", "GET /hello", "sample-none");
    assertThat(set.out()).containsPattern("\n  GET /hello \\(tlid \\d+\\): sample-none\n");
    String tlid = set.out().replaceAll("(?s).*GET /hello \\(tlid (\\d+)\\).*", "$1");
    assertThat(ok(env, "settings", alice[0], "sampling", "POST", "/hello", "sample-one-in-4").out())
        .contains("  POST /hello (tlid").contains("): sample-one-in-4\n");
    assertThat(ok(env, "settings", alice[0], "sampling", "/other", "sample-all-with-telemetry").out())
        .contains("  GET /other (tlid").contains("): sample-all-with-telemetry\n");
    assertThat(ok(env, "settings", alice[0], "sampling", tlid, "--clear").out()).doesNotContain("GET /hello (tlid");
    assertThat(ok(env, "settings", alice[0], "sampling", "get", "/other", "--clear").out()).doesNotContain("GET /other");

    CliRun ambiguous = CliRun.umbra(env, "settings", alice[0], "sampling", "/hello", "sample-none");
    assertThat(ambiguous.code()).isEqualTo(1);
    assertThat(ambiguous.err()).contains("more than one live handler").contains("GET /hello (tlid").contains("POST /hello (tlid");
    CliRun worker = CliRun.umbra(env, "settings", alice[0], "sampling", "job", "sample-none");
    assertThat(worker.err()).contains("HTTP handlers only").contains("422");
    CliRun missing = CliRun.umbra(env, "settings", alice[0], "sampling", "GET /nope", "sample-none");
    assertThat(missing.err().strip()).isEqualTo("umbra settings: canvas " + alice[0] + " has no live handler 'GET /nope'");
    CliRun badRule = CliRun.umbra(env, "settings", alice[0], "sampling", "GET /hello", "sample-most");
    assertThat(badRule.err()).contains("unknown sampling rule 'sample-most'").contains("sample-one-in-N");
    assertThat(CliRun.umbra(env, "settings", alice[0], "sampling", "GET /hello").code()).isEqualTo(2);
  }

  @Test
  void everyFormAnswersHelpAndMistakesAreUsageErrors() {
    var env = app.env(null); // help needs no token
    for (List<String> form : List.of(List.of("--help"), List.of("c", "--help"), List.of("c", "cors", "--help"),
        List.of("c", "domain", "add", "-h"), List.of("c", "sampling", "GET /x", "--help"))) {
      var args = new java.util.ArrayList<>(List.of("settings"));
      args.addAll(form);
      CliRun help = CliRun.umbra(env, args.toArray(String[]::new));
      assertThat(help.code()).as(form.toString()).isZero();
      assertThat(help.out()).as(form.toString()).startsWith("usage: umbra settings CANVAS").contains("sample-one-in-N");
    }
    assertThat(CliRun.umbra(env, "settings").code()).isEqualTo(2);
    assertThat(CliRun.umbra(env, "settings", "c", "colour", "red").code()).isEqualTo(2);
    CliRun noToken = CliRun.umbra(env, "settings", "c");
    assertThat(noToken.code()).isEqualTo(2);
    assertThat(noToken.err()).contains("UMBRA_TOKEN");
    assertThat(ok(env, "help").out()).contains("settings CANVAS");
  }
}
