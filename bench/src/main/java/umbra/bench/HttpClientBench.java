package umbra.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parser;
import umbra.domain.trace.SamplingRule;
import umbra.dto.http.HeaderDto;
import umbra.dto.http.HttpRequestDto;
import umbra.dto.http.HttpResponseDto;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.httpclient.HttpClientConfig;
import umbra.handler.httpclient.HttpClientEffects;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceSampling;
import umbra.service.canvas.CanvasService;

/**
 * Outgoing HTTP: a canvas handler that calls a local upstream with {@code HttpClient::get_v5}
 * and answers its body, served in-process by {@link HttpServing}'s handler (routing, evaluation,
 * tracing as configured by default; no socket on the way in) with the real outgoing-HTTP
 * performer, against plain Java clients doing the same GET in the same JVM.
 * {@link HttpClientRatios} prints the ratios.
 *
 * <ul>
 *   <li>{@code httpClientUmbra}: {@code GET /proxy}; Umbra's client opens a new connection per
 *       call (no pooling).
 *   <li>{@code httpClientUmbraUntraced}: the same handler with its sampling rule at
 *       {@code sample-none}.
 *   <li>{@code httpClientJavaPooled}: {@link HttpClient} (HTTP/1.1), what a Java developer would
 *       write; it keeps the connection between requests.
 *   <li>{@code httpClientSocket}: a fresh socket per request, writing the same request line and
 *       {@code Host} header and reading the status line, headers and {@code Content-Length} body,
 *       then closing: the work of one call without the pool.
 * </ul>
 *
 * The upstream is a {@link HttpServer} on 127.0.0.1 with a fixed pool of {@link #UPSTREAM_THREADS}
 * threads, started in the setup and stopped in the tear-down, answering {@link #BODY} as
 * {@code text/plain}. Every trial (fork) creates its own database, upstream and clients.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HttpClientBench {
  static final String CANVAS = "bench-httpclient";
  static final String BODY = "hello from upstream";
  static final int UPSTREAM_THREADS = 2;
  static final String CODE = "match HttpClient.get_v5 \"http://127.0.0.1:%d/hello\" {} {} with | Ok r -> r.body | Error e -> e";
  private static final Position POS = new Position(0, 0);

  @State(Scope.Benchmark)
  public static class Upstream {
    HttpServer server;
    ExecutorService pool;
    int port;
    BenchDatabase db;
    HttpServing serving;
    HttpRequestDto request;
    HttpRequestDto untraced;
    HttpClient client;
    HttpRequest javaRequest;
    byte[] rawRequest;
    InetAddress loopback;

    /** Every side gets the same upstream, database and canvas server, so all forks run the same background threads. */
    @Setup(Level.Trial)
    public void setup() throws Exception {
      try {
        start();
      } catch (Exception e) {
        tearDown(); // JMH skips the tear-down of a failed setup
        throw e;
      }
    }

    private void start() throws Exception {
      loopback = InetAddress.getByName("127.0.0.1");
      server = HttpServer.create(new InetSocketAddress(loopback, 0), 128);
      byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
      server.createContext("/hello", ex -> {
        try (ex) {
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().add("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
        }
      });
      pool = Executors.newFixedThreadPool(UPSTREAM_THREADS);
      server.setExecutor(pool);
      server.start();
      port = server.getAddress().getPort();

      db = new BenchDatabase();
      Jdbi jdbi = db.database().jdbi();
      String code = String.format(Locale.ROOT, CODE, port);
      var canvas = createCanvas(jdbi, new String[] {"/proxy", code}, new String[] {"/untraced", code});
      new TraceSampling(jdbi).set(canvas.id(), 20, SamplingRule.parse("sample-none")); // the second handler
      EffectPerformer effects = new HttpClientEffects(HttpClientConfig.defaults().withAllowLocal(true))
          .orElse(StdlibEffects.real());
      serving = new HttpServing(jdbi, new StorageCodec(), HttpServingConfig.defaults(new byte[0]), StdLib.registry(),
          effects, Clock.systemUTC(), 10_000);
      request = get("/proxy");
      untraced = get("/untraced");
      for (HttpRequestDto req : List.of(request, untraced)) {
        HttpResponseDto r = serving.handler().handle(req);
        String answer = new String(r.body(), StandardCharsets.UTF_8);
        if (r.status() != 200 || !answer.contains(BODY)) {
          throw new IllegalStateException("the handler answered " + r.status() + ": " + answer);
        }
      }

      client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      javaRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello")).GET().build();
      String pooled = javaPooled(this);
      if (!pooled.equals(BODY)) throw new IllegalStateException("java.net.http read " + pooled);
      rawRequest = ("GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 0\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      String raw = socket(this);
      if (!raw.equals(BODY)) throw new IllegalStateException("the socket read " + raw);
    }

    private static HttpRequestDto get(String target) {
      return new HttpRequestDto("GET", "http", target, List.of(new HeaderDto("Host", CANVAS + ".localhost")),
          new byte[0], HttpRequestDto.BodyProblem.NONE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      if (client != null) client.close();
      if (serving != null) serving.close();
      if (server != null) server.stop(0);
      if (pool != null) pool.shutdownNow();
      if (db != null) db.close();
    }
  }

  /** The canvas {@code bench-httpclient} with one GET handler per {route, code} pair, made through the editor's ops. */
  static CanvasInfo createCanvas(Jdbi jdbi, String[]... handlers) {
    var codec = new StorageCodec();
    new AccountHandler(jdbi, new SecureRandom()).createAccount("bench");
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(jdbi, codec).open(CANVAS)).value();
    var ops = new ArrayList<Op>();
    long tlid = 10;
    for (String[] h : handlers) {
      var spec = new HandlerSpec.Http(h[0], "GET", new HandlerSpec.Ids(tlid + 1, tlid + 2, tlid + 3));
      ops.add(new Op.SetHandler(tlid, POS, new Toplevel.Handler(tlid, POS, Parser.parseExpr(h[1], tlid * 100)
          .orElseThrow(), spec)));
      tlid += 10;
    }
    new OpsHandler(jdbi, new CanvasService(), codec).addOps(canvas.id(), ops, 1, OpsHandler.newClientId());
    return canvas;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public HttpResponseDto httpClientUmbra(Upstream s) {
    return s.serving.handler().handle(s.request);
  }

  /** The same handler with its sampling rule at sample-none: what tracing costs. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public HttpResponseDto httpClientUmbraUntraced(Upstream s) {
    return s.serving.handler().handle(s.untraced);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public String httpClientJavaPooled(Upstream s) throws IOException, InterruptedException {
    return javaPooled(s);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public String httpClientSocket(Upstream s) throws IOException {
    return socket(s);
  }

  /** java.net.http, HTTP/1.1, one client for the trial: it keeps the connection open between requests. */
  static String javaPooled(Upstream s) throws IOException, InterruptedException {
    HttpResponse<String> r = s.client.send(s.javaRequest, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException("status " + r.statusCode());
    return r.body();
  }

  /** A new connection per request: connect, write the GET, read status, headers and the Content-Length body, close. */
  static String socket(Upstream s) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(s.loopback, s.port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(s.rawRequest);
      out.flush();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String status = line(in);
      if (status == null || !status.startsWith("HTTP/1.1 200")) throw new IOException("status " + status);
      int length = -1;
      String l;
      while ((l = line(in)) != null && !l.isEmpty()) {
        if (l.regionMatches(true, 0, "content-length:", 0, 15)) length = Integer.parseInt(l.substring(15).strip());
      }
      if (length < 0) throw new IOException("no Content-Length");
      return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
  }

  private static String line(InputStream in) throws IOException {
    var sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') sb.append((char) c);
    if (c == -1 && sb.isEmpty()) return null;
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
    return sb.toString();
  }
}
