package umbra.app.bwd;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.stdlib.StdLib;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.testing.ConformanceSuite;
import umbra.handler.testing.ConformanceSuite.FileOutcome;

/**
 * Dark's HTTP handler tests ({@code <conformance.dir>/httphandler/{http,httpbasic}/*.test}) over
 * real sockets against a real {@link BwdServer} on a real PostgreSQL, compared as test-format.md
 * 2 says, against the same known-failures ratchet as the execution tests (keys
 * {@code httphandler/<folder>/<file>}; {@code conformance.reportOnly}, {@code
 * conformance.writeKnownFailures} as there). The server serves Dark's own favicon, read from
 * the conformance data, as Dark's served the one from its web root.
 */
@ExtendWith(TestDatabase.class)
class HttpHandlerConformanceTest {
  private static final String FOLDER = "httphandler";
  /** Dark's test server listened here; the Host header (and so {@code request.url}) says so, whatever port we use. */
  private static final int DARK_TEST_PORT = 10011;

  private static HttpServing serving;
  private static BwdServer server;

  @TestFactory
  Stream<DynamicNode> httpHandlerFiles(Database db) throws IOException {
    ConformanceSuite suite = ConformanceSuite.locate(FOLDER);
    if (!suite.present()) return suite.skipped();
    Path shared = suite.shared();
    byte[] favicon = Files.readAllBytes(shared.resolve("data/favicon-32x32.png"));
    var config = HttpServingConfig.defaults(favicon).withBodyTimeout(Duration.ofSeconds(1));
    serving = new HttpServing(db.jdbi(), new StorageCodec(), config, StdLib.registry(), StdlibEffects.real(),
        Clock.systemUTC(), 10_000);
    server = new BwdServer(serving.handler(), BwdServerConfig.DEFAULTS, () -> true).start(0);
    var canvases = new ConformanceCanvas(db);

    var outcomes = new ArrayList<FileOutcome>();
    for (String folder : List.of("http", "httpbasic")) {
      for (Path file : ConformanceSuite.testFiles(suite.dir().resolve(folder), ".test")) {
        String name = file.getFileName().toString();
        if (name.startsWith("_")) continue;
        Optional<String> failure = run(folder, file, shared.resolve("data"), canvases);
        outcomes.add(new FileOutcome(FOLDER + "/" + folder + "/" + name, folder + "/" + name, failure));
      }
    }
    var nodes = new ArrayList<DynamicNode>();
    for (FileOutcome o : outcomes) nodes.add(suite.check(o));
    nodes.addAll(suite.report(outcomes));
    return nodes.stream();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.stop();
    if (serving != null) serving.close();
  }

  /** One file: empty when the response matched, else why not. */
  private static Optional<String> run(String folder, Path file, Path data, ConformanceCanvas canvases) {
    try {
      HttpTestFile test = HttpTestFile.read(file, data);
      String canvas = test.canvasName().orElse(canvases.nameFor(folder, file.getFileName().toString()));
      canvases.create(canvas, test);
      String host = canvas + ".builtwithdark.localhost:" + DARK_TEST_PORT;
      String requestText = new String(test.request(), StandardCharsets.UTF_8);
      boolean allowWrongLength = requestText.contains("ALLOW-INCORRECT-CONTENT-LENGTH");
      if (requestText.contains("LENGTH") && !allowWrongLength) return Optional.of("LENGTH is not substituted in requests");
      byte[] request = RawHttp.headersToCrlf(substitute(test.request(), host, canvas));
      if (!allowWrongLength) {
        Optional<String> wrong = wrongContentLength(request);
        if (wrong.isPresent()) return wrong;
      }
      byte[] expected = RawHttp.headersToCrlf(substitute(test.expectedResponse(), host, canvas));
      byte[] actual = exchange(request, requestText.startsWith("HEAD "));
      return compare(RawHttp.split(actual), RawHttp.split(expected), folder.equals("httpbasic"));
    } catch (IOException | RuntimeException e) {
      return Optional.of(e.toString());
    }
  }

  private static byte[] substitute(byte[] bytes, String host, String canvas) {
    return RawHttp.replace(RawHttp.replace(RawHttp.replace(bytes, "<SPACE>", " "), "HOST", host), "CANVAS", canvas);
  }

  private static Optional<String> wrongContentLength(byte[] request) {
    RawHttp.Message m = RawHttp.split(request);
    for (var h : m.headers()) {
      if (h.getKey().toLowerCase(Locale.ROOT).equals("content-length")
          && Integer.parseInt(h.getValue().trim()) != m.body().length) {
        return Optional.of("the test's Content-Length " + h.getValue() + " is not its body's length " + m.body().length);
      }
    }
    return Optional.empty();
  }

  /** Writes the request, reads until the response is complete, the server closes, or 5 s pass. */
  private static byte[] exchange(byte[] request, boolean head) throws IOException {
    try (var socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return RawClient.readResponse(socket.getInputStream(), head);
    }
  }

  private static Optional<String> compare(RawHttp.Message actual, RawHttp.Message expected, boolean basic) {
    var actualHeaders = RawHttp.normalizeActual(actual.headers(), basic);
    var expectedHeaders = RawHttp.normalizeExpected(expected.headers(), actual.body());
    Optional<String> a = RawHttp.utf8(actual.body());
    Optional<String> e = RawHttp.utf8(expected.body());
    boolean bodiesMatch;
    if (a.isPresent() && e.isPresent()) {
      Optional<String> aj = RawHttp.canonicalJson(a.get());
      Optional<String> ej = RawHttp.canonicalJson(e.get());
      bodiesMatch = aj.isPresent() && ej.isPresent() ? aj.equals(ej) : a.equals(e);
    } else {
      bodiesMatch = Arrays.equals(actual.body(), expected.body());
    }
    if (actual.status().equals(expected.status()) && actualHeaders.equals(expectedHeaders) && bodiesMatch) {
      return Optional.empty();
    }
    return Optional.of("expected " + expected.status() + " " + expectedHeaders + "\n" + show(expected.body())
        + "\nbut got " + actual.status() + " " + actualHeaders + "\n" + show(actual.body()));
  }

  private static String show(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 400 ? s.substring(0, 400) + "..." : s;
  }
}
