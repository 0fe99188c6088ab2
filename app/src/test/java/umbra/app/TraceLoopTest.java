package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import umbra.app.api.ApiServer;
import umbra.handler.http.CanvasConcurrency;
import umbra.handler.limits.RunBudgets;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/**
 * The trace loop over real sockets and PostgreSQL: a request shows up on an open event stream,
 * a failed one can be diagnosed from its trace, and another process on the database hears it all.
 */
@ExtendWith(TestDatabase.class)
class TraceLoopTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static RunningApp app;
  private static Database db;
  private static DatabaseConfig config;
  @TempDir Path dir;

  @BeforeAll
  static void start(Database database, DatabaseConfig c) {
    db = database;
    config = c;
    app = new RunningApp(c);
  }

  @AfterAll
  static void stop() { app.close(); }

  private static final String CANVAS = """
      [http-handler GET /hello]
      "hi"

      [http-handler GET /boom]
      let base = 40 in
      base + "two"

      [http-handler GET /now]
      Date.now_v0

      [http-handler GET /dice]
      let roll = Int.random_v1 1 6 in
      roll * 0

      [http-handler GET /branch]
      if 1 > 0 then "yes" else "no"

      [repl scratch]
      1 + 2
      """;

  @Test
  void aRequestAndA404ShowUpOnAnOpenEventStream() throws Exception {
    String[] alice = pushed("loop");
    try (var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/hello")).startsWith("HTTP/1.1 200");
      JsonNode trace = stream.next("trace", WAIT).data();
      assertThat(trace.path("method").asText()).isEqualTo("GET");
      assertThat(trace.path("path").asText()).isEqualTo("/hello");
      assertThat(trace.path("status").asInt()).isEqualTo(200);
      assertThat(trace.path("durationMicros").asLong()).isPositive();

      assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/nowhere")).startsWith("HTTP/1.1 404");
      assertThat(stream.next("404", WAIT).data().path("path").asText()).isEqualTo("/nowhere");
    }
  }

  @Test
  void aFailedRequestIsDiagnosedFromItsTrace() throws Exception {
    String[] alice = pushed("loop");
    String traceId;
    long tlid;
    try (var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/boom")).startsWith("HTTP/1.1 500");
      JsonNode trace = stream.next("trace", WAIT).data();
      assertThat(trace.path("status").asInt()).isEqualTo(500);
      assertThat(trace.path("error").asText()).isNotBlank();
      traceId = trace.path("traceId").asText();
      tlid = trace.path("tlid").asLong();
    }
    var data = app.get("/api/v1/canvases/" + alice[0] + "/toplevels/" + tlid + "/traces/" + traceId, alice[1]);
    assertThat(data.status()).as(data.text()).isEqualTo(200);
    JsonNode outcome = data.json().path("outcome");
    assertThat(outcome.path("status").asInt()).isEqualTo(500);
    assertThat(outcome.path("error").asText()).contains("+");
    // the error arose at the addition: its live value is the error itself
    String at = outcome.path("errorExprId").asText();
    var analysis = app.post("/api/v1/canvases/" + alice[0] + "/toplevels/" + tlid + "/analysis", alice[1],
        "{\"traceId\":\"" + traceId + "\"}");
    assertThat(analysis.json().path("liveValues").path(at).path("repr").asText()).startsWith("<error: + was called with a Str");
  }

  @Test
  void anotherProcessOnTheDatabaseHearsTheEvents() throws Exception {
    String[] alice = pushed("loop");
    var httpOnly = new UmbraApp.Config(new ApiServer.Settings(0, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES), 0,
        config, Set.of(Role.HTTP), RunBudgets.DEFAULTS, CanvasConcurrency.DEFAULTS);
    try (UmbraApp other = UmbraApp.start(httpOnly);
         var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      assertThat(RunningApp.canvasGet(other.httpPort(), alice[0], "/hello")).startsWith("HTTP/1.1 200");
      EventStream.Event event = stream.next("trace", WAIT);
      assertThat(event.data().path("path").asText()).isEqualTo("/hello");

      // a client that lost the connection resumes after the last event it saw
      assertThat(RunningApp.canvasGet(other.httpPort(), alice[0], "/missed")).startsWith("HTTP/1.1 404");
      stream.next("404", WAIT);
      try (var resumed = new EventStream(app.base(), alice[0], alice[1], event.id())) {
        assertThat(resumed.next("404", WAIT).data().path("path").asText()).isEqualTo("/missed");
      }
    }
  }

  @Test
  void liveValuesAnswerTheClockFromTheTraceAndPlayStoresANewAnswer() throws Exception {
    String[] alice = pushed("loop");
    String canvas = "/api/v1/canvases/" + alice[0];
    JsonNode trace;
    try (var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/now")).startsWith("HTTP/1.1 200");
      trace = stream.next("trace", WAIT).data();
    }
    String traceId = trace.path("traceId").asText();
    long tlid = trace.path("tlid").asLong();
    var data = app.get(canvas + "/toplevels/" + tlid + "/traces/" + traceId, alice[1]).json();
    JsonNode stored = data.path("functionResults").get(0);
    assertThat(stored.path("fnName").asText()).isEqualTo("Date::now");
    String analyze = "{\"traceId\":\"" + traceId + "\"}";
    Thread.sleep(1_100); // a clock read now would differ
    var analysis = app.post(canvas + "/toplevels/" + tlid + "/analysis", alice[1], analyze).json();
    assertThat(analysis.path("result").path("repr").asText()).isEqualTo(stored.path("value").path("repr").asText());

    var played = app.post(canvas + "/toplevels/" + tlid + "/execute", alice[1], """
        {"traceId": "%s", "fnName": "Date::now", "callerId": %d, "args": []}""".formatted(traceId,
        stored.path("callId").asLong()));
    assertThat(played.status()).as(played.text()).isEqualTo(200);
    String now = played.json().path("result").path("repr").asText();
    assertThat(now).isNotEqualTo(stored.path("value").path("repr").asText());
    var after = app.post(canvas + "/toplevels/" + tlid + "/analysis", alice[1], analyze).json();
    assertThat(after.path("result").path("repr").asText()).isEqualTo(now);
  }

  @Test
  void replayRunsTheCurrentCodeWithTheTracesInput() throws Exception {
    String[] alice = pushed("loop");
    String canvas = "/api/v1/canvases/" + alice[0];
    JsonNode trace;
    try (var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/hello")).endsWith("\"hi\"");
      trace = stream.next("trace", WAIT).data();
      push(alice, CANVAS.replace("\"hi\"", "request.url"));
      var replayed = app.post(canvas + "/toplevels/" + trace.path("tlid").asLong() + "/replay", alice[1],
          "{\"traceId\":\"" + trace.path("traceId").asText() + "\"}");
      assertThat(replayed.status()).as(replayed.text()).isEqualTo(200);
      assertThat(replayed.json().path("response").path("status").asInt()).isEqualTo(200);
      assertThat(replayed.json().path("response").path("body").asText()).contains("/hello");
      assertThat(replayed.json().path("before").path("status").asInt()).isEqualTo(200);
      // open editors hear that the trace changed
      assertThat(stream.next("trace", WAIT).data().path("traceId").asText()).isEqualTo(trace.path("traceId").asText());
    }
    String[] bob = RunningApp.account(db, "loop");
    assertThat(app.post(canvas + "/toplevels/" + trace.path("tlid").asLong() + "/replay", bob[1],
        "{\"traceId\":\"" + trace.path("traceId").asText() + "\"}").status()).isEqualTo(403);
  }

  @Test
  void theCommandLineFollowsListsShowsAndReplaysTraces() throws Exception {
    String[] alice = pushed("loop");
    var env = app.env(alice[1]);
    var tail = Thread.ofVirtual().start(() -> tailed = CliRun.umbra(env, "tail", alice[0], "--count", "2"));
    Thread.sleep(1_000); // tail connects
    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/boom")).startsWith("HTTP/1.1 500");
    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/missing")).startsWith("HTTP/1.1 404");
    tail.join(Duration.ofSeconds(15));
    assertThat(tailed.code()).as(tailed.err()).isZero();
    assertThat(tailed.out()).containsPattern("GET /boom  500  [0-9.]+m?s  trace [0-9a-f-]{36}  error: ")
        .contains("GET /missing  404 (no handler)");

    CliRun traces = CliRun.umbra(env, "traces", alice[0], "/boom");
    assertThat(traces.code()).as(traces.err()).isZero();
    assertThat(traces.out()).startsWith("GET /boom\n").contains("  500  ");
    String traceId = traces.out().lines().skip(1).findFirst().orElseThrow().trim().split("  ")[1];

    CliRun trace = CliRun.umbra(env, "trace", alice[0], traceId);
    assertThat(trace.code()).as(trace.err()).isZero();
    assertThat(trace.out()).contains("status 500").contains("arose at expression").contains("base + \"two\"");

    assertThat(CliRun.umbra(env, "404s", alice[0]).out()).contains("GET /missing  trace ");
    CliRun replay = CliRun.umbra(env, "replay", alice[0], traceId);
    assertThat(replay.code()).isEqualTo(1);
    assertThat(replay.out()).contains("replayed GET /boom").contains("was 500 (+ was called with a Str").contains("error: ");
    assertThat(CliRun.umbra(env, "trace", alice[0], "not-a-trace").code()).isEqualTo(1);
  }

  private static volatile CliRun tailed;

  @Test
  void pushCheckReplaysTheNewestTracesOnTheNewCodeAndChangesNothing() throws Exception {
    String[] alice = pushed("loop");
    var env = app.env(alice[1]);
    try (var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      for (String path : List.of("/hello", "/dice", "/boom")) {
        RunningApp.canvasGet(app.app().httpPort(), alice[0], path);
        stream.next("trace", WAIT);
      }
    }
    String edited = CANVAS.replace("\"hi\"", "\"bye\"")
        .replace("let roll = Int.random_v1 1 6 in\nroll * 0", "let roll = Int.random_v1 1 6 in\nroll * 0 + 0")
        .replace("base + \"two\"", "base + 2");
    Path file = dir.resolve("edited.dark");
    Files.writeString(file, edited);
    CliRun check = CliRun.umbra(env, "push", "--check", alice[0], file.toString());
    assertThat(check.code()).as(check.err()).isEqualTo(1);
    assertThat(check.out()).contains("GET /hello  trace ").contains("differs")
        .containsPattern("before: 200 text/plain[^\\n]*\"hi\"").containsPattern("after: +200 text/plain[^\\n]*\"bye\"")
        .containsPattern("GET /dice  trace [0-9a-f-]+  same")
        .contains("1 same, 2 differ, 0 undecided");
    // nothing changed: the canvas still says hi
    assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/hello")).endsWith("\"hi\"");

    // a call with new arguments cannot be answered from the trace
    Files.writeString(file, CANVAS.replace("Int.random_v1 1 6", "Int.random_v1 1 7"));
    CliRun undecided = CliRun.umbra(env, "push", "--check", alice[0], file.toString());
    assertThat(undecided.out()).contains("GET /dice  trace ").contains("undecided: Int::random_v1 is called with arguments");
  }

  @Test
  void liveValuesMarkTheBranchNotTaken() throws Exception {
    String[] alice = pushed("loop");
    JsonNode trace;
    try (var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      RunningApp.canvasGet(app.app().httpPort(), alice[0], "/branch");
      trace = stream.next("trace", WAIT).data();
    }
    var analysis = app.post("/api/v1/canvases/" + alice[0] + "/toplevels/" + trace.path("tlid").asLong() + "/analysis",
        alice[1], "{\"traceId\":\"" + trace.path("traceId").asText() + "\"}").json();
    assertThat(analysis.path("result").path("repr").asText()).isEqualTo("\"yes\"");
    JsonNode notRun = analysis.path("notExecuted");
    assertThat(notRun.size()).isEqualTo(1); // the else branch
    assertThat(analysis.path("liveValues").has(notRun.get(0).asText())).isFalse();
  }

  @Test
  void aReplRunsByReplay() throws Exception {
    String[] alice = pushed("loop");
    JsonNode canvas = app.get("/api/v1/canvases/" + alice[0], alice[1]).json();
    long repl = 0;
    for (JsonNode tl : canvas.path("toplevels")) {
      if (tl.path("spec").path("type").asText().equals("REPL")) repl = tl.path("tlid").asLong();
    }
    JsonNode traces = app.get("/api/v1/canvases/" + alice[0] + "/toplevels/" + repl + "/traces", alice[1]).json();
    var ran = app.post("/api/v1/canvases/" + alice[0] + "/toplevels/" + repl + "/replay", alice[1],
        "{\"traceId\":\"" + traces.path("traces").get(0).path("traceId").asText() + "\"}");
    assertThat(ran.status()).as(ran.text()).isEqualTo(200);
    assertThat(ran.json().path("result").path("repr").asText()).isEqualTo("3");
    assertThat(ran.json().path("outcome").path("status").asInt()).isZero();
  }

  @Test
  void stoppingTheServerEndsTheStreamsCleanly() throws Exception {
    String[] alice = pushed("loop");
    var other = new RunningApp(config);
    try (var stream = new EventStream(other.base(), alice[0], alice[1], null)) {
      other.close();
      assertThat(stream.ends(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void aSecretsValueNeverReachesATraceOrTheEventStream() throws Exception {
    String secret = "s3cr3t-" + java.util.UUID.randomUUID();
    String[] alice = RunningApp.account(db, "loop");
    var put = app.post("/api/v1/canvases/" + alice[0] + "/secrets", alice[1],
        "{\"name\":\"TOKEN\",\"value\":\"" + secret + "\"}");
    assertThat(put.status()).as(put.text()).isEqualTo(201);
    push(alice, """
        [fn bearer key:Str -> Str]
        "Bearer " ++ key

        [http-handler GET /leak]
        let header = bearer TOKEN in
        header + 1
        """);
    String traceId;
    long tlid;
    try (var stream = new EventStream(app.base(), alice[0], alice[1], null)) {
      // the secret as an argument, in the error, and in the request itself
      assertThat(RunningApp.canvasGet(app.app().httpPort(), alice[0], "/leak?q=" + secret)).startsWith("HTTP/1.1 500");
      JsonNode event = stream.next("trace", WAIT).data();
      assertThat(event.toString()).doesNotContain(secret).contains("<secret TOKEN>");
      traceId = event.path("traceId").asText();
      tlid = event.path("tlid").asLong();
    }
    var data = app.get("/api/v1/canvases/" + alice[0] + "/toplevels/" + tlid + "/traces/" + traceId, alice[1]);
    assertThat(data.status()).as(data.text()).isEqualTo(200);
    assertThat(data.text()).doesNotContain(secret).contains("Bearer <secret TOKEN>");
    assertThat(data.json().path("outcome").path("error").asText()).contains("<secret TOKEN>");
    var fn = app.get("/api/v1/canvases/" + alice[0] + "/traces", alice[1]);
    assertThat(fn.text()).doesNotContain(secret);
  }

  @Test
  void theStreamNeedsReadPermission() throws Exception {
    String[] alice = pushed("loop");
    String[] bob = RunningApp.account(db, "loop");
    assertThat(app.get("/api/v1/canvases/" + alice[0] + "/events", bob[1]).status()).isEqualTo(403);
    assertThat(app.send("GET", "/api/v1/canvases/" + alice[0] + "/events", null, null).status()).isEqualTo(401);
    var plain = app.get("/api/v1/canvases/" + alice[0] + "/events", alice[1]);
    assertThat(plain.status()).isEqualTo(406);
    assertThat(plain.json().path("error").path("message").asText()).contains("Accept: text/event-stream");
  }

  /** A new account whose canvas holds {@link #CANVAS}; (name, token). */
  private String[] pushed(String prefix) throws IOException {
    String[] account = RunningApp.account(db, prefix);
    push(account, CANVAS);
    return account;
  }

  private void push(String[] account, String text) throws IOException {
    Path file = dir.resolve(account[0] + ".dark");
    Files.writeString(file, text);
    CliRun pushed = CliRun.umbra(app.env(account[1]), "push", account[0], file.toString());
    assertThat(pushed.code()).as(pushed.err()).isZero();
  }
}
