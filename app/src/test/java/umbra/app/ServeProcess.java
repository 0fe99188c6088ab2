package umbra.app;

import java.io.IOException;
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
import java.util.Map;
import umbra.handler.storage.DatabaseConfig;

/**
 * {@code umbra serve ARGS} in a JVM of its own on a test's database, its output in
 * {@code target/umbra-NAME*.log}: for tests that kill a server and look at what a second one finds.
 * {@link #kill} is a SIGKILL (no shutdown hook, no flush); {@link #close} a SIGTERM, waited for.
 */
public final class ServeProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;

  private ServeProcess(Process process) { this.process = process; }

  /** @param env variables besides {@code DATABASE_URL}, which names the test's database */
  public static ServeProcess start(DatabaseConfig config, String name, Map<String, String> env, String... args)
      throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String url = config.jdbcUrl().replace("jdbc:postgresql://", "postgres://" + config.user()
        + (config.password() == null ? "" : ":" + config.password()) + "@");
    Path log = Files.createTempFile(Files.createDirectories(Path.of("target")), "umbra-" + name, ".log");
    var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "umbra.app.Main", "serve"));
    command.addAll(List.of(args));
    var pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("DATABASE_URL", url);
    pb.environment().putAll(env);
    return new ServeProcess(pb.start());
  }

  /** A port nothing listens on right now. */
  public static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits up to 30 s for {@code /api/v1/health} on {@code apiPort} to answer 200 (the process runs the api role). */
  public void awaitHealthy(int apiPort) throws Exception {
    var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/v1/health"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) throw new AssertionError("umbra serve exited with " + process.exitValue());
      try {
        if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("umbra serve not healthy within 30 s");
  }

  /** SIGKILL, as a crash or the OOM killer would end it. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
