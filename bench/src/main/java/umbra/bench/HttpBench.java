package umbra.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import umbra.app.bwd.BwdServer;
import umbra.app.bwd.BwdServerConfig;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parser;
import umbra.domain.trace.SamplingRule;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceSampling;
import umbra.handler.traces.TraceWriter;
import umbra.service.canvas.CanvasService;

/**
 * bench/http: Umbra's canvas server against a raw Javalin endpoint serving the same JSON, in one
 * JVM, both driven by wrk over loopback. Prints requests/s and p99 latency per case and the
 * ratios to the raw endpoint. Needs PostgreSQL (found like the app finds it) and wrk.
 */
public final class HttpBench {
  private HttpBench() {}

  private static final String CANVAS = "bench-http";
  private static final String CONSTANT = "{ name = \"umbra\"; version = 1; fast = true; tags = [\"json\"; \"http\"] }";
  private static final String FIZZBUZZ = """
      List.map_v0 (List.range_v0 1 100) (fun i ->
        if Int.mod_v0 i 15 == 0 then "FizzBuzz"
        else if Int.mod_v0 i 3 == 0 then "Fizz"
        else if Int.mod_v0 i 5 == 0 then "Buzz"
        else toString i)""";

  record Result(String label, double rps, double p99Millis) {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host"); // to name the canvas in the Host header
    DatabaseConfig server = DatabaseConfig.fromEnvironment();
    String dbName = "umbra_bench_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    admin(server, "CREATE DATABASE " + dbName);
    Javalin raw = null;
    BwdServer bwd = null;
    try (Database db = Database.open(server.withDatabase(dbName))) {
      setUpCanvas(db);
      var config = HttpServingConfig.defaults(new byte[0])
          .withTracesPerHandlerPerSecond(Integer.getInteger("umbra.tracesPerHandlerPerSecond",
              HttpServingConfig.DEFAULT_TRACES_PER_HANDLER_PER_SECOND));
      var serving = new HttpServing(db.jdbi(), new StorageCodec(), config,
          StdLib.registry(), StdlibEffects.real(), Clock.systemUTC(), 10_000);
      bwd = new BwdServer(serving.handler(), BwdServerConfig.DEFAULTS, () -> true).start(0);
      String umbra = "http://127.0.0.1:" + bwd.port();
      byte[] sameJson = fetch(umbra + "/constant");
      byte[] fizzbuzz = fetch(umbra + "/fizzbuzz");
      System.out.println("constant handler answers: " + new String(sameJson).replaceAll("\\s+", " "));
      System.out.println("fizzbuzz handler answers " + fizzbuzz.length + " bytes");
      raw = Javalin.create(c -> {
        c.startup.showJavalinBanner = false;
        c.routes.get("/constant", ctx -> ctx.contentType("application/json; charset=utf-8").result(sameJson));
      }).start(0);
      String peer = "http://127.0.0.1:" + raw.port();

      if (System.getenv("HTTPBENCH_SERVE_ONLY") != null) {
        System.out.println("serving on " + umbra + " and " + peer);
        Thread.sleep(Long.parseLong(System.getenv("HTTPBENCH_SERVE_ONLY")) * 1000);
      }
      var cases = List.of(new String[] {"raw Javalin, same JSON", peer + "/constant"},
          new String[] {"Umbra constant record (traced)", umbra + "/constant"},
          new String[] {"Umbra fizzbuzz 1..100 (traced)", umbra + "/fizzbuzz"},
          new String[] {"Umbra constant record (untraced)", umbra + "/untraced"});
      List<Result> results = interleaved(cases, seconds);
      serving.close();
      print(results, serving.traceStats(), config.tracesPerHandlerPerSecond());
    } finally {
      if (bwd != null) bwd.stop();
      if (raw != null) raw.stop();
      admin(server, "DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
    }
  }

  private static void setUpCanvas(Database db) {
    var codec = new StorageCodec();
    new AccountHandler(db.jdbi(), new SecureRandom()).createAccount("bench");
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), codec).open(CANVAS)).value();
    var pos = new Position(0, 0);
    var ops = new ArrayList<Op>();
    long tlid = 1;
    for (String[] h : new String[][] {{"/constant", CONSTANT}, {"/fizzbuzz", FIZZBUZZ}, {"/untraced", CONSTANT}}) {
      var spec = new HandlerSpec.Http(h[0], "GET", new HandlerSpec.Ids(tlid * 10, tlid * 10 + 1, tlid * 10 + 2));
      var ast = Parser.parseExpr(h[1], tlid * 1000).orElseThrow();
      ops.add(new Op.SetHandler(tlid, pos, new Toplevel.Handler(tlid, pos, ast, spec)));
      tlid++;
    }
    new OpsHandler(db.jdbi(), new CanvasService(), codec).addOps(canvas.id(), ops, 1, OpsHandler.newClientId());
    new TraceSampling(db.jdbi()).set(canvas.id(), 3, SamplingRule.parse("sample-none"));
  }

  private static byte[] fetch(String url) throws IOException, InterruptedException {
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .setHeader("Host", CANVAS + ".localhost").build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) throw new IllegalStateException(url + " answered " + response.statusCode());
    return response.body();
  }

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

  private static final int ROUNDS = 5;

  /**
   * Each case warms up for 3 s, then the cases take turns for {@value #ROUNDS} rounds of
   * {@code seconds / ROUNDS} each, so that a neighbour's burst on a shared machine hits every
   * case alike. Requests/s is the mean over the rounds, p99 the median of the rounds' p99s.
   */
  private static List<Result> interleaved(List<String[]> cases, int seconds) throws IOException, InterruptedException {
    for (String[] c : cases) wrk(c[0], c[1], 3);
    var rounds = new ArrayList<List<Result>>();
    for (String[] c : cases) rounds.add(new ArrayList<>());
    int slice = Math.max(1, seconds / ROUNDS);
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < cases.size(); i++) rounds.get(i).add(wrk(cases.get(i)[0], cases.get(i)[1], slice));
    }
    var results = new ArrayList<Result>();
    for (int i = 0; i < cases.size(); i++) {
      List<Result> rs = rounds.get(i);
      double rps = rs.stream().mapToDouble(Result::rps).average().orElse(0);
      double[] p99s = rs.stream().mapToDouble(Result::p99Millis).sorted().toArray();
      results.add(new Result(cases.get(i)[0], rps, p99s[p99s.length / 2]));
    }
    return results;
  }

  /** One wrk run: 2 threads, 50 connections, loopback. */
  private static Result wrk(String label, String url, int seconds) throws IOException, InterruptedException {
    String out = Shell.run(List.of("wrk", "-t2", "-c50", "-d" + seconds + "s", "--latency", "-H",
        "Host: " + CANVAS + ".localhost", url));
    Matcher rps = RPS.matcher(out);
    Matcher p99 = P99.matcher(out);
    if (!rps.find() || !p99.find()) throw new IllegalStateException("cannot read wrk's output:\n" + out);
    double v = Double.parseDouble(p99.group(1));
    double millis = switch (p99.group(2)) { case "us" -> v / 1000; case "s" -> v * 1000; default -> v; };
    if (out.contains("Non-2xx")) System.out.println("warning: " + label + " had non-2xx responses");
    return new Result(label, Double.parseDouble(rps.group(1)), millis);
  }

  private static void print(List<Result> results, TraceWriter.Stats traces, int tracesPerSecond) {
    Result raw = results.get(0);
    System.out.println();
    System.out.printf("%-32s %12s %10s %10s %10s%n", "case", "requests/s", "p99 ms", "rps/raw", "p99/raw");
    for (Result r : results) {
      System.out.printf("%-32s %12.0f %10.2f %10.2f %10.2f%n", r.label(), r.rps(), r.p99Millis(), r.rps() / raw.rps(),
          r.p99Millis() / raw.p99Millis());
    }
    Result constant = results.get(1);
    Result fizz = results.get(2);
    System.out.println("(" + ROUNDS + " interleaved rounds per case: mean requests/s, median p99)");
    System.out.printf("%ngoals: constant >= 0.5x raw rps (%s), p99 <= 3x raw (%s); fizzbuzz >= 0.15x raw rps (%s)%n",
        met(constant.rps() / raw.rps() >= 0.5), met(constant.p99Millis() / raw.p99Millis() <= 3),
        met(fizz.rps() / raw.rps() >= 0.15));
    System.out.printf("traces: %d written, %d shed (over the per-handler budget of %d/s), %d dropped (queue full), "
        + "%d failed%n", traces.written(), traces.shed(), tracesPerSecond, traces.dropped(), traces.failed());
  }

  private static String met(boolean ok) { return ok ? "met" : "NOT met"; }

  /** A statement on the server's maintenance database; {@code name}s are generated hex, safe inside it. */
  private static void admin(DatabaseConfig server, String sql) throws SQLException {
    var props = new Properties();
    props.setProperty("user", server.user());
    if (server.password() != null) props.setProperty("password", server.password());
    try (var c = DriverManager.getConnection(server.withDatabase("postgres").jdbcUrl(), props); var s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
