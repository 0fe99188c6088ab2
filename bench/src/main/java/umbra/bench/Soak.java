package umbra.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import umbra.handler.storage.DatabaseConfig;

/**
 * {@code bench/soak MINUTES} (issue 13): does a server under steady load keep its memory flat?
 * Starts {@code ./umbra serve --roles http,api} as a user runs it (JVM options from
 * {@code UMBRA_JAVA_OPTS}) on a database of its own, whose canvas {@code soak} has a traced handler
 * that writes to a datastore and answers a record, drives it at a steady rate ({@link SteadyLoad};
 * {@code -Dsoak.rate=N} requests/s, default 200, over 4 connections), and every 10 s samples the
 * server's memory ({@link ServerMemory}). Prints the samples, then the growth after warm-up (the
 * first fifth of the run, at least a minute): from the median of the three samples that follow it
 * to the median of the last three. Goal: under 10% for the resident set and the heap after GC.
 */
public final class Soak {
  private static final double GOAL_PERCENT = 10;
  private static final Duration EVERY = Duration.ofSeconds(10);
  private static final int CLIENTS = 4;
  private static final String CANVAS = "soak";
  private static final String CODE = """
      [db Visits {"path": "Str", "roll": "Int"}]

      [http-handler GET /soak/:key]
      let roll = Int.random_v1 1 1000 in
      let _ = DB.set_v1 { path = request.url; roll = roll } key Visits in
      let items = List.map_v0 (List.range_v0 1 20) (fun i -> { i = i; label = key ++ "-" ++ toString i }) in
      let id = Uuid.generate_v0 in
      let now = Date.now_v0 in
      { id = toString id; at = Date.toString_v0 now; roll = roll; items = items; visits = DB.count Visits }
      """;

  private Soak() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rate = Integer.getInteger("soak.rate", 200);
    int samples = (int) (Duration.ofMinutes(minutes).toSeconds() / EVERY.toSeconds());
    int warmup = Math.max(6, samples / 5);
    if (samples < warmup + 3) throw new IllegalArgumentException("bench/soak: run at least 2 minutes");
    try (var db = new BenchDatabase()) {
      db.accountWithCanvas(CANVAS, CANVAS, CODE);
      int apiPort = freePort();
      int httpPort = freePort();
      Process server = serve(root, db.config(), apiPort, httpPort);
      try {
        awaitHealthy(apiPort, server);
        var memory = new ServerMemory(server.pid());
        System.out.printf("umbra serve (pid %d) on http port %d; %d requests/s over %d connections for %d min, "
            + "a sample every %d s, the first %d of %d are warm-up%n", server.pid(), httpPort, rate, CLIENTS, minutes,
            EVERY.toSeconds(), warmup, samples);
        List<ServerMemory.Sample> taken = run(memory, httpPort, rate, samples);
        long traces = db.database().jdbi().withHandle(h ->
            h.createQuery("SELECT count(*) FROM stored_events_v2").mapTo(Long.class).one());
        System.out.printf("traces stored: %d%n", traces);
        System.exit(report(taken, warmup) ? 0 : 1);
      } finally {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
      }
    }
  }

  /** The load, and a sample every {@link #EVERY}, each printed as it is taken. */
  private static List<ServerMemory.Sample> run(ServerMemory memory, int httpPort, int rate, int samples)
      throws Exception {
    var taken = new ArrayList<ServerMemory.Sample>();
    SteadyLoad.Counts counts = null;
    System.out.printf("%6s %10s %8s %9s %14s %8s%n", "s", "requests", "errors", "RSS MiB", "heap/GC MiB", "threads");
    try (var load = new SteadyLoad("http://127.0.0.1:" + httpPort, CANVAS + ".localhost", CLIENTS, rate,
        i -> "/soak/k" + (i % 1000))) {
      long start = System.nanoTime();
      for (int s = 1; s <= samples; s++) {
        long wait = start + s * EVERY.toNanos() - System.nanoTime();
        if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
        ServerMemory.Sample sample = memory.sample();
        counts = load.counts();
        taken.add(sample);
        System.out.printf("%6d %10d %8d %9.1f %14.1f %8d%n", s * EVERY.toSeconds(), counts.answered(), counts.errors(),
            sample.rssKib() / 1024.0, sample.heapAfterGcKib() / 1024.0, sample.threads());
      }
    }
    System.out.printf("load: %d answered (%.0f/s), %d errors%s%n", counts.answered(),
        counts.answered() / (double) (samples * EVERY.toSeconds()), counts.errors(),
        counts.firstError() == null ? "" : "; the first: " + counts.firstError());
    return taken;
  }

  /** Prints the growth of each figure after warm-up and the verdict; true when both are under the goal. */
  private static boolean report(List<ServerMemory.Sample> samples, int warmup) {
    List<ServerMemory.Sample> after = samples.subList(warmup, warmup + 3);
    List<ServerMemory.Sample> last = samples.subList(samples.size() - 3, samples.size());
    double rss = growth("RSS", after, last, ServerMemory.Sample::rssKib);
    double heap = growth("heap after GC", after, last, ServerMemory.Sample::heapAfterGcKib);
    boolean pass = rss < GOAL_PERCENT && heap < GOAL_PERCENT;
    System.out.printf("goal: flat, under %.0f%% growth after warm-up: %s%n", GOAL_PERCENT, pass ? "PASS" : "FAIL");
    return pass;
  }

  private static double growth(String what, List<ServerMemory.Sample> from, List<ServerMemory.Sample> to,
      ToLongFunction<ServerMemory.Sample> figure) {
    double before = median(from, figure);
    double now = median(to, figure);
    double percent = 100 * (now - before) / before;
    System.out.printf("%-14s after warm-up %.1f MiB, at the end %.1f MiB: %+.1f%%%n", what, before / 1024, now / 1024,
        percent);
    return percent;
  }

  private static double median(List<ServerMemory.Sample> samples, ToLongFunction<ServerMemory.Sample> figure) {
    long[] values = samples.stream().mapToLong(figure).sorted().toArray();
    return values[values.length / 2];
  }

  /** {@code ./umbra serve} as a user starts it, its output in {@code bench/target/soak-serve.log}. */
  private static Process serve(Path root, DatabaseConfig db, int apiPort, int httpPort) throws IOException {
    var pb = new ProcessBuilder(root.resolve("umbra").toString(), "serve", "--roles", "http,api",
        "--api-port", Integer.toString(apiPort), "--http-port", Integer.toString(httpPort))
        .redirectErrorStream(true).redirectOutput(root.resolve("bench/target/soak-serve.log").toFile());
    pb.environment().put("DATABASE_URL", db.jdbcUrl());
    pb.environment().put("PGUSER", db.user());
    if (db.password() != null) pb.environment().put("PGPASSWORD", db.password());
    return pb.start();
  }

  /** Waits for the API's health answer; the first start after a change builds Umbra, so up to 5 minutes. */
  private static void awaitHealthy(int apiPort, Process server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + "/api/v1/health")).build();
    long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < end) {
      if (!server.isAlive()) throw new IllegalStateException("umbra serve exited with " + server.exitValue()
          + "; see bench/target/soak-serve.log");
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("umbra serve not healthy within 5 minutes; see bench/target/soak-serve.log");
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
