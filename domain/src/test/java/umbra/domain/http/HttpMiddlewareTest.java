package umbra.domain.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The HTTP middleware's rules of backend.md 1.3, 1.4, 1.7, 2.1-2.10 on values, without a server. */
class HttpMiddlewareTest {
  private static IncomingRequest request(String method, String target, byte[] body, String... headers) {
    var hs = new ArrayList<Header>();
    hs.add(new Header("Host", "alice-app.builtwithdark.localhost:10011"));
    for (int i = 0; i < headers.length; i += 2) hs.add(new Header(headers[i], headers[i + 1]));
    return IncomingRequest.fromTarget(method, "http", target, hs, body).orElseThrow();
  }

  private static String text(byte[] b) { return new String(b, StandardCharsets.UTF_8); }

  private static Map<String, String> headers(WireResponse r) {
    var m = new TreeMap<String, String>();
    r.headers().forEach(h -> m.put(h.name(), h.value()));
    return m;
  }

  @Test
  void theHostNamesTheCanvasUnderABaseDomain() {
    var bases = List.of("localhost", "builtwithdark.localhost");
    assertThat(CanvasHost.of("alice-app.localhost", bases)).isEqualTo(new CanvasHost.Named("alice-app"));
    assertThat(CanvasHost.of("Alice-App.BuiltWithDark.localhost", bases)).isEqualTo(new CanvasHost.Named("alice-app"));
    assertThat(CanvasHost.of("builtwithdark.localhost", bases)).isEqualTo(new CanvasHost.Named("builtwithdark"));
    assertThat(CanvasHost.of("2xx6.builtwithdark.localhost", bases)).isEqualTo(new CanvasHost.Invalid());
    assertThat(CanvasHost.of("a.b.localhost", bases)).isEqualTo(new CanvasHost.Custom("a.b.localhost"));
    assertThat(CanvasHost.of("shop.example.com", bases)).isEqualTo(new CanvasHost.Custom("shop.example.com"));
    assertThat(CanvasHost.namesNoCanvas(Optional.of("127.0.0.1"), bases)).isTrue();
    assertThat(CanvasHost.namesNoCanvas(Optional.of("localhost"), bases)).isTrue();
    assertThat(CanvasHost.namesNoCanvas(Optional.empty(), bases)).isTrue();
    assertThat(CanvasHost.namesNoCanvas(Optional.of("shop.example.com"), bases)).isFalse();
  }

  @Test
  void malformedTargetsAreRefusedBeforeAnyDarkRule() {
    assertThat(IncomingRequest.fromTarget("GET", "http", "hello", List.of(), new byte[0])).isEmpty();
    assertThat(IncomingRequest.fromTarget("GET", "http", "/héllo", List.of(), new byte[0])).isEmpty();
    var r = IncomingRequest.fromTarget("GET", "http", "/a?x=1#frag?", List.of(), new byte[0]).orElseThrow();
    assertThat(r.path()).isEqualTo("/a");
    assertThat(r.query()).contains("x=1#frag?");
  }

  @Test
  void routingPathsAreDecodedExceptSlashesAndSanitised() {
    assertThat(RequestPath.forRouting("//a%20b//c%2Fd/")).isEqualTo("/a b/c%2Fd");
    assertThat(RequestPath.forRouting("/%FF")).isEqualTo("/%FF");
  }

  @Test
  void theUrlFollowsTheProxysScheme() {
    var plain = request("GET", "/user/test?x=[a,5]", new byte[0]);
    assertThat(RequestUrl.legacy(plain).toString()).isEqualTo("http://alice-app.builtwithdark.localhost:10011/user/test?x=%5Ba,5%5D");
    var ftp = IncomingRequest.fromTarget("GET", "http", "/a", List.of(new Header("Host", "custom.com"),
        new Header("X-Forwarded-Proto", "ftp")), new byte[0]).orElseThrow();
    assertThat(RequestUrl.legacy(ftp).toString()).isEqualTo("ftp://custom.com:80/a");
    assertThat(RequestUrl.of(ftp).toString()).isEqualTo("http://custom.com/a");
    var https = request("GET", "/a", new byte[0], "X-Forwarded-Proto", "https");
    assertThat(RequestUrl.of(https).toString()).isEqualTo("https://alice-app.builtwithdark.localhost/a");
  }

  @Test
  void theLegacyRequestParsesBodiesByContentType() {
    byte[] json = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
    var asText = (LegacyRequest.Value) LegacyRequest.build(request("POST", "/", json, "Content-Type", "text/plain"), false);
    var fields = ((DObj) asText.request()).fields();
    assertThat(fields.get("body")).isEqualTo(new DObj(new TreeMap<>(Map.of("a", new DInt(1)))));
    assertThat(fields.get("jsonBody")).isEqualTo(Dval.NULL);
    assertThat(fields.get("fullBody")).isEqualTo(new DStr("{\"a\": 1}"));
    assertThat(LegacyRequest.build(request("POST", "/", "Hello".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "text/plain"), false)).isEqualTo(new LegacyRequest.Rejected(LegacyRequest.UNKNOWN_CONTENT_TYPE));
    assertThat(LegacyRequest.build(request("POST", "/", "{,}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json"), false)).isEqualTo(new LegacyRequest.Rejected("Invalid json: {,}"));
    // lenient (stored 404s): the same body gives a null instead of a 400
    var lenient = (LegacyRequest.Value) LegacyRequest.build(request("POST", "/", "{,}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json"), true);
    assertThat(((DObj) lenient.request()).fields().get("body")).isEqualTo(Dval.NULL);
    // GET bodies are never read; invalid UTF-8 replaces the whole request
    var get = (LegacyRequest.Value) LegacyRequest.build(request("GET", "/", json, "X-A", "1", "x-a", "2"), false);
    assertThat(((DObj) get.request()).fields().get("fullBody")).isEqualTo(new DStr(""));
    assertThat(((DObj) ((DObj) get.request()).fields().get("headers")).fields().get("x-a")).isEqualTo(new DStr("1,2"));
    var broken = (LegacyRequest.Value) LegacyRequest.build(request("POST", "/", new byte[] {(byte) 0xff},
        "Content-Type", "application/x-www-form-urlencoded"), false);
    assertThat(broken.request()).isEqualTo(Dval.error("Invalid UTF8 input"));
  }

  @Test
  void theBasicRequestKeepsBytesAndRepeatedHeaders() {
    var r = request("POST", "/?k=v", new byte[] {1, 2}, "A", "1", "a", "2");
    var fields = ((DObj) BasicRequest.build(r)).fields();
    assertThat(fields.get("body")).isEqualTo(new DBytes(new byte[] {1, 2}));
    assertThat(((DList) fields.get("headers")).items()).hasSize(3);
    assertThat(fields.get("url")).isEqualTo(new DStr("http://alice-app.builtwithdark.localhost:10011/?k=v"));
  }

  @Test
  void handlerValuesBecomeResponses() {
    var r = request("GET", "/", new byte[0]);
    var cors = new Cors.None();
    HttpResponse string = LegacyResponse.from(new DStr("hello world"), cors, r);
    assertThat(text(string.body())).isEqualTo("\"hello world\"");
    assertThat(string.headers()).contains(new Header("Content-Type", HttpResponse.TEXT_PLAIN));
    assertThat(text(LegacyResponse.from(new DOk(new DInt(5)), cors, r).body())).isEqualTo("5");
    assertThat(LegacyResponse.from(new DErrorRail(Dval.NOTHING), cors, r).status()).isEqualTo(404);
    assertThat(text(LegacyResponse.from(new DErrorRail(new DInt(1)), cors, r).body()))
        .isEqualTo("Invalid conversion from errorrail");
    var html = new DResponse(200, List.of(new Dval.Header("Content-Type", "text/html")),
        new DObj(new TreeMap<>(Map.of("x", new DStr("x")))));
    assertThat(text(LegacyResponse.from(html, cors, r).body())).isEqualTo("{ \n  x: \"x\"\n}");
    assertThat(LegacyResponse.from(new DRedirect("/there"), cors, r).headers())
        .containsExactly(new Header("Access-Control-Allow-Origin", "*"), new Header("Location", "/there"));
    assertThat(LegacyResponse.from(new DResponse(-1, List.of(), Dval.NULL), cors, r).status()).isEqualTo(500);
    assertThat(text(BasicResponse.from(new DStr("no")).body())).isEqualTo(BasicResponse.NOT_BYTES);
  }

  @Test
  void aValueWhosePrettyJsonOutgrowsAnEvaluationsBudgetIsA500NotAHeapFullOfText() {
    Dval deep = new DList(List.of());
    for (int i = 0; i < 20_000; i++) deep = new DList(List.of(deep)); // indented by its depth on every line: 400M characters
    Dval shared = new DInt(1);
    for (int i = 0; i < 40; i++) shared = new DList(List.of(shared, shared)); // one list held 2^40 times over
    var r = request("GET", "/", new byte[0]);
    for (Dval v : List.of(deep, shared, new DResponse(200, List.of(new Dval.Header("Content-Type", "text/plain")), shared))) {
      HttpResponse response = LegacyResponse.from(v, new Cors.None(), r);
      assertThat(response.status()).isEqualTo(500);
      assertThat(text(response.body())).isEqualTo("Application error: the response body would be more than 128 MB of text");
    }
  }

  @Test
  void theWireResponseHasDarksHeadersTheHandlersOverridesAndAnExactLength() {
    var handlerSaid = new HttpResponse(200, List.of(new Header("server", "custom"), new Header("content-length", "99"),
        new Header("x-Mine", "1")), "abc".getBytes(StandardCharsets.UTF_8));
    WireResponse w = WireResponse.finish(handlerSaid, "e1", false);
    assertThat(headers(w)).containsEntry("Server", "custom").containsEntry("Content-Length", "3")
        .containsEntry("x-darklang-execution-id", "e1").containsEntry("x-Mine", "1")
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains; preload").hasSize(5);
    WireResponse head = WireResponse.finish(handlerSaid, "e1", true);
    assertThat(head.body()).isEmpty();
    assertThat(headers(head)).containsEntry("Content-Length", "3");
    WireResponse injected = WireResponse.finish(new HttpResponse(200, List.of(new Header("X", "a\r\nSet-Cookie: y")),
        new byte[0]), "e1", false);
    assertThat(injected.status()).isEqualTo(500);
    assertThat(text(injected.body())).isEqualTo(Responses.INTERNAL_ERROR);
    assertThat(ReasonPhrases.of(500)).isEqualTo("Internal Server Error");
    assertThat(ReasonPhrases.of(299)).isEmpty();
  }

  @Test
  void preflightAnswersWithTheComputedOrigin() {
    var r = request("OPTIONS", "/", new byte[0], "Origin", "https://a.com", "Access-Control-Request-Headers", "X-Y");
    assertThat(Responses.preflight(Cors.parse("https://a.com"), r).headers()).containsExactly(
        new Header("Access-Control-Allow-Headers", "X-Y"), new Header("Access-Control-Allow-Origin", "https://a.com"),
        new Header("Access-Control-Allow-Methods", "GET,PUT,POST,DELETE,PATCH,HEAD,OPTIONS"));
    var nonAscii = request("OPTIONS", "/", new byte[0], "Origin", "https://a.com", "Access-Control-Request-Headers", "X-⼫");
    HttpResponse refused = Responses.preflight(Cors.parse("https://a.com"), nonAscii);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(text(refused.body())).isEqualTo("Invalid Access-Control-Request-Headers header: it may hold visible ASCII only");
    var noOrigin = request("OPTIONS", "/", new byte[0]);
    assertThat(Responses.preflight(Cors.parse("https://a.com"), noOrigin).headers()).isEmpty();
    assertThat(Optional.of(Responses.redirectToHttps(request("GET", "/p?q=1", new byte[0])).headers()))
        .contains(List.of(new Header("Location", "https://alice-app.builtwithdark.localhost/p?q=1")));
  }
}
