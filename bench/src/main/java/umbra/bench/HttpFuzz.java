package umbra.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import umbra.app.bwd.BwdServer;
import umbra.app.bwd.BwdServerConfig;
import umbra.domain.stdlib.StdLib;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.storage.codec.StorageCodec;

/**
 * The raw HTTP half of {@code bench/fuzz}: mutated requests, each on its own socket, to a canvas
 * server started for the run ({@link BwdServer} over {@link HttpServing} on a database of its own,
 * as {@code serve} runs them, with the short header and body timeouts of the test run), from
 * {@value #CLIENTS} clients at once. Each request is sent whole and the socket half-closed, so the
 * server has all it will get and must answer or close at once. A 500 anywhere in what comes back
 * (other than a handler's own Dark error, {@link #HANDLER_ERROR}), bytes that are not an HTTP
 * response, or nothing and no close within {@value #HANG_MILLIS} ms (a hang) is a failure. Counts
 * the answers by the status of the first response.
 */
final class HttpFuzz {
  private static final int CLIENTS = 8;
  private static final int HANG_MILLIS = 5000;
  private static final String CANVAS = "fuzz";
  private static final String HOST = "Host: " + CANVAS + ".localhost\r\n";
  private static final Pattern STATUS_500 = Pattern.compile("(^|\r\n)HTTP/1\\.[01] 500 ");
  /**
   * A 500 whose body is a Dark "Application error": the handler's code ended in an error, as
   * backend.md 2.1 has it for a body that is not UTF-8 ({@code request} becomes an error value).
   * Dark's own answer, not the server failing.
   */
  private static final String HANDLER_ERROR = "500 Application error";
  private static final String CODE = """
      [http-handler GET /]
      "hello"

      [http-handler POST /echo]
      String.length request.fullBody

      [http-handler GET /headers]
      { headers = request.headers; query = request.queryParams; cookies = request.cookies; url = request.url }

      [http-handler POST /json]
      request.body

      [http-handler POST /form]
      request.formBody

      [http-handler GET /users/:id]
      "user " ++ id
      """;
  private static final List<String> REQUESTS = List.of(
      "GET / HTTP/1.1\r\n" + HOST + "\r\n",
      "HEAD / HTTP/1.1\r\n" + HOST + "Accept: */*\r\n\r\n",
      "GET /users/7?x=%41 HTTP/1.0\r\n" + HOST + "\r\n",
      post("/echo", "text/plain", "hello world"),
      "POST /echo HTTP/1.1\r\n" + HOST + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
      "GET /headers?a=1&b=%20&c HTTP/1.1\r\n" + HOST + "X-A: b\r\nCookie: c=d; e=f\r\n\r\n",
      post("/json", "application/json", "{\"a\": [1, 2.5, \"x\", {\"b\": null}], \"c\": \"\\u00e9\"}"),
      post("/form", "application/x-www-form-urlencoded", "a=1&b=%C3%A9+&c"),
      "OPTIONS /nowhere HTTP/1.1\r\n" + HOST + "Origin: http://x.com\r\nAccess-Control-Request-Headers: X-A\r\n\r\n",
      "GET / HTTP/1.1\r\n" + HOST + "\r\nGET /users/8 HTTP/1.1\r\n" + HOST + "Connection: close\r\n\r\n");

  private static String post(String path, String contentType, String body) {
    return "POST " + path + " HTTP/1.1\r\n" + HOST + "Content-Type: " + contentType + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  private HttpFuzz() {}

  /** Sends {@code n} mutated requests; true when none failed. */
  static boolean run(int n, long seed) throws Exception {
    try (var db = new BenchDatabase()) {
      db.accountWithCanvas(CANVAS, CANVAS, CODE);
      var config = HttpServingConfig.defaults(new byte[0]).withBodyTimeout(Duration.ofMillis(500));
      var serving = new HttpServing(db.database().jdbi(), new StorageCodec(), config, StdLib.registry(),
          StdlibEffects.real(), Clock.systemUTC(), 10_000);
      BwdServer server = new BwdServer(serving.handler(), BwdServerConfig.DEFAULTS
          .withHeaderTimeout(Duration.ofMillis(700)).withHeadersTotal(Duration.ofMillis(1500)), () -> true).start(0);
      try {
        return fuzz(server.port(), n, seed);
      } finally {
        server.stop();
        serving.close();
      }
    }
  }

  private static boolean fuzz(int port, int n, long seed) throws InterruptedException {
    var statuses = new ConcurrentHashMap<String, LongAdder>();
    var failures = new AtomicInteger();
    var next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      clients.execute(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          String request = Fuzz.mutated(new Random(seed + i), REQUESTS);
          Answer answer = answer(port, request.getBytes(StandardCharsets.UTF_8));
          statuses.computeIfAbsent(answer.kind(), k -> new LongAdder()).increment();
          if (answer.failed() && failures.incrementAndGet() <= 5) {
            System.out.printf("  %s: case %d (seed %d): %s%n    answered %s%n", answer.kind(), i, seed + i,
                Fuzz.quoted(request), Fuzz.quoted(answer.body()));
          }
        }
      });
    }
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.DAYS);
    double seconds = (System.nanoTime() - start) / 1e9;
    var sorted = new TreeMap<String, Long>();
    statuses.forEach((k, v) -> sorted.put(k, v.sum()));
    System.out.printf("%-24s requests %d in %.0f s (%.0f/s), failures %d%n", "raw HTTP", n, seconds, n / seconds,
        failures.get());
    for (Map.Entry<String, Long> e : sorted.entrySet()) System.out.printf("  %-26s %d%n", e.getKey(), e.getValue());
    return failures.get() == 0;
  }

  /**
   * What came back: {@code kind} is the status of the first response, "closed" for a close without
   * one, "500" when any response in it was a 500, "hang", or "not HTTP"; {@code text} the bytes as Latin-1.
   */
  private record Answer(String kind, String text) {
    boolean failed() { return kind.equals("500") || kind.startsWith("hang") || kind.equals("not HTTP"); }

    /** After the first response's head, or all of it when there is none. */
    String body() { return text.substring(text.indexOf("\r\n\r\n") + 4); }
  }

  private static Answer answer(int port, byte[] request) {
    long deadline = System.nanoTime() + HANG_MILLIS * 1_000_000L;
    var out = new ByteArrayOutputStream();
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(HANG_MILLIS);
      socket.getOutputStream().write(request);
      socket.shutdownOutput();
      byte[] buf = new byte[8192];
      for (int r; (r = socket.getInputStream().read(buf)) >= 0; ) {
        out.write(buf, 0, r);
        if (System.nanoTime() > deadline) return new Answer("hang (no close)", out.toString(StandardCharsets.ISO_8859_1));
      }
    } catch (SocketTimeoutException e) {
      return new Answer("hang", out.toString(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      // a reset: the server would not read on; what it sent before counts
    }
    String text = out.toString(StandardCharsets.ISO_8859_1);
    if (text.isEmpty()) return new Answer("closed", text);
    if (STATUS_500.matcher(text).find()) {
      return new Answer(text.contains("\r\n\r\nApplication error: ") ? HANDLER_ERROR : "500", text);
    }
    if (!text.startsWith("HTTP/1.1 ") && !text.startsWith("HTTP/1.0 ") || text.length() < 12) return new Answer("not HTTP", text);
    return new Answer(text.substring(9, 12), text);
  }
}
