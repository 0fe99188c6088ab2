package umbra.app.bwd;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.Limits;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parser;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.http.CanvasConcurrency;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.limits.RunBudget;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceQueries;
import umbra.service.canvas.CanvasService;

/**
 * Over real sockets: a client that closes its connection stops its request's evaluation at once,
 * which frees the canvas's place and leaves a trace saying why; a client that keeps its connection
 * (keep-alive, pipelining) is not mistaken for one that left.
 */
@ExtendWith(TestDatabase.class)
class ClientDepartureTest {
  private static final StorageCodec CODEC = new StorageCodec();
  /** Minutes of work within a small depth: only its client leaving can end it in this test. */
  private static final String ENDLESS = """
      List.fold_v0 (List.range_v0 1 1000) 0 (fun a x ->
        List.fold_v0 (List.range_v0 1 1000) a (fun b y ->
          List.fold_v0 (List.range_v0 1 1000) b (fun n z -> n + z)))
      """;
  private static final long SPIN = 2;

  private static Database db;
  private static UUID canvasId;
  private static HttpServing serving;
  private static BwdServer server;

  @BeforeAll
  static void start(Database database) {
    db = database;
    new AccountHandler(db.jdbi(), new SecureRandom()).createAccount("leaver");
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), CODEC).open("leaver")).value();
    canvasId = canvas.id();
    var ops = List.<Op>of(
        handler(1, "/hello", "\"hello\""),
        handler(SPIN, "/spin", ENDLESS),
        handler(3, "/while", "List.fold_v0 (List.range_v0 1 500) 0 (fun a x -> List.fold_v0 (List.range_v0 1 1000) a (fun n y -> n + y))"));
    new OpsHandler(db.jdbi(), new CanvasService(), CODEC).addOps(canvas.id(), ops, 1, OpsHandler.newClientId());
    // one place for the canvas and no waiting, so a request still running shows as a 503 to the next
    var config = HttpServingConfig.defaults(Favicon.umbra())
        .withBudget(new RunBudget(new Limits(Long.MAX_VALUE, 3_000_000, Long.MAX_VALUE), Duration.ofMinutes(5)))
        .withCanvasConcurrency(new CanvasConcurrency(1, 0, Duration.ZERO));
    serving = new HttpServing(db.jdbi(), CODEC, config, StdLib.registry(), StdlibEffects.real(), Clock.systemUTC(), 100);
    server = new BwdServer(serving.handler(), BwdServerConfig.DEFAULTS, () -> true).start(0);
  }

  @AfterAll
  static void stop() {
    server.stop();
    serving.close();
  }

  private static Op handler(long tlid, String route, String code) {
    var pos = new Position(0, 0);
    var spec = new HandlerSpec.Http(route, "GET", new HandlerSpec.Ids(tlid * 10, tlid * 10 + 1, tlid * 10 + 2));
    return new Op.SetHandler(tlid, pos, new Toplevel.Handler(tlid, pos, Parser.parseExpr(code, tlid * 1000).orElseThrow(), spec));
  }

  private static String get(String path) throws Exception {
    return RawClient.exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: leaver.localhost\r\n\r\n", 5000);
  }

  private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

  @Test
  void aClientThatClosesItsConnectionStopsItsRequestFreesItsPlaceAndTheTraceSaysWhy() throws Exception {
    long closed;
    try (var socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(ascii("GET /spin HTTP/1.1\r\nHost: leaver.localhost\r\n\r\n"));
      eventually(() -> status("/hello").equals("503"), Duration.ofSeconds(5)); // the loop holds the only place
      Thread.sleep(200);
      closed = System.nanoTime();
    }
    // a few seconds at most, where the loop alone would hold the place for minutes
    eventually(() -> status("/hello").equals("200"), Duration.ofSeconds(5));
    System.out.printf("client departure: the canvas's place was free %d ms after the client closed%n",
        (System.nanoTime() - closed) / 1_000_000);
    eventually(() -> spinOutcome().equals(ClientDeparture.REASON), Duration.ofSeconds(10));
  }

  @Test
  void aClientThatOnlyStopsSendingIsTakenToHaveLeftAsKestrelDid() throws Exception {
    try (var socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(ascii("GET /spin HTTP/1.1\r\nHost: leaver.localhost\r\n\r\n"));
      socket.shutdownOutput();
      String r = new String(RawClient.readResponse(socket.getInputStream(), false), StandardCharsets.UTF_8);
      assertThat(r).startsWith("HTTP/1.1 500 Internal Server Error\r\n").endsWith("Application error: " + ClientDeparture.REASON);
    }
  }

  @Test
  void requestsThatFollowOnTheSameConnectionAreAnsweredAsUsual() throws Exception {
    try (var socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      var in = socket.getInputStream();
      var out = socket.getOutputStream();
      // keep-alive: the watch of the first request ends, and the connection reads the second
      out.write(ascii("GET /hello HTTP/1.1\r\nHost: leaver.localhost\r\n\r\n"));
      assertThat(new String(RawClient.readResponse(in, false), StandardCharsets.UTF_8)).endsWith("\"hello\"");
      // pipelined while the first computes: its bytes are left for Jetty, the first is not stopped
      out.write(ascii("GET /while HTTP/1.1\r\nHost: leaver.localhost\r\n\r\n"));
      Thread.sleep(50);
      out.write(ascii("GET /hello HTTP/1.1\r\nHost: leaver.localhost\r\nConnection: close\r\n\r\n"));
      String both = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(both).startsWith("HTTP/1.1 200 OK\r\n").contains("\r\n\r\n250250000HTTP/1.1 200 OK\r\n")
          .endsWith("\"hello\"");
    }
  }

  private static String status(String path) {
    try {
      String r = get(path);
      return r.length() >= 12 ? r.substring(9, 12) : r;
    } catch (Exception e) {
      return e.toString();
    }
  }

  /** The error of the newest trace of {@code /spin}; empty before one is written. */
  private static String spinOutcome() {
    var queries = new TraceQueries(db.jdbi(), CODEC);
    return queries.allTraces(canvasId).stream().filter(t -> t.tlid() == SPIN).findFirst()
        .flatMap(t -> queries.traceData(canvasId, SPIN, t.traceId()))
        .flatMap(d -> d.outcome()).flatMap(o -> o.error()).orElse("");
  }

  private static void eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("not within " + within);
      Thread.sleep(20);
    }
  }
}
