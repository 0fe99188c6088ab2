package umbra.app.bwd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.web.ClientLimits;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.Limits;
import umbra.domain.http.ResponseLimit;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parser;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.limits.RunBudgets;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;
import umbra.testing.Gen;
import umbra.testing.Property;

/** The real server on a real port: the limits of backend.md 1.1, and that none of them hurts the next request. */
@ExtendWith(TestDatabase.class)
class BwdServerTest {
  private static HttpServing serving;
  private static BwdServer server;
  private static HttpServing httpsServing;
  private static BwdServer httpsServer;

  @BeforeAll
  static void start(Database db) {
    new AccountHandler(db.jdbi(), new SecureRandom()).createAccount("alice");
    var codec = new StorageCodec();
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), codec).open("alice-app")).value();
    var ops = List.<Op>of(
        handler(1, "GET", "/", "\"hello\""),
        handler(2, "GET", "/forever", "List.fold_v0 (List.range_v0 1 1000000) 0 (fun acc x -> acc + x)"),
        handler(3, "CUSTOM_VERB", "/custom", "\"custom verb\""),
        handler(4, "POST", "/echo", "request.fullBody |> String.length"),
        handler(5, "GET", "/headers", "request.headers"),
        handler(6, "GET", "/huge", "List.repeat_v0 100000 \"abc\""));
    new OpsHandler(db.jdbi(), new CanvasService(), codec).addOps(canvas.id(), ops, 1, OpsHandler.newClientId());
    var config = HttpServingConfig.defaults(Favicon.umbra()).withBodyTimeout(Duration.ofMillis(500))
        .withBudget(RunBudgets.DEFAULTS.http().withLimits(new Limits(200_000, 100_000)))
        .withResponseLimit(new ResponseLimit(100_000));
    serving = new HttpServing(db.jdbi(), codec, config, StdLib.registry(), StdlibEffects.real(), Clock.systemUTC(), 100);
    server = new BwdServer(serving.handler(), BwdServerConfig.DEFAULTS.withHeaderTimeout(Duration.ofMillis(700))
        .withClients(ClientLimits.DEFAULTS.withHeadersTotal(Duration.ofMillis(1500))),
        () -> true).start(0);
    httpsServing = new HttpServing(db.jdbi(), codec, config.withUseHttps(true), StdLib.registry(), StdlibEffects.real(),
        Clock.systemUTC(), 100);
    httpsServer = new BwdServer(httpsServing.handler(), BwdServerConfig.DEFAULTS, () -> true).start(0);
  }

  private static Op handler(long tlid, String method, String route, String code) {
    var pos = new Position(0, 0);
    var spec = new HandlerSpec.Http(route, method, new HandlerSpec.Ids(tlid * 10, tlid * 10 + 1, tlid * 10 + 2));
    return new Op.SetHandler(tlid, pos, new Toplevel.Handler(tlid, pos, Parser.parseExpr(code, tlid * 1000).orElseThrow(), spec));
  }

  @AfterAll
  static void stop() {
    server.stop();
    httpsServer.stop();
    serving.close();
    httpsServing.close();
  }

  private static String get(String target) throws Exception {
    return RawClient.exchange(server.port(), "GET " + target + " HTTP/1.1\r\nHost: alice-app.localhost\r\n\r\n", 5000);
  }

  private static void nextRequestIsFine() throws Exception {
    assertThat(get("/")).startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\n\"hello\"");
  }

  @Test
  void everyResponseCarriesDarksHeadersAndAnExactLength() throws Exception {
    String r = get("/");
    assertThat(r).contains("\r\nStrict-Transport-Security: max-age=31536000; includeSubDomains; preload\r\n")
        .contains("\r\nServer: darklang\r\n").contains("\r\nContent-Length: 7\r\n").contains("\r\nDate: ")
        .containsPattern("\r\nx-darklang-execution-id: [0-9a-f]{32}\r\n").doesNotContain("Transfer-Encoding");
    assertThat(RawClient.exchange(server.port(), "GET / HTTP/1.1\r\nHost: nobody-home.localhost\r\n\r\n", 5000))
        .startsWith("HTTP/1.1 404 Not Found\r\n").endsWith("canvas not found");
    // a Host that cannot name a canvas is told how canvases are addressed
    assertThat(RawClient.exchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\r\n", 5000))
        .startsWith("HTTP/1.1 404 Not Found\r\n").contains("canvas not found: canvases are addressed by the Host header")
        .contains("curl -H 'Host: alice.localhost' http://127.0.0.1:8000/path");
  }

  @Test
  void umbrasOwnIconIsServedWhenNoHandlerTakesTheFavicon() throws Exception {
    byte[] r = RawClient.exchange(server.port(),
        "GET /favicon.ico HTTP/1.1\r\nHost: alice-app.localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 5000);
    RawHttp.Message m = RawHttp.split(r);
    assertThat(m.headers()).contains(Map.entry("Content-Type", "image/png"));
    assertThat(Arrays.copyOf(m.body(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
  }

  @Test
  void customVerbsAndHeadWork() throws Exception {
    assertThat(RawClient.exchange(server.port(), "CUSTOM_VERB /custom HTTP/1.1\r\nHost: alice-app.localhost\r\n\r\n", 5000))
        .startsWith("HTTP/1.1 200 OK").endsWith("\"custom verb\"");
    assertThat(RawClient.exchange(server.port(), "HEAD / HTTP/1.1\r\nHost: alice-app.localhost\r\n\r\n", 5000))
        .startsWith("HTTP/1.1 200 OK").contains("Content-Length: 7\r\n").endsWith("\r\n\r\n");
  }

  @Test
  void aBodyOverTheLimitGets413() throws Exception {
    String declared = RawClient.exchange(server.port(), "POST /echo HTTP/1.1\r\nHost: alice-app.localhost\r\n"
        + "Content-Length: " + (HttpServingConfig.TEN_MIB + 1) + "\r\n\r\n", 5000);
    assertThat(declared).startsWith("HTTP/1.1 413 Payload Too Large\r\n")
        .endsWith("Request body too large. The max request body size is 10485760 bytes.");
    var chunked = new ByteArrayOutputStream();
    chunked.writeBytes("POST /echo HTTP/1.1\r\nHost: alice-app.localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII));
    byte[] piece = new byte[1 << 20];
    for (int i = 0; i < 11; i++) {
      chunked.writeBytes("100000\r\n".getBytes(StandardCharsets.US_ASCII));
      chunked.writeBytes(piece);
      chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    String counted = new String(RawClient.exchange(server.port(), chunked.toByteArray(), 10000), StandardCharsets.UTF_8);
    assertThat(counted).startsWith("HTTP/1.1 413 Payload Too Large\r\n");
    nextRequestIsFine();
  }

  @Test
  void aBodyUnderTheLimitIsRead() throws Exception {
    String body = "a=" + "x".repeat(99_998);
    assertThat(RawClient.exchange(server.port(), "POST /echo HTTP/1.1\r\nHost: alice-app.localhost\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n" + body, 5000))
        .startsWith("HTTP/1.1 200 OK").endsWith("100000");
  }

  @Test
  void malformedHttpGetsABare400() throws Exception {
    String r = RawClient.exchange(server.port(), "GET nopath HTTP/1.1\r\nHost: alice-app.localhost\r\n\r\n", 5000);
    assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Connection: close\r\n")
        .doesNotContain("darklang").endsWith("\r\n\r\n");
    nextRequestIsFine();
  }

  @Test
  void aBodyThatStopsArrivingTimesOut() throws Exception {
    String r = RawClient.exchange(server.port(), "POST /echo HTTP/1.1\r\nHost: alice-app.localhost\r\nContent-Length: 10\r\n\r\nabc", 5000);
    assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n").doesNotContain("Connection")
        .endsWith("Invalid request body: Reading the request body timed out due to data arriving too slowly");
    nextRequestIsFine();
  }

  @Test
  void headerNamesAreCaseInsensitiveButValuesAreKeptAsSent() throws Exception {
    String r = RawClient.exchange(server.port(), "GET /headers HTTP/1.1\r\nHost: alice-app.localhost\r\n"
        + "Content-Type: tExT/pLaIn\r\nACCEPT: TeXt/HtMl\r\nX-Mixed: MiXeD\r\n\r\n", 5000);
    assertThat(r).startsWith("HTTP/1.1 200 OK\r\n").contains("\"content-type\": \"tExT/pLaIn\"")
        .contains("\"accept\": \"TeXt/HtMl\"").contains("\"x-mixed\": \"MiXeD\"");
  }

  @Test
  void aChunkSizeLineEndingInABareLineFeedIsRefusedAtOnce() throws Exception {
    badChunkIsRefusedAtOnce("7\nMozilla\r\n0\r\n\r\n");
  }

  @Test
  void aChunkSizeThatIsNotHexIsRefusedAtOnce() throws Exception {
    badChunkIsRefusedAtOnce("zz\r\nMozilla\r\n0\r\n\r\n");
  }

  private static void badChunkIsRefusedAtOnce(String chunks) throws Exception {
    long start = System.nanoTime();
    String r = RawClient.exchange(server.port(), "POST /echo HTTP/1.1\r\nHost: alice-app.localhost\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n" + chunks, 5000);
    // the body timeout here is 500 ms: a refusal that waited for it would say "timed out"
    assertThat(r).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("\r\nServer: darklang\r\n")
        .contains("\r\nContent-Type: text/plain; charset=utf-8\r\n").doesNotContain("Connection")
        .endsWith("\r\n\r\nInvalid request body: Bad chunk size data.");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(450));
    nextRequestIsFine();
  }

  @Test
  void slowHeadersTimeOut() throws Exception {
    try (var socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: alice".getBytes(StandardCharsets.US_ASCII));
      long start = System.nanoTime();
      byte[] rest = socket.getInputStream().readAllBytes(); // returns when the server gives up on us
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
      assertThat(new String(rest, StandardCharsets.US_ASCII)).doesNotContain("200 OK");
    }
    nextRequestIsFine();
  }

  @Test
  void headersTricklingInFasterThanTheIdleTimeoutStillHaveATotalTime() throws Exception {
    try (var socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      var in = socket.getInputStream();
      byte[] request = "GET / HTTP/1.1\r\nHost: alice-app.localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);
      long start = System.nanoTime();
      // one byte each 200 ms (16 s in all): the 700 ms idle timeout never fires, the 1.5 s total does
      for (int i = 0; i < request.length && in.available() == 0; i++) {
        socket.getOutputStream().write(request[i]);
        socket.getOutputStream().flush();
        Thread.sleep(200);
      }
      String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII); // until the server closes
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(answer).startsWith("HTTP/1.1 408 ").doesNotContain("darklang");
    }
    nextRequestIsFine();
  }

  @Test
  void aHandlerOverItsStepBudgetOrItsResponseSizeGetsAClear500() throws Exception {
    var limits = Map.of(
        "/forever", "Application error: Execution stopped: the program exceeded its limit of 200000 evaluation steps",
        "/huge", "Application error: the response body is larger than the limit of 100000 bytes");
    for (var limit : limits.entrySet()) {
      assertThat(get(limit.getKey())).startsWith("HTTP/1.1 500 Internal Server Error\r\n")
          .contains("\r\n\r\n" + limit.getValue());
      nextRequestIsFine();
    }
  }

  @Test
  void plainHttpBehindTheProxyIsSentToHttps() throws Exception {
    String r = RawClient.exchange(httpsServer.port(), "GET /a?b=1 HTTP/1.1\r\nHost: alice-app.localhost:8000\r\n\r\n", 5000);
    assertThat(r).startsWith("HTTP/1.1 302 Found\r\n").contains("Location: https://alice-app.localhost/a?b=1\r\n");
    String secure = RawClient.exchange(httpsServer.port(),
        "GET / HTTP/1.1\r\nHost: alice-app.localhost\r\nX-Forwarded-Proto: https\r\n\r\n", 5000);
    assertThat(secure).startsWith("HTTP/1.1 200 OK");
  }

  private static final List<String> REQUESTS = List.of(
      "GET / HTTP/1.1\r\nHost: alice-app.localhost\r\n\r\n",
      "HEAD / HTTP/1.1\r\nHost: alice-app.localhost\r\nAccept: */*\r\n\r\n",
      "POST /echo HTTP/1.1\r\nHost: alice-app.localhost\r\nContent-Length: 5\r\n\r\nhello",
      "POST /echo HTTP/1.1\r\nHost: alice-app.localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
      "GET /headers?a=1&b=%20 HTTP/1.1\r\nHost: alice-app.localhost\r\nX-A: b\r\nCookie: c=d\r\n\r\n",
      "CUSTOM_VERB /custom HTTP/1.1\r\nHost: alice-app.localhost\r\nConnection: close\r\n\r\n");

  /**
   * Fuzzing (issue 13): mutated requests (8 clients at once, a fixed seed) each get a response
   * that is not a 500 (a 505 for a garbled version is right), or a closed connection, within 5 s;
   * and the server still answers after.
   */
  @Test
  void mutatedRequestsNeverGet500OrHang() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    try {
      var cases = new java.util.ArrayList<Future<String>>();
      var requests = new java.util.ArrayList<String>();
      Property.forAll(20260513L, 240, r -> Gen.mutate(r, Gen.oneOf(r, REQUESTS)), request -> {
        requests.add(request);
        cases.add(pool.submit(() -> fuzzExchange(request)));
      });
      for (int i = 0; i < cases.size(); i++) {
        String response = cases.get(i).get(5, TimeUnit.SECONDS);
        assertThat(response).as(requests.get(i)).doesNotStartWith("HTTP/1.1 500").doesNotContain("Exception");
        assertThat(response).as(requests.get(i)).doesNotStartWith("HANG");
        if (!response.isEmpty()) assertThat(response).as(requests.get(i)).startsWith("HTTP/1.1 ");
      }
    } finally {
      pool.shutdownNow();
    }
    nextRequestIsFine();
  }

  /**
   * The response, "" when the server closed (or reset) the connection without one, or "HANG" when
   * it held the connection silent for 4 s (far past its 1.5 s header and 0.5 s body limits).
   */
  private static String fuzzExchange(String request) {
    long start = System.nanoTime();
    try {
      byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
      String response = new String(RawClient.exchange(server.port(), bytes, 4000), StandardCharsets.UTF_8);
      return System.nanoTime() - start >= 3_900_000_000L ? "HANG: " + response : response;
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
