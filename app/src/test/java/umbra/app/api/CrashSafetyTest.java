package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.RunningApp;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/**
 * Crash safety (issue 13): what the API acknowledged survives a SIGKILL of the server. 20 ops
 * requests are answered 200 by a real {@code umbra serve} process, which is then killed without
 * a chance to flush anything; a second process on the same database shows all 20.
 */
@ExtendWith(TestDatabase.class)
class CrashSafetyTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twentyAcknowledgedOpsRequestsSurviveAKillNine(Database db, DatabaseConfig config) throws Exception {
    String[] alice = RunningApp.account(db, "crash");
    int port = freePort();
    String canvas = "http://127.0.0.1:" + port + "/api/v1/canvases/" + alice[0];

    Process first = serve(config, port, "first");
    try {
      awaitHealthy(port, first);
      for (int i = 0; i < 20; i++) {
        var r = send(HttpRequest.newBuilder(URI.create(canvas + "/ops")).header("Authorization", "Bearer " + alice[1])
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(EditorApiTest.ops(EditorApiTest.setHandler(100 + i * 10, "/r" + i, i)))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      }
    } finally {
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
      first.waitFor();
    }

    Process second = serve(config, port, "second");
    try {
      awaitHealthy(port, second);
      var r = send(HttpRequest.newBuilder(URI.create(canvas)).header("Authorization", "Bearer " + alice[1]).GET());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      List<String> routes = new ArrayList<>();
      for (JsonNode tl : JSON.readTree(r.body()).path("toplevels")) routes.add(tl.path("spec").path("route").asText());
      assertThat(routes).as(r.body()).hasSize(20);
      for (int i = 0; i < 20; i++) assertThat(routes).contains("/r" + i);
    } finally {
      second.destroy();
      second.waitFor();
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** {@code umbra serve --roles api} in its own JVM on the test's database. */
  private static Process serve(DatabaseConfig config, int port, String name) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String url = config.jdbcUrl().replace("jdbc:postgresql://", "postgres://" + config.user()
        + (config.password() == null ? "" : ":" + config.password()) + "@");
    Path log = Files.createTempFile(Files.createDirectories(Path.of("target")), "umbra-crash-" + name, ".log");
    var pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "umbra.app.Main", "serve",
        "--roles", "api", "--api-port", String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("DATABASE_URL", url);
    return pb.start();
  }

  private static void awaitHealthy(int port, Process process) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) throw new AssertionError("umbra serve exited with " + process.exitValue());
      try {
        var r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health")).GET());
        if (r.statusCode() == 200) return;
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("umbra serve not healthy within 30 s");
  }
}
