package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/**
 * Two people pushing at once: each push is made on the version of the canvas it read, and one made
 * on a version that changed meanwhile is refused with a 409, so the canvas is always exactly one
 * of the texts, never a mix of them.
 */
@ExtendWith(TestDatabase.class)
class ConcurrentPushTest {
  @TempDir Path dir;

  /** Text {@code i}: every toplevel differs from every other text's, so a mix of two would show. */
  private static String text(int round, int i) {
    return "[fn f" + round + "x" + i + " x:Int -> Int]\nx + " + i + "\n\n[http-handler GET /v" + i + "]\nf" + round + "x" + i
        + " " + round + "\n";
  }

  private static long version(RunningApp app, String canvas, String token) {
    var r = app.get("/api/v1/canvases/" + canvas, token);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    return r.json().get("version").asLong();
  }

  @Test
  void concurrentPushesOfDifferentTextsLeaveExactlyOneOfThem(Database db, DatabaseConfig config) throws Exception {
    int pushers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(pushers);
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      var env = app.env(alice[1]);
      for (int round = 0; round < 3; round++) {
        List<String> texts = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < pushers; i++) {
          texts.add(text(round, i));
          files.add(dir.resolve("r" + round + "p" + i + ".dark"));
          Files.writeString(files.get(i), texts.get(i));
        }
        long before = version(app, alice[0], alice[1]);
        var start = new CountDownLatch(1);
        List<Future<CliRun>> runs = new ArrayList<>();
        for (Path file : files) {
          runs.add(pool.submit(() -> {
            start.await();
            return CliRun.umbra(env, "push", alice[0], file.toString());
          }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<CliRun> f : runs) {
          CliRun run = f.get();
          if (run.code() == Command.OK) {
            succeeded++;
          } else {
            assertThat(run.code()).as(run.err()).isEqualTo(Command.FAILED);
            assertThat(run.err().strip()).isEqualTo("umbra push: " + conflictPrefix(run.err())
                + "; pull or push again (409 conflict)");
          }
        }
        // every applied push moved the version by one from the version it read: no two applied on one version
        assertThat(succeeded).isPositive();
        assertThat(version(app, alice[0], alice[1]) - before).isEqualTo(succeeded);
        CliRun pull = CliRun.umbra(env, "pull", alice[0]);
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(texts).contains(pull.out());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The message up to its advice, checked to name the change and the versions. */
  private static String conflictPrefix(String err) {
    String message = err.strip().substring("umbra push: ".length());
    String prefix = message.substring(0, message.indexOf("; pull or push again"));
    assertThat(prefix).matches("the canvas changed since you read it \\(version \\d+, now \\d+\\)");
    return prefix;
  }

  @Test
  void theOpsApiAppliesOpsMadeOnAnOlderVersionOnlyWithoutAnExpectedVersion(Database db, DatabaseConfig config)
      throws IOException {
    try (var app = new RunningApp(config)) {
      String[] alice = RunningApp.account(db, "alice");
      String path = "/api/v1/canvases/" + alice[0] + "/ops";
      long read = version(app, alice[0], alice[1]);
      String ops = "{\"ops\":[{\"op\":\"DeleteTL\",\"tlid\":%d}],\"opCtr\":null,\"clientId\":null,\"expectedVersion\":%d}";
      Files.writeString(dir.resolve("a.dark"), text(0, 1));
      assertThat(CliRun.umbra(app.env(alice[1]), "push", alice[0], dir.resolve("a.dark").toString()).code()).isZero();
      long tlid = app.get("/api/v1/canvases/" + alice[0], alice[1]).json().get("toplevels").get(0).get("tlid").asLong();

      var stale = app.post(path, alice[1], ops.formatted(tlid, read));
      assertThat(stale.status()).as(stale.text()).isEqualTo(409);
      assertThat(stale.json().get("error").get("message").asText())
          .isEqualTo("the canvas changed since you read it (version " + read + ", now " + (read + 1) + "); pull or push again");
      assertThat(version(app, alice[0], alice[1])).isEqualTo(read + 1);

      var current = app.post(path, alice[1], ops.formatted(tlid, read + 1));
      assertThat(current.status()).as(current.text()).isEqualTo(200);
      assertThat(current.json().get("version").asLong()).isEqualTo(read + 2);

      var unchecked = app.post(path, alice[1], ops.formatted(tlid, read).replace("\"expectedVersion\":" + read, "\"expectedVersion\":null"));
      assertThat(unchecked.status()).as(unchecked.text()).isEqualTo(200);
      assertThat(unchecked.json().get("version").asLong()).isEqualTo(read + 3);
    }
  }
}
