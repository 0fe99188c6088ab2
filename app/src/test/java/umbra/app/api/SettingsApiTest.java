package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.RunningApp;
import umbra.domain.account.Permission;
import umbra.domain.trace.TraceIds;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/**
 * A canvas's settings through the API, and what the canvas server makes of them on the next
 * requests: CORS headers, custom domains, which requests are kept as traces.
 */
@ExtendWith(TestDatabase.class)
class SettingsApiTest {
  private static RunningApp app;
  private static Database db;

  @BeforeAll
  static void start(Database database, DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { app.close(); }

  private static final String WORKER = """
      {"op":"SetHandler","tlid":10,"pos":{"x":0,"y":0},"handler":{"kind":"handler","tlid":10,"pos":{"x":0,"y":0},\
      "spec":{"type":"Worker","name":"job","ids":{"moduleId":11,"nameId":12,"modifierId":13}},\
      "ast":{"expr":"EVariable","id":14,"name":"event"}}}""";

  /** A canvas with {@code GET /s/:n} (tlid 1, answers 7) and a worker (tlid 10); its settings path. */
  private static String canvasOf(String[] account) {
    String canvas = "/api/v1/canvases/" + account[0];
    var ops = app.post(canvas + "/ops", account[1], EditorApiTest.ops(EditorApiTest.setHandler(1, "/s/:n", 7), WORKER));
    assertThat(ops.status()).as(ops.text()).isEqualTo(200);
    return canvas;
  }

  private static void assertError(RunningApp.Response r, int status, String messagePart) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.json().path("error").path("message").asText()).as(r.text()).contains(messagePart);
  }

  @Test
  void aFreshCanvasHasNoSettingsAndTheServersDefaultRule() {
    String[] alice = RunningApp.account(db, "setter");
    var r = app.get(canvasOf(alice) + "/settings", alice[1]);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().path("cors").isNull()).as(r.text()).isTrue();
    assertThat(r.json().path("customDomains").size()).isZero();
    assertThat(r.json().path("sampling").path("defaultRule").asText()).isEqualTo("sample-all");
    assertThat(r.json().path("sampling").path("handlers").size()).isZero();
  }

  @Test
  void corsOriginsAreSetCheckedClearedAndServedOnTheNextRequests() throws Exception {
    String[] alice = RunningApp.account(db, "setter");
    String settings = canvasOf(alice) + "/settings";

    var list = app.send("PUT", settings + "/cors", alice[1], "{\"origins\":[\"https://ok.example\",\"http://localhost:3000\"]}");
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    assertThat(list.json().path("cors").toString()).isEqualTo("[\"https://ok.example\",\"http://localhost:3000\"]");
    assertThat(allowOrigin(alice[0] + ".localhost", "https://ok.example", "https://ok.example")).isEqualTo("https://ok.example");
    assertThat(header(request("GET", alice[0] + ".localhost", "/s/1", "Origin: https://evil.example"),
        "Access-Control-Allow-Origin")).isEqualTo("null");

    var all = app.send("PUT", settings + "/cors", alice[1], "{\"origins\":\"*\"}");
    assertThat(all.json().path("cors").asText()).as(all.text()).isEqualTo("*");
    assertThat(allowOrigin(alice[0] + ".localhost", "https://evil.example", "*")).isEqualTo("*");

    var cleared = app.delete(settings + "/cors", alice[1]);
    assertThat(cleared.json().path("cors").isNull()).as(cleared.text()).isTrue();
    assertThat(app.get(settings, alice[1]).json().path("cors").isNull()).isTrue();
    // no setting again: the local development origins are echoed
    assertThat(allowOrigin(alice[0] + ".localhost", "http://localhost:5000", "http://localhost:5000"))
        .isEqualTo("http://localhost:5000");

    assertError(app.send("PUT", settings + "/cors", alice[1], "{\"origins\":[]}"), 400, "DELETE");
    assertError(app.send("PUT", settings + "/cors", alice[1], "{\"origins\":[\"https://ok.example/\"]}"), 400, "scheme://host");
    assertError(app.send("PUT", settings + "/cors", alice[1], "{\"origins\":[\"*\",\"https://a.example\"]}"), 400, "on its own");
    assertError(app.send("PUT", settings + "/cors", alice[1], "{\"origins\":\"https://ok.example\"}"), 400, "\"*\" or a list");
    assertError(app.send("PUT", settings + "/cors", alice[1], "{\"origins\":[1]}"), 400, "invalid JSON");
    assertError(app.send("PUT", settings + "/cors", alice[1], "{}"), 400, "invalid JSON");
    assertThat(app.get(settings, alice[1]).json().path("cors").isNull()).isTrue();
  }

  @Test
  void aCustomDomainServesTheCanvasUntilItIsRemovedAndBelongsToOneCanvas() throws Exception {
    String[] alice = RunningApp.account(db, "setter");
    String[] bob = RunningApp.account(db, "setter");
    String settings = canvasOf(alice) + "/settings";
    String host = "api." + alice[0] + ".example.com";
    assertThat(request("GET", host, "/s/1", null)).startsWith("HTTP/1.1 404").endsWith("canvas not found");

    var added = app.post(settings + "/domains", alice[1], "{\"host\":\"" + host + "\"}");
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.json().path("customDomains").toString()).isEqualTo("[\"" + host + "\"]");
    assertThat(eventually(() -> request("GET", host, "/s/1", null), r -> r.startsWith("HTTP/1.1 200"))).endsWith("7");
    assertThat(app.post(settings + "/domains", alice[1], "{\"host\":\"" + host + "\"}").status()).isEqualTo(201); // again: no change

    assertError(app.post("/api/v1/canvases/" + bob[0] + "/settings/domains", bob[1], "{\"host\":\"" + host + "\"}"), 409,
        "another canvas");
    assertError(app.post(settings + "/domains", alice[1], "{\"host\":\"API.Example.com\"}"), 400, "lowercase");
    assertError(app.post(settings + "/domains", alice[1], "{\"host\":\"https://example.com\"}"), 400, "not a host name");
    assertError(app.post(settings + "/domains", alice[1], "{\"host\":\"" + bob[0] + ".localhost\"}"), 400, "served by Umbra");
    assertError(app.post(settings + "/domains", alice[1], "{\"host\":\"192.168.0.1\"}"), 400, "IP address");

    var removed = app.delete(settings + "/domains/" + host, alice[1]);
    assertThat(removed.status()).as(removed.text()).isEqualTo(200);
    assertThat(removed.json().path("customDomains").size()).isZero();
    assertThat(eventually(() -> request("GET", host, "/s/1", null), r -> r.startsWith("HTTP/1.1 404")))
        .endsWith("canvas not found");
    assertError(app.delete(settings + "/domains/" + host, alice[1]), 404, "no custom domain");
    // now free for another canvas
    assertThat(app.post("/api/v1/canvases/" + bob[0] + "/settings/domains", bob[1], "{\"host\":\"" + host + "\"}").status())
        .isEqualTo(201);
  }

  @Test
  void aHandlersSamplingRuleDecidesWhichRequestsAreKept() throws Exception {
    String[] alice = RunningApp.account(db, "setter");
    String canvas = canvasOf(alice);
    var none = app.send("PUT", canvas + "/toplevels/1/sampling", alice[1], "{\"rule\":\"sample-none\"}");
    assertThat(none.status()).as(none.text()).isEqualTo(200);
    JsonNode rule = none.json().path("sampling").path("handlers").get(0);
    assertThat(rule.path("tlid").asLong()).isEqualTo(1);
    assertThat(rule.path("name").asText()).isEqualTo("/s/:n");
    assertThat(rule.path("modifier").asText()).isEqualTo("GET");
    assertThat(rule.path("rule").asText()).isEqualTo("sample-none");
    served(alice, "https://one.example"); // every change up to here is on the canvas server
    assertThat(request("GET", alice[0] + ".localhost", "/s/1", null)).startsWith("HTTP/1.1 200");

    var cleared = app.delete(canvas + "/toplevels/1/sampling", alice[1]);
    assertThat(cleared.json().path("sampling").path("handlers").size()).as(cleared.text()).isZero();
    served(alice, "https://two.example");
    assertThat(request("GET", alice[0] + ".localhost", "/s/2", null)).startsWith("HTTP/1.1 200");

    // traces are written in order, in the background: once /s/2's is there, /s/1's would be too
    List<String> urls = eventually(() -> tracedUrls(alice, canvas), u -> u.stream().anyMatch(s -> s.contains("/s/2")));
    assertThat(urls).noneMatch(u -> u.contains("/s/1"));

    assertError(app.send("PUT", canvas + "/toplevels/1/sampling", alice[1], "{\"rule\":\"sample-some\"}"), 400,
        "sample-none, sample-all, sample-all-with-telemetry, sample-one-in-N");
    assertError(app.send("PUT", canvas + "/toplevels/1/sampling", alice[1], "{\"rule\":\"sample-one-in-0\"}"), 400, "unknown");
    assertError(app.send("PUT", canvas + "/toplevels/10/sampling", alice[1], "{\"rule\":\"sample-none\"}"), 422,
        "HTTP handlers only");
    assertError(app.send("PUT", canvas + "/toplevels/999/sampling", alice[1], "{\"rule\":\"sample-none\"}"), 404,
        "not a live handler");
    assertError(app.delete(canvas + "/toplevels/999/sampling", alice[1]), 404, "not a live handler");
    assertError(app.send("PUT", canvas + "/toplevels/x/sampling", alice[1], "{\"rule\":\"sample-none\"}"), 400, "number");
    var oneIn = app.send("PUT", canvas + "/toplevels/1/sampling", alice[1], "{\"rule\":\"sample-one-in-10\"}");
    assertThat(oneIn.json().path("sampling").path("handlers").get(0).path("rule").asText()).isEqualTo("sample-one-in-10");
  }

  @Test
  void readingNeedsReadAndChangingNeedsReadWrite() {
    String[] alice = RunningApp.account(db, "setter");
    String[] bob = RunningApp.account(db, "setter");
    String canvas = canvasOf(alice);
    assertThat(app.get(canvas + "/settings", bob[1]).status()).isEqualTo(403);
    assertThat(app.get(canvas + "/settings", null).status()).isEqualTo(401);
    new AccountHandler(db.jdbi(), new java.security.SecureRandom()).grant(alice[0], bob[0], Permission.READ);
    assertThat(app.get(canvas + "/settings", bob[1]).status()).isEqualTo(200);
    assertThat(app.send("PUT", canvas + "/settings/cors", bob[1], "{\"origins\":\"*\"}").status()).isEqualTo(403);
    assertThat(app.delete(canvas + "/settings/cors", bob[1]).status()).isEqualTo(403);
    assertThat(app.post(canvas + "/settings/domains", bob[1], "{\"host\":\"x." + alice[0] + ".example.com\"}").status())
        .isEqualTo(403);
    assertThat(app.delete(canvas + "/settings/domains/x.example.com", bob[1]).status()).isEqualTo(403);
    assertThat(app.send("PUT", canvas + "/toplevels/1/sampling", bob[1], "{\"rule\":\"sample-none\"}").status()).isEqualTo(403);
    assertThat(app.delete(canvas + "/toplevels/1/sampling", bob[1]).status()).isEqualTo(403);
    assertThat(app.get(canvas + "/settings", alice[1]).json().path("cors").isNull()).isTrue();
  }

  /** Sets a CORS origin list and waits until a preflight shows it: the canvas server has every earlier change too. */
  private static void served(String[] account, String origin) throws Exception {
    var r = app.send("PUT", "/api/v1/canvases/" + account[0] + "/settings/cors", account[1], "{\"origins\":[\"" + origin + "\"]}");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(allowOrigin(account[0] + ".localhost", origin, origin)).isEqualTo(origin);
  }

  /** The Access-Control-Allow-Origin of a preflight (never stored as a trace), once it is {@code expected}. */
  private static String allowOrigin(String host, String origin, String expected) throws Exception {
    return header(eventually(() -> request("OPTIONS", host, "/preflight", "Origin: " + origin),
        r -> expected.equals(header(r, "Access-Control-Allow-Origin"))), "Access-Control-Allow-Origin");
  }

  private static List<String> tracedUrls(String[] account, String canvas) throws IOException {
    List<String> urls = new ArrayList<>();
    for (JsonNode t : app.get(canvas + "/toplevels/1/traces", account[1]).json().path("traces")) {
      String id = t.path("traceId").asText();
      if (id.equals(TraceIds.defaultFor(1).toString())) continue;
      JsonNode input = app.get(canvas + "/toplevels/1/traces/" + id, account[1]).json().path("input");
      urls.add(input.get(0).path("value").path("repr").asText());
    }
    return urls;
  }

  /** A raw request to the canvas server (Java's HTTP client will not set Host). */
  private static String request(String method, String host, String path, String header) throws IOException {
    try (var socket = new Socket("localhost", app.app().httpPort())) {
      String extra = header == null ? "" : header + "\r\n";
      socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String header(String response, String name) {
    return response.lines().takeWhile(l -> !l.isEmpty()).filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
        .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
  }

  private interface Read<T> {
    T get() throws Exception;
  }

  /** Canvas changes reach the server by announcement, a moment after the API answered: poll for up to ten seconds. */
  private static <T> T eventually(Read<T> read, Predicate<T> done) throws Exception {
    T last = null;
    for (int i = 0; i < 200; i++) {
      last = read.get();
      if (done.test(last)) return last;
      Thread.sleep(50);
    }
    throw new AssertionError("not there after 10 s: " + last);
  }
}
