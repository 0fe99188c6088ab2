package umbra.domain.httpclient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import umbra.domain.httpclient.HttpCall.Content;
import umbra.domain.httpclient.HttpCall.Outcome;
import umbra.domain.httpclient.HttpCall.RequestHeader;
import umbra.domain.stdlib.json.JsonToDval;
import umbra.domain.stdlib.json.JsonWriter;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;

/**
 * {@code HttpClient::get_v3}/{@code _v4} and siblings (Dark's {@code LegacyBaseHttpClient},
 * {@code LegacyHttpClient1} and {@code 2}): every body is sent as JSON (a form when the code
 * set exactly {@code application/x-www-form-urlencoded}, and as a charset-less form when it set no
 * Content-Type at all, as cURL did); the answer is {@code {body, headers, raw, code}}, in
 * {@code Ok} for a 2xx response, and for another status {@code Error} of it (v4) or a Dark error
 * (v3); a failed call is a Dark error prefixed {@code Internal HTTP-stack exception:}.
 */
public final class HttpClientLegacy {
  private HttpClientLegacy() {}

  /** The call, its body's text charged to {@code meter}. */
  public static HttpCall request(Meter meter, int version, String method, String uri, Optional<Dval> body, Dval query,
      Dval headers) {
    var params = HttpClientV5.toQuery(query);
    Map<String, String> given = HttpClientV5.stringPairs(headers);
    return new HttpCall(method, uri, params, HttpClientV5.order(new TreeMap<>(given)),
        encodeBody(meter, version, body, given), version);
  }

  private static Content encodeBody(Meter meter, int version, Optional<Dval> body, Map<String, String> headers) {
    if (body.isEmpty()) return new Content.None();
    Dval dv = body.get();
    Optional<String> ct = HttpClientV5.header(headers, "content-type");
    if (dv instanceof DObj && ct.filter(v -> v.equals("application/x-www-form-urlencoded")).isPresent()) {
      return new Content.Form(QueryStrings.encode(HttpClientV5.toQuery(dv)));
    }
    if (version == 0) meter.copies(dv); // its writer charges nothing itself
    String json = version == 0 ? PrettyRequestJson.write(dv) : JsonWriter.prettyMachine(dv, meter);
    if (ct.isEmpty()) return new Content.FakeForm(json);
    return new Content.Text(json);
  }

  static Dval answer(HttpCall call, Outcome outcome) {
    return call.version() <= 2 ? oldest(call, outcome) : answerV3(call, outcome);
  }

  /**
   * A failure while preparing or sending the call that Dark raised as an exception: v2 caught
   * it into {@code Error "message"}, the others let it become a Dark error.
   */
  public static Dval raised(int version, String message) {
    return version == 2 ? new DErr(new DStr(message)) : Dval.error(message);
  }

  private static String failure(Outcome.Failure f) {
    return f.message().equals("Too many redirects") ? f.message() : "Internal HTTP-stack exception: " + f.message();
  }

  /**
   * v0 and v1 answer the response record itself, and fail (a Dark error) for a status out of the
   * 2xx range or a failed call; v2 wraps the same in {@code Ok}, failures in {@code Error "message"}.
   */
  private static Dval oldest(HttpCall call, Outcome outcome) {
    boolean wrapped = call.version() == 2;
    return switch (outcome) {
      case Outcome.Failure f -> wrapped ? new DErr(new DStr(failure(f))) : Dval.error(failure(f));
      case Outcome.Response r -> {
        Optional<String> text = HttpClientV5.utf8(r.body());
        if (text.isEmpty()) {
          Dval e = Dval.error("Unknown Err:  \"Invalid UTF-8 string:" + ocamlEscaped(r.body()) + "\"");
          yield wrapped ? new DOk(e) : e;
        }
        if (r.code() < 200 || r.code() > 299) {
          String message = "Bad HTTP response (" + r.code() + ") in call to " + call.url();
          yield wrapped ? new DErr(new DStr(message)) : Dval.error(message);
        }
        var headers = new ArrayList<RequestHeader>();
        headers.add(new RequestHeader(r.statusLine(), ""));
        headers.addAll(joinedPerName(r.headers()));
        boolean json = headers.stream().filter(h -> h.name().equalsIgnoreCase("content-type")).findFirst()
            .map(h -> h.value().contains("application/json")).orElse(false);
        Optional<Dval> parsed = json ? JsonToDval.unknownJsonV0(text.get()) : Optional.of(new DStr(text.get()));
        if (parsed.isEmpty()) {
          yield wrapped ? new DErr(new DStr("Invalid json")) : Dval.error("Invalid json");
        }
        var fields = new TreeMap<String, Dval>();
        fields.put("body", parsed.get());
        fields.put("headers", HttpClientV5.headerDict(headers));
        fields.put("raw", new DStr(text.get()));
        DObj obj = new DObj(fields);
        yield wrapped ? new DOk(obj) : obj;
      }
    };
  }

  /** How OCaml printed bytes that are not UTF-8. */
  private static String ocamlEscaped(byte[] bytes) {
    var sb = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '"') sb.append("\\\"");
      else if (c == '\\') sb.append("\\\\");
      else if (c >= ' ' && c <= '~') sb.append((char) c);
      else if (c == '\t') sb.append("\\t");
      else if (c == '\n') sb.append("\\\n\\n");
      else if (c == '\r') sb.append("\\r");
      else if (c == '\b') sb.append("\\b");
      else sb.append('\\').append(String.format("%03d", c));
    }
    return sb.toString();
  }

  private static Dval answerV3(HttpCall call, Outcome outcome) {
    return switch (outcome) {
      case Outcome.Failure f -> Dval.error(failure(f));
      case Outcome.Response r -> {
        String body = HttpClientV5.utf8(r.body()).orElse("utf-8 decoding error");
        var headers = new ArrayList<RequestHeader>();
        headers.add(new RequestHeader(r.statusLine(), ""));
        headers.addAll(joinedPerName(r.headers()));
        boolean json = headers.stream().filter(h -> h.name().equalsIgnoreCase("content-type")).findFirst()
            .map(h -> h.value().contains("application/json")).orElse(false);
        Dval parsed = json ? JsonToDval.unknownJsonV0(body).orElse(new DStr("json decoding error")) : new DStr(body);
        var fields = new TreeMap<String, Dval>();
        fields.put("body", parsed);
        fields.put("headers", HttpClientV5.headerDict(headers));
        fields.put("raw", new DStr(body));
        fields.put("code", new DInt(r.code()));
        DObj obj = new DObj(fields);
        if (r.code() >= 200 && r.code() <= 299) yield new DOk(obj);
        yield call.version() >= 4 ? new DErr(obj)
            : Dval.error("Bad HTTP response (" + r.code() + ") in call to " + call.url());
      }
    };
  }

  /**
   * .NET's header collections hold one entry per name, its values joined with commas: per
   * response, so the headers of each redirect (after its status line) are joined on their own.
   */
  private static List<RequestHeader> joinedPerName(List<RequestHeader> headers) {
    var out = new ArrayList<RequestHeader>();
    var segment = new LinkedHashMap<String, RequestHeader>();
    for (RequestHeader h : headers) {
      if (h.name().startsWith("HTTP/") && h.value().isEmpty()) {
        out.addAll(segment.values());
        segment.clear();
        out.add(h);
        continue;
      }
      String key = h.name().toLowerCase(java.util.Locale.ROOT);
      RequestHeader seen = segment.get(key);
      segment.put(key, seen == null ? h : new RequestHeader(seen.name(), seen.value() + "," + h.value()));
    }
    out.addAll(segment.values());
    return out;
  }
}
