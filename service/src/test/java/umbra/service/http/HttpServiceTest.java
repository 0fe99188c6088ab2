package umbra.service.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.eval.Cancellation;
import umbra.domain.eval.Limits;
import umbra.domain.http.Cors;
import umbra.domain.http.Header;
import umbra.domain.http.IncomingRequest;
import umbra.domain.http.ResponseLimit;
import umbra.domain.http.WireResponse;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Parser;
import umbra.domain.trace.SamplingRule;
import umbra.domain.trace.TracingPolicy;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The service's decisions, without a server: routing, the server's own answers, traces, limits. */
class HttpServiceTest {
  private static final UUID CANVAS = UUID.fromString("11111111-2222-4333-8444-555555555555");
  private static final UUID TRACE = UUID.fromString("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
  private static final byte[] ICON = {1, 2, 3};
  private final HttpService service = new HttpService(StdLib.registry(), new Limits(100_000, 10_000), ResponseLimit.DEFAULT, ICON);

  private static Toplevel.Handler http(long tlid, String method, String route, String code) {
    return new Toplevel.Handler(tlid, new Position(0, 0), Parser.parseExpr(code, tlid * 100).orElseThrow(),
        new HandlerSpec.Http(route, method, new HandlerSpec.Ids(1, 2, 3)));
  }

  private static HttpCanvas canvas(List<Toplevel.Handler> handlers, List<Toplevel.UserFn> fns, TracingPolicy tracing) {
    return HttpCanvas.of(CANVAS, "alice-app", handlers, fns, List.of(new umbra.domain.datastore.Datastore("Users", 99, List.of())), Map.of("KEY", "s3cret"),
        new Cors.None(), tracing);
  }

  private static IncomingRequest get(String method, String path, Header... extra) {
    var headers = new ArrayList<Header>();
    headers.add(new Header("Host", "alice-app.localhost:8000"));
    headers.addAll(List.of(extra));
    return new IncomingRequest(method, "http", path, Optional.empty(), headers, new byte[0]);
  }

  private HttpStep.Finished serve(HttpCanvas canvas, IncomingRequest r) {
    return serve(service, canvas, r, Cancellation.NEVER);
  }

  private HttpStep.Finished serve(HttpCanvas canvas, IncomingRequest r, Cancellation cancellation) {
    return serve(service, canvas, r, cancellation);
  }

  private static HttpStep.Finished serve(HttpService service, HttpCanvas canvas, IncomingRequest r,
      Cancellation cancellation) {
    HttpStep step = service.execute(new ExecuteHttpRequest(canvas, r, TRACE, "exec1", cancellation));
    while (step instanceof HttpStep.NeedsEffect e) step = e.resume(new DInt(42), 0);
    return (HttpStep.Finished) step;
  }

  private static String body(WireResponse r) { return new String(r.body(), StandardCharsets.UTF_8); }

  private static String header(WireResponse r, String name) {
    return r.headers().stream().filter(h -> h.name().equals(name)).map(Header::value).findFirst().orElse(null);
  }

  @Test
  void routesToTheMostSpecificHandlerWithRouteVariablesAndGlobals() {
    var c = canvas(List.of(http(1, "GET", "/users/:id", "\"user \" ++ id ++ \" \" ++ KEY"),
        http(2, "GET", "/users/me", "\"me\"")), List.of(), TracingPolicy.SAMPLE_ALL);
    WireResponse r = serve(c, get("GET", "/users//7/")).response().response();
    assertThat(r.status()).isEqualTo(200);
    assertThat(body(r)).isEqualTo("\"user 7 s3cret\"");
    assertThat(header(r, "Content-Length")).isEqualTo(String.valueOf(r.body().length));
    assertThat(body(serve(c, get("GET", "/users/me")).response().response())).isEqualTo("\"me\"");
  }

  @Test
  void aFunctionWithoutParametersIsCalledWithUnit() {
    String text = """
        [fn links -> Dict<Str>]
        { home = "/"; docs = "/docs" }

        [http-handler GET /links]
        Dict.keys (links ())
        """;
    Canvas parsed = CanvasText.parse(text, 1).orElseThrow();
    var c = canvas(List.copyOf(parsed.handlers().live().values()), List.copyOf(parsed.functions().live().values()),
        TracingPolicy.SAMPLE_ALL);
    assertThat(body(serve(c, get("GET", "/links")).response().response())).isEqualTo("[\n  \"docs\",\n  \"home\"\n]");
  }

  @Test
  void headKeepsTheLengthButSendsNoBody() {
    var c = canvas(List.of(http(1, "GET", "/", "\"hello world\"")), List.of(), TracingPolicy.SAMPLE_ALL);
    WireResponse r = serve(c, get("HEAD", "/")).response().response();
    assertThat(header(r, "Content-Length")).isEqualTo("13");
    assertThat(r.body()).isEmpty();
  }

  @Test
  void unmatchedRequestsAreStored404sExceptFaviconAndPreflight() {
    var c = canvas(List.of(), List.of(), TracingPolicy.SAMPLE_ALL);
    HttpStep.Finished missing = serve(c, get("GET", "/nope"));
    assertThat(body(missing.response().response())).isEqualTo("404 Not Found: No route matches");
    assertThat(missing.events()).anySatisfy(e -> assertThat(e).isInstanceOf(HttpEvent.NotFoundRecorded.class));
    HttpStep.Finished icon = serve(c, get("GET", "/favicon.ico"));
    assertThat(icon.response().response().body()).isEqualTo(ICON);
    assertThat(icon.events()).hasSize(1);
    WireResponse preflight = serve(c, get("OPTIONS", "/x")).response().response();
    assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET,PUT,POST,DELETE,PATCH,HEAD,OPTIONS");
  }

  @Test
  void a404KeepsAtMost64KiBOfBody() {
    var small = new IncomingRequest("POST", "http", "/nope", Optional.empty(), List.of(new Header("Host", "a.localhost")),
        "a=1".getBytes(StandardCharsets.UTF_8));
    assertThat(((Dval.DObj) HttpService.notFoundInput(small)).fields().get("fullBody")).isEqualTo(new Dval.DStr("a=1"));
    var huge = new IncomingRequest("POST", "http", "/nope", Optional.empty(), List.of(new Header("Host", "a.localhost")),
        new byte[5 * 1024 * 1024]);
    var kept = (Dval.DObj) HttpService.notFoundInput(huge);
    assertThat(kept.fields().get("fullBody"))
        .isEqualTo(new Dval.DStr("<a body of 5242880 bytes, not kept: a 404 keeps at most 65536>"));
    assertThat(kept.fields().get("headers")).isEqualTo(((Dval.DObj) HttpService.notFoundInput(small)).fields().get("headers"));
  }

  @Test
  void twoEquallySpecificHandlersClash() {
    var c = canvas(List.of(http(1, "GET", "/", "1"), http(2, "GET", "/", "2")), List.of(), TracingPolicy.SAMPLE_ALL);
    assertThat(body(serve(c, get("GET", "/")).response().response()))
        .isEqualTo("500 Internal Server Error: More than one handler for route: /");
  }

  @Test
  void tracesKeepOnlyAnsweredEffectsAndUserFunctionArguments() {
    var fn = new Toplevel.UserFn(9, "double", 1, List.of(new Toplevel.UserFn.Param("x", 2, Optional.of(DType.INT), 3, "")),
        DType.INT, 4, "", false, Parser.parseExpr("x * 2", 900).orElseThrow());
    var c = canvas(List.of(http(1, "GET", "/", "double (Int.random_v1 1 100) + (String.length \"abc\")")), List.of(fn),
        TracingPolicy.SAMPLE_ALL);
    HttpStep.Finished done = serve(c, get("GET", "/"));
    assertThat(body(done.response().response())).isEqualTo("87");
    var trace = done.events().stream().filter(e -> e instanceof HttpEvent.TraceRecorded)
        .map(HttpEvent.TraceRecorded.class::cast).findFirst().orElseThrow();
    assertThat(trace.results()).singleElement().satisfies(res -> {
      assertThat(res.fnName()).isEqualTo("Int::random_v1");
      assertThat(res.tlid()).isEqualTo(1);
      assertThat(res.value()).isEqualTo(new DInt(42));
    });
    assertThat(trace.arguments()).singleElement().satisfies(a -> assertThat(a.args()).containsEntry("x", new DInt(42)));
    assertThat(trace.desc().path()).isEqualTo("/");
    assertThat(trace.input()).isInstanceOf(DObj.class);
  }

  @Test
  void samplingNoneRecordsNothing() {
    var c = canvas(List.of(http(1, "GET", "/", "1")), List.of(),
        new TracingPolicy(SamplingRule.parse("sample-none"), Map.of()));
    assertThat(serve(c, get("GET", "/")).events()).hasSize(1);
  }

  @Test
  void aHandlerOverItsStepBudgetGetsAClear500() {
    var c = canvas(List.of(http(1, "GET", "/", "List.fold_v0 (List.range_v0 1 1000000) 0 (fun acc x -> acc + x)")),
        List.of(), TracingPolicy.SAMPLE_ALL);
    WireResponse r = serve(c, get("GET", "/")).response().response();
    assertThat(r.status()).isEqualTo(500);
    assertThat(body(r)).startsWith("Application error: Execution stopped").contains("evaluation steps");
  }

  @Test
  void aHandlerItsCallerStopsGetsA500AndItsTraceSaysWhy() {
    String why = "Execution stopped: the client closed the connection";
    var c = canvas(List.of(http(1, "GET", "/", "List.fold_v0 (List.range_v0 1 1000000) 0 (fun acc x -> acc + x)")),
        List.of(), TracingPolicy.SAMPLE_ALL);
    HttpStep.Finished done = serve(c, get("GET", "/"), () -> Optional.of(why));
    WireResponse r = done.response().response();
    assertThat(r.status()).isEqualTo(500);
    assertThat(body(r)).isEqualTo("Application error: " + why);
    assertThat(done.events()).filteredOn(HttpEvent.TraceRecorded.class::isInstance)
        .singleElement().satisfies(t -> assertThat(((HttpEvent.TraceRecorded) t).outcome().error()).contains(why));
  }

  @Test
  void aHandlerOverItsByteBudgetGetsAClear500AndItsTraceSaysWhy() {
    var c = canvas(List.of(http(1, "GET", "/", "List.repeat_v0 100000000 1")), List.of(), TracingPolicy.SAMPLE_ALL);
    HttpStep.Finished done = serve(c, get("GET", "/"));
    WireResponse r = done.response().response();
    assertThat(r.status()).isEqualTo(500);
    assertThat(body(r)).isEqualTo("Application error: Execution stopped: the program built more than its limit of 128 MB "
        + "of values (estimated; an oversized list, string or dict?)");
    var trace = done.events().stream().filter(e -> e instanceof HttpEvent.TraceRecorded)
        .map(HttpEvent.TraceRecorded.class::cast).findFirst().orElseThrow();
    assertThat(trace.outcome().error()).hasValueSatisfying(e -> assertThat(e).contains("limit of 128 MB of values"));
  }

  @Test
  void aResponseOverTheSizeLimitIsAClear500RecordedInItsTrace() {
    var limited = new HttpService(StdLib.registry(), new Limits(100_000, 10_000), new ResponseLimit(1000), ICON);
    String text = """
        [http-handler GET /fits]
        String.join_v0 (List.repeat_v0 99 "0123456789") ""

        [http-handler GET /list]
        List.repeat_v0 400 "abc"

        [http-basic-handler GET /raw]
        Http.response_v0 (String.toBytes_v0 (String.join_v0 (List.repeat_v0 101 "0123456789") "")) 200
        """;
    var handlers = List.copyOf(CanvasText.parse(text, 1).orElseThrow().handlers().live().values());
    var c = canvas(handlers, List.of(), TracingPolicy.SAMPLE_ALL);
    assertThat(serve(limited, c, get("GET", "/fits"), Cancellation.NEVER).response().response().status()).isEqualTo(200);
    for (String path : List.of("/list", "/raw")) {
      HttpStep.Finished done = serve(limited, c, get("GET", path), Cancellation.NEVER);
      WireResponse r = done.response().response();
      assertThat(r.status()).isEqualTo(500);
      assertThat(body(r)).isEqualTo("Application error: the response body is larger than the limit of 1000 bytes");
      var trace = done.events().stream().filter(e -> e instanceof HttpEvent.TraceRecorded)
          .map(HttpEvent.TraceRecorded.class::cast).findFirst().orElseThrow();
      assertThat(trace.outcome().status()).isEqualTo(500);
      assertThat(trace.outcome().error()).contains("the response body is larger than the limit of 1000 bytes");
    }
  }

  @Test
  void aBodyThatIsNotJsonIsTheUsersError() {
    var c = canvas(List.of(http(1, "POST", "/", "request.body")), List.of(), TracingPolicy.SAMPLE_ALL);
    var r = new IncomingRequest("POST", "http", "/", Optional.empty(),
        List.of(new Header("Host", "a.localhost"), new Header("Content-Type", "text/plain")),
        "Hello".getBytes(StandardCharsets.UTF_8));
    WireResponse w = serve(c, r).response().response();
    assertThat(w.status()).isEqualTo(400);
    assertThat(body(w)).isEqualTo("Unknown Content-type -- we assumed application/json but invalid JSON was sent");
    assertThat(header(w, "Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void commandsValidateThemselves() {
    var c = canvas(List.of(), List.of(), TracingPolicy.SAMPLE_ALL);
    assertThatThrownBy(() -> new ExecuteHttpRequest(c, get("GET", "/"), TRACE, "a b", Cancellation.NEVER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> get("GET", "no-slash")).isInstanceOf(IllegalArgumentException.class);
  }
}
