package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/** Push tells you what is wrong before your users do: warnings at file, line and column, and in the ops API's answer. */
@ExtendWith(TestDatabase.class)
class PushWarningsTest {
  @TempDir Path dir;

  private static final String FILE = """
      [db Links {"url": "Str"}]

      [worker click]
      event

      [fn shorten url:Str -> Str]
      String.slice url 0 TOKEN

      [http-handler GET /links/:key]
      let found = DB.get_v2 key Link
      let n = String.lenght kye
      let _ = emit_v1 n "clik"
      shortne found

      [http-handler GET /links/:id]
      id

      [test never pushed]
      shorten "x" = "x"
      """;

  @Test
  void pushWarnsAboutEachProblemAtItsLineAndColumnAndStillPushes(Database db, DatabaseConfig config) throws IOException {
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      var env = app.env(alice[1]);
      Path file = dir.resolve("links.dark");
      Files.writeString(file, FILE);

      CliRun push = CliRun.umbra(env, "push", alice[0], file.toString());
      assertThat(push.code()).as(push.err()).isZero();
      assertThat(push.out()).contains("5 created"); // the [test] section is not a toplevel
      assertThat(push.err().lines().toList()).containsExactly(
          file + ":7:20: warning: nothing binds the variable TOKEN",
          file + ":9:1: warning: another handler also serves GET /links/:id: every request to GET /links/:key will answer 500 until one goes",
          file + ":10:27: warning: there is no datastore named Link; did you mean Links?",
          file + ":11:9: warning: there is no function String.lenght; did you mean String.length_v1?",
          file + ":11:23: warning: nothing binds the variable kye; did you mean key?",
          file + ":12:19: warning: there is no worker named \"clik\" to take this event; did you mean click?",
          file + ":13:1: warning: there is no function shortne; did you mean shorten?",
          file + ":15:1: warning: another handler also serves GET /links/:key: every request to GET /links/:id will answer 500 until one goes");

      // a secret of the canvas is a variable; the warnings go as the code is fixed
      app.post("/api/v1/canvases/" + alice[0] + "/secrets", alice[1], "{\"name\":\"TOKEN\",\"value\":\"5\"}");
      Files.writeString(file, FILE.replace("Link\n", "Links\n").replace("lenght kye", "length_v1 key")
          .replace("\"clik\"", "\"click\"").replace("shortne", "shorten").replace("/links/:id]\nid", "/links/:id/all]\nid"));
      CliRun fixed = CliRun.umbra(env, "push", alice[0], file.toString());
      assertThat(fixed.code()).isZero();
      assertThat(fixed.err()).isEmpty();
    }
  }

  @Test
  void theOpsApiAnswersWithTheCanvassWarnings(Database db, DatabaseConfig config) throws IOException {
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      Path file = dir.resolve("w.dark");
      Files.writeString(file, "[http-handler GET /a]\nnope 1\n");
      CliRun.umbra(app.env(alice[1]), "push", alice[0], file.toString());
      var load = app.get("/api/v1/canvases/" + alice[0], alice[1]).json();
      var handler = load.path("toplevels").get(0);
      long tlid = handler.path("tlid").asLong();

      var answer = app.post("/api/v1/canvases/" + alice[0] + "/ops", alice[1],
          "{\"ops\":[{\"op\":\"TLSavepoint\",\"tlid\":" + tlid + "}],\"opCtr\":null,\"clientId\":null,\"expectedVersion\":null}");
      assertThat(answer.status()).as(answer.text()).isEqualTo(200);
      var warnings = answer.json().path("warnings");
      assertThat(warnings.size()).isEqualTo(1);
      assertThat(warnings.get(0).path("tlid").asLong()).isEqualTo(tlid);
      assertThat(warnings.get(0).path("exprId").asLong()).isEqualTo(handler.path("ast").path("id").asLong());
      assertThat(warnings.get(0).path("message").asText()).isEqualTo("there is no function nope");
    }
  }
}
