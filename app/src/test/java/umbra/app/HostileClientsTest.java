package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import umbra.app.api.ApiServer;
import umbra.app.bwd.RawClient;
import umbra.app.web.ClientLimits;
import umbra.handler.http.CanvasConcurrency;
import umbra.handler.limits.RunBudgets;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/**
 * What one client may hold of the servers, over real sockets to both ports of the running app: a
 * thousand slow connections from one address leave everyone else served, a body or headers trickling
 * in are cut off, and neither a flood nor a huge header makes long or numerous log lines.
 */
@ExtendWith(TestDatabase.class)
class HostileClientsTest {
  /**
   * The flood's own address. Every test client is on loopback, which is one address to the cap: the
   * other clients connect from 127.0.0.1 (Linux answers on all of 127.0.0.0/8), so the cap falls on
   * the flood alone.
   */
  private static final String FLOOD_ADDRESS = "127.0.0.2";
  /** As many as made every canvas unreachable in the hostile-tenant test; the JVM holds two per port at most. */
  private static final int SLOW_CONNECTIONS = 1050;
  /** The default limits, but a body may be slow for its first second only, so the test need not wait five. */
  private static final ClientLimits LIMITS = ClientLimits.DEFAULTS.withMinBodyRate(240, Duration.ofSeconds(1));
  /** One request of a canvas evaluates at a time and none waits: a burst of requests is mostly turned away. */
  private static final CanvasConcurrency ONE_AT_A_TIME = new CanvasConcurrency(1, 0, Duration.ZERO);

  @TempDir static Path dir;
  private static RunningApp running;
  private static String canvas;
  private static String token;

  @BeforeAll
  static void start(Database db, DatabaseConfig database) throws IOException {
    running = new RunningApp(database, new UmbraApp.Config(
        new ApiServer.Settings(0, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES, LIMITS), 0, database,
        Set.of(Role.HTTP, Role.API), RunBudgets.DEFAULTS, ONE_AT_A_TIME, LIMITS));
    String[] account = RunningApp.account(db, "limits");
    canvas = account[0];
    token = account[1];
    Path file = dir.resolve("limits.dark");
    Files.writeString(file, """
        [http-handler GET /ping]
        "pong"

        [http-handler GET /loop]
        List.range 0 300000 |> List.fold 0 (fun acc x -> acc + x)
        """);
    CliRun pushed = CliRun.umbra(running.env(token), "push", canvas, file.toString());
    assertThat(pushed.code()).as(pushed.err()).isZero();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void aThousandSlowConnectionsFromOneAddressLeaveOtherClientsServed() throws Exception {
    int cap = LIMITS.connectionsPerAddress();
    int http = running.app().httpPort();
    int api = running.app().apiPort();
    long started = System.nanoTime();
    try (var logs = new CapturedLogs(); var flood = new SlowClients(SLOW_CONNECTIONS, http, api)) {
      long opened = System.nanoTime();
      // beyond the cap, the flood's connections are closed as soon as they open; the rest stay open, trickling
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while ((flood.open(http) > cap || flood.open(api) > cap) && System.nanoTime() < deadline) {
        Thread.sleep(200);
        flood.trickle();
      }
      long refused = System.nanoTime();
      assertThat(flood.open(http)).as("flood connections open on the canvas port").isEqualTo(cap);
      assertThat(flood.open(api)).as("flood connections open on the API port").isEqualTo(cap);

      // while they are open, anyone else is answered on both ports (without the cap, the canvas server took
      // no new connection until the headers' total time had closed the flood's: 20 s here)
      String ping = "GET /ping HTTP/1.1\r\nHost: " + canvas + ".localhost\r\n\r\n";
      assertThat(RawClient.exchange(http, ping, 10_000)).startsWith("HTTP/1.1 200 ").endsWith("\"pong\"");
      long canvasAnswered = System.nanoTime();
      String health = "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n";
      assertThat(RawClient.exchange(api, health, 10_000)).startsWith("HTTP/1.1 200 ").contains("\"database\":\"reachable\"");
      long apiAnswered = System.nanoTime();
      flood.trickle();
      assertThat(flood.open(http)).as("still open on the canvas port").isEqualTo(cap);
      assertThat(flood.open(api)).as("still open on the API port").isEqualTo(cap);
      System.out.printf("slow clients: %d connections a port opened in %d ms, those beyond %d closed within %d ms more; "
          + "then a canvas request took %d ms, the API health %d ms%n", SLOW_CONNECTIONS, (opened - started) / 1_000_000,
          cap, (refused - opened) / 1_000_000, (canvasAnswered - refused) / 1_000_000,
          (apiAnswered - canvasAnswered) / 1_000_000);

      // 1,588 refusals: a line now and then, not one each
      List<String> refusals = logs.lines().stream().filter(l -> l.startsWith("refused ")).toList();
      assertThat(refusals).isNotEmpty().hasSizeLessThanOrEqualTo(6)
          .allMatch(l -> l.contains("beyond 256 open from one address") && l.endsWith(FLOOD_ADDRESS));
    }
  }

  @Test
  void aBodyTricklingInSlowerThanTheMinimumRateIsCutOffOnBothPorts() throws Exception {
    // 10,000 bytes at 10 a second would hold a thread for 17 minutes
    String canvasAnswer = trickleBody(running.app().httpPort(),
        "POST /ping HTTP/1.1\r\nHost: " + canvas + ".localhost\r\nContent-Length: 10000\r\n\r\n");
    assertThat(canvasAnswer).startsWith("HTTP/1.1 400 Bad Request\r\n")
        .endsWith("Invalid request body: Reading the request body timed out due to data arriving too slowly");

    String apiAnswer = trickleBody(running.app().apiPort(), "POST /api/v1/canvases/" + canvas + "/secrets HTTP/1.1\r\n"
        + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
        + "Content-Length: 10000\r\n\r\n");
    assertThat(apiAnswer).startsWith("HTTP/1.1 408 ").contains("\r\nContent-Type: application/json\r\n")
        .endsWith("{\"error\":{\"code\":\"request_timeout\",\"message\":\"the request body ended early or arrived too "
            + "slowly (under 240 bytes a second)\"}}");
  }

  @Test
  void headersTricklingInToTheApiHaveATotalTimeToo(DatabaseConfig database) throws Exception {
    var limits = LIMITS.withHeadersTotal(Duration.ofMillis(1500));
    var apiOnly = new UmbraApp.Config(new ApiServer.Settings(0, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES, limits), 0,
        database, Set.of(Role.API), RunBudgets.DEFAULTS, ONE_AT_A_TIME, limits);
    try (UmbraApp api = UmbraApp.start(apiOnly); var socket = new Socket("127.0.0.1", api.apiPort())) {
      // a byte each 200 ms: the idle timeout never fires, and all of it would take 12 s
      String answer = trickle(socket, "", "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(30));
      assertThat(answer).startsWith("HTTP/1.1 408 ")
          .endsWith("{\"error\":{\"code\":\"request_timeout\",\"message\":\"the request headers did not arrive in time\"}}");
    }
  }

  @Test
  void aThirtyKilobyteHostOrPathMakesNoLongLogLine() throws Exception {
    String host = "h".repeat(30 * 1024);
    String path = "/" + "p".repeat(6 * 1024); // within the API's request line limit, so it reaches the request log
    int http = running.app().httpPort();
    try (var logs = new CapturedLogs()) {
      assertThat(RawClient.exchange(http, "GET /ping HTTP/1.1\r\nHost: " + host + "\r\n\r\n", 5000)).startsWith("HTTP/1.1 404 ");
      assertThat(RawClient.exchange(http, "GET /ping HTTP/1.1\r\nHost: " + host + ".localhost\r\n\r\n", 5000))
          .startsWith("HTTP/1.1 404 ");
      assertThat(RawClient.exchange(http, "GET " + path + " HTTP/1.1\r\nHost: " + canvas + ".localhost\r\n\r\n", 5000))
          .startsWith("HTTP/1.1 404 ");
      int api = running.app().apiPort();
      assertThat(RawClient.exchange(api, "GET /api/v1/health HTTP/1.1\r\nHost: " + host + "\r\n\r\n", 5000))
          .startsWith("HTTP/1.1 431 ");
      assertThat(RawClient.exchange(api, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n", 5000)).startsWith("HTTP/1.1 404 ");
      List<String> lines = logs.lines();
      assertThat(lines).as("the request logs saw the long paths").anyMatch(l -> l.contains("/ppppp"));
      assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l.substring(0, Math.min(100, l.length()))).isLessThan(1024));
    }
  }

  @Test
  void aFloodTurnedAwayByItsCanvasIsAFewLogLinesNotOneARequest() throws Exception {
    int requests = 40;
    var pool = Executors.newFixedThreadPool(8);
    try (var logs = new CapturedLogs()) {
      var answers = new ArrayList<Future<String>>();
      for (int i = 0; i < requests; i++) {
        answers.add(pool.submit((Callable<String>) () -> RunningApp.canvasGet(running.app().httpPort(), canvas, "/loop")));
      }
      int busy = 0;
      for (Future<String> answer : answers) {
        if (answer.get().startsWith("HTTP/1.1 503 ")) busy++;
      }
      List<String> lines = logs.lines().stream().filter(l -> l.startsWith("canvas " + canvas + " is busy")).toList();
      assertThat(busy).as("requests turned away").isGreaterThan(5);
      assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void serveRefusesABadLimitInOneLineBeforeStartingAnything() {
    CliRun serve = CliRun.umbra(Map.of("UMBRA_HTTP_CONNECTIONS_PER_ADDRESS", "many"), "serve", "--api-port", "0");
    assertThat(serve.code()).isEqualTo(2);
    assertThat(serve.err()).isEqualTo(
        "umbra serve: UMBRA_HTTP_CONNECTIONS_PER_ADDRESS must be a number of connections (0 for no cap), not 'many'\n");
  }

  /** Sends {@code head}, then a body a byte each 100 ms (10 bytes a second) until the server answers; its answer. */
  private static String trickleBody(int port, String head) throws Exception {
    try (var socket = new Socket("127.0.0.1", port)) {
      return trickle(socket, head, "x".repeat(200));
    }
  }

  /**
   * Sends {@code head} at once and {@code slowly} a byte each 100 to 200 ms (well under any idle timeout)
   * until the server answers or closes; what it answered, which must come within 10 s.
   */
  private static String trickle(Socket socket, String head, String slowly) throws IOException, InterruptedException {
    socket.setSoTimeout(10_000);
    var out = socket.getOutputStream();
    var in = socket.getInputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    try {
      for (int i = 0; i < slowly.length() && in.available() == 0; i++) {
        out.write(slowly.charAt(i));
        out.flush();
        Thread.sleep(head.isEmpty() ? 200 : 100);
      }
    } catch (IOException closed) {
      // the server cut the request off while it was being sent: its answer is waiting to be read
    }
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  /**
   * Connections from {@link #FLOOD_ADDRESS} that sent a few bytes of a request's headers and send one
   * more now and then, as a slowloris client does; non-blocking, so one thread keeps all of them.
   */
  private static final class SlowClients implements AutoCloseable {
    private final Map<Integer, List<SocketChannel>> open = new HashMap<>();
    private final ByteBuffer scratch = ByteBuffer.allocate(1024);

    /** Opens {@code n} to each port, taking turns, and trickles as it goes so the first ones are never idle long. */
    SlowClients(int n, int... ports) throws IOException {
      for (int port : ports) open.put(port, new ArrayList<>());
      for (int i = 0; i < n; i++) {
        for (int port : ports) {
          SocketChannel channel = SocketChannel.open();
          open.get(port).add(channel);
          channel.bind(new InetSocketAddress(FLOOD_ADDRESS, 0));
          channel.connect(new InetSocketAddress("127.0.0.1", port));
          channel.configureBlocking(false);
          send(channel, "GET / HTTP/1.1\r\nX-");
        }
        if (i % 100 == 99) trickle();
      }
    }

    /** How many of those to {@code port} the server has not closed (as of the last {@link #trickle}). */
    int open(int port) {
      return open.get(port).size();
    }

    /** Sends each connection still open one more byte of a header name, and forgets those the server closed. */
    void trickle() throws IOException {
      for (List<SocketChannel> channels : open.values()) {
        for (var it = channels.iterator(); it.hasNext(); ) {
          SocketChannel channel = it.next();
          if (!send(channel, "a")) {
            channel.close();
            it.remove();
          }
        }
      }
    }

    /** Whether the connection is still open after sending {@code text} (the server closes a refused one). */
    private boolean send(SocketChannel channel, String text) {
      try {
        scratch.clear();
        if (channel.read(scratch) < 0) return false;
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
        return true;
      } catch (IOException reset) {
        return false;
      }
    }

    @Override public void close() throws IOException {
      for (List<SocketChannel> channels : open.values()) {
        for (SocketChannel channel : channels) channel.close();
      }
    }
  }
}
