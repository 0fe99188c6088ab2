package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * JSON, Http, HttpClient headers, AWS and Twitter, called through the interpreter the way
 * programs call them; expectations from json.tests, http.tests, aws.tests and httpclient.tests.
 */
class WebFunctionsTest {
  /** Just these modules: the whole stdlib only builds once every module has landed. */
  private static final ExecutionState STATE = ExecutionState.of(web());

  private static Registry web() {
    var r = Registry.builder();
    JsonFunctions.register(r);
    HttpFunctions.register(r);
    HttpClientFunctions.register(r);
    AwsFunctions.register(r);
    TwitterFunctions.register(r);
    return r.build();
  }

  private static Dval call(String fn, Dval... args) {
    Outcome o = Evaluation.startCall(STATE, new DNamedFn(Registry.parseName(fn)), List.of(args)).run();
    assertThat(o).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) o).value();
  }

  private static DStr s(String v) { return new DStr(v); }

  private static DObj obj(Object... kv) {
    var m = new TreeMap<String, Dval>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Dval) kv[i + 1]);
    return new DObj(m);
  }

  private static String errorOf(Dval v) {
    assertThat(v).isInstanceOf(DError.class);
    return ((DError) v).message();
  }

  @Test
  void jsonParseVersions() {
    assertThat(call("JSON::parse_v1", s(""))).isEqualTo(new DErr(s("JSON string was empty")));
    assertThat(call("JSON::parse_v1", s("\"\""))).isEqualTo(new DOk(s("")));
    assertThat(errorOf(call("JSON::parse_v0", s("[97, 2, 30, 4,]"))))
        .isEqualTo("The JSON array contains a trailing comma at the end, at on line 0, position 14");
    assertThat(errorOf(call("JSON::read_v1", s("{Id : 1.0}"))))
        .isEqualTo("'I' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.");
    assertThat(call("JSON::read_v1", s("[97, 2, 30, 4]")))
        .isEqualTo(new DList(List.of(new DInt(97), new DInt(2), new DInt(30), new DInt(4))));
  }

  @Test
  void jsonReadV0AnswersNullForInvalidJson() {
    assertThat(call("JSON::read_v0", s("({id : 555})"))).isEqualTo(Dval.NULL);
    assertThat(call("JSON::read_v0", s(""))).isEqualTo(Dval.NULL);
    assertThat(call("JSON::read_v0", s("1,0/0,0"))).isEqualTo(Dval.NULL);
    assertThat(call("JSON::read_v0", s("1"))).isEqualTo(new DInt(1));
  }

  @Test
  void dictAndObjectToJson() {
    var dict = obj("key1", new DFloat(Double.POSITIVE_INFINITY));
    assertThat(call("Dict::toJSON_v0", dict)).isEqualTo(s("{\n  \"key1\": \"Infinity\"\n}"));
    assertThat(call("Object::toJSON_v1", dict)).isEqualTo(s("{\n  \"key1\": \"Infinity\"\n}"));
    assertThat(call("Object::toJSON_v0", dict)).isEqualTo(s("{\n  \"key1\": Infinity\n}"));
  }

  @Test
  void responses() {
    assertThat(call("Http::respondWithHtml_v0", obj("a", s("b")), new DInt(200)))
        .isEqualTo(call("Http::responseWithHeaders_v0", obj("a", s("b")), obj("Content-Type", s("text/html")), new DInt(200)));
    assertThat(call("Http::badRequest_v0", s("oops"))).isEqualTo(new DResponse(400, List.of(), s("oops")));
    assertThat(call("Http::notFound_v0")).isEqualTo(new DResponse(404, List.of(), Dval.NULL));
    assertThat(call("Http::redirectTo_v0", s("/x"))).isEqualTo(new DRedirect("/x"));
    assertThat(call("Http::responseWithHeaders_v0", new DInt(1), obj("b", s("2"), "a", s("1")), new DInt(200)))
        .isEqualTo(new DResponse(200, List.of(new Header("a", "1"), new Header("b", "2")), new DInt(1)));
    assertThat(errorOf(call("Http::responseWithHeaders_v0", Dval.NULL, obj("a", new DInt(1)), new DInt(200))))
        .isEqualTo("Expected the argument `value` to be a string, but it was `1`");
    assertThat(errorOf(call("Http::badRequest_v0", new DInt(1))))
        .isEqualTo("Http::badRequest was called with a Int (1), but `error` expected a Str.");
  }

  @Test
  void setCookieVersions() {
    var date = new DDate(LocalDateTime.of(2019, 7, 28, 22, 42, 0));
    var params = obj("Expires", date, "Max-Age", new DInt(3600), "Domain", s("darklang.com"), "Path", s("/my/path"),
        "Secure", Dval.TRUE, "HttpOnly", Dval.TRUE, "SameSite", s("Strict"));
    assertThat(call("Http::setCookie_v2", s("myCookie"), s("myVal"), params)).isEqualTo(obj("Set-Cookie",
        s("myCookie=myVal; Secure; SameSite=Strict; Path=/my/path; Max-Age=3600; HttpOnly; Expires=Sun, 28 Jul 2019 22:42:00 GMT; Domain=darklang.com")));
    assertThat(errorOf(call("Http::setCookie_v2", s("a"), s("b"), obj("Path", new DInt(5)))))
        .isEqualTo("Expected the argument ``Path` or `Domain`` to be a string, but it was `5`");
    assertThat(errorOf(call("Http::setCookie_v2", s("a"), s("b"), obj("SameSite", s("allthesecures")))))
        .isEqualTo("Expected the argument `SameSite` to be `Strict`, `Lax`, or `None`, but it was `\"allthesecures\"`");
    assertThat(errorOf(call("Http::setCookie_v2", s("a"), s("b"), obj("Fake", s("fake")))))
        .isEqualTo("Keys must be `Expires`, `Max-Age`, `Domain`, `Path`, `Secure`, `HttpOnly`, and/or `SameSite`, but one of the keys was Fake");
    assertThat(call("Http::setCookie_v0", s("my Cookie"), s("my;Val"), obj()))
        .isEqualTo(obj("Set-Cookie", s("my%20Cookie=my%3BVal; ")));
    assertThat(call("Http::setCookie_v1", s("myCookie"), s("myVal"), obj("Domain", s("darklang"), "SameSite", s("fake"))))
        .isEqualTo(obj("Set-Cookie", s("myCookie=myVal; Domain=darklang; SameSite=fake")));
    assertThat(errorOf(call("Http::setCookie_v1", s("myCookie"), s("myVal"), obj("Fake", s("0")))))
        .isEqualTo("Unknown set-cookie param: Fake: \"0\"");
  }

  @Test
  void httpClientHeaders() {
    assertThat(call("HttpClient::basicAuth_v0", s("username"), s("password")))
        .isEqualTo(obj("Authorization", s("Basic dXNlcm5hbWU6cGFzc3dvcmQ=")));
    assertThat(call("HttpClient::basicAuth_v1", s(":"), s(""))).isEqualTo(obj("Authorization", s("Basic Ojo=")));
    assertThat(errorOf(call("HttpClient::basicAuth_v1", s("-"), s("")))).isEqualTo("Username cannot contain a hyphen");
    assertThat(call("HttpClient::basicAuth_v0", s("é"), s(""))).isEqualTo(obj("Authorization", s("Basic w6k6")));
    assertThat(call("HttpClient::basicAuth_v1", s("é"), s(""))).isEqualTo(obj("Authorization", s("Basic 6To=")));
    assertThat(call("HttpClient::bearerToken_v1", s("abc"))).isEqualTo(obj("Authorization", s("Bearer abc")));
    assertThat(call("HttpClient::htmlContentType_v0")).isEqualTo(obj("Content-Type", s("text/html; charset=utf-8")));
  }

  @Test
  void urlEncodings() {
    assertThat(call("AWS::urlencode_v0", s("https://google.com?q=left shark&l=en")))
        .isEqualTo(s("https%3A//google.com%3Fq%3Dleft%20shark%26l%3Den"));
    assertThat(call("AWS::urlencode_v0", s("%A"))).isEqualTo(s("A"));
    assertThat(call("AWS::urlencode_v0", s("%AA"))).isEqualTo(s("%AA"));
    assertThat(call("AWS::urlencode_v0", s("%-AA\n"))).isEqualTo(s("%25-AA%A"));
    assertThat(call("AWS::urlencode_v0", s("گ"))).isEqualTo(s("%DA%AF"));
    assertThat(call("Twitter::urlencode_v0", s("a b~c/é!"))).isEqualTo(s("a%20b~c%2F%C3%A9%21"));
  }
}
