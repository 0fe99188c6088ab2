package umbra.domain.httpclient;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import umbra.domain.httpclient.HttpCall.Content;
import umbra.domain.httpclient.HttpCall.Outcome;
import umbra.domain.httpclient.HttpCall.QueryParam;
import umbra.domain.httpclient.HttpCall.RequestHeader;
import umbra.domain.stdlib.BuiltinFailure;
import umbra.domain.stdlib.json.JsonToDval;
import umbra.domain.stdlib.json.JsonWriter;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.FloatFormat;
import umbra.domain.value.Meter;
import umbra.domain.value.Repr;

/**
 * {@code HttpClient::get_v5} and its siblings (Dark's {@code HttpClient.fs}): how the code's
 * body, query and headers become the request, and how the response becomes
 * {@code Ok {body, headers, raw, code, error}} (2xx) or {@code Error} of the same record, or
 * {@code Error "message"} when no response came.
 */
public final class HttpClientV5 {
  private HttpClientV5() {}

  public static final int VERSION = 5;

  /**
   * The call for {@code method uri} with an optional body (absent for GET, DELETE, HEAD, OPTIONS);
   * the body's text is charged to {@code meter} as it is written.
   */
  public static HttpCall request(Meter meter, String method, String uri, Optional<Dval> body, Dval query, Dval headers) {
    List<QueryParam> params = toQuery(query);
    var given = new TreeMap<String, String>();
    for (var e : stringPairs(headers).entrySet()) given.put(e.getKey(), e.getValue());
    String contentType = header(given, "content-type").orElse(guessContentType(body));
    given.put("Content-Type", contentType);
    return new HttpCall(method, uri, params, order(given), encodeBody(meter, body, given), VERSION);
  }

  /**
   * The headers in the order .NET's client set them: the defaults merged with the code's (as a
   * Dict, so by name), the code's winning on equal names.
   */
  static List<RequestHeader> order(TreeMap<String, String> given) {
    var merged = new TreeMap<String, String>();
    merged.put("Accept", "*/*");
    merged.put("Accept-Encoding", "deflate, gzip, br");
    merged.putAll(given);
    var out = new ArrayList<RequestHeader>();
    for (var e : merged.entrySet()) out.add(new RequestHeader(e.getKey(), e.getValue()));
    return out;
  }

  static Optional<String> header(Map<String, String> headers, String name) {
    for (var e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) return Optional.of(e.getValue());
    }
    return Optional.empty();
  }

  private static String guessContentType(Optional<Dval> body) {
    if (body.isEmpty() || body.get() instanceof DStr) return "text/plain; charset=utf-8";
    return "application/json; charset=utf-8";
  }

  private static Content encodeBody(Meter meter, Optional<Dval> body, Map<String, String> headers) {
    if (body.isEmpty()) return new Content.None();
    Dval dv = body.get();
    String ct = header(headers, "content-type").orElse("");
    if (dv instanceof DStr s) return new Content.Text(s.value());
    if (dv instanceof DObj && ct.toLowerCase(Locale.ROOT).equals("application/x-www-form-urlencoded")) {
      return new Content.Form(QueryStrings.encode(toQuery(dv)));
    }
    if (ct.contains("text/plain")) return new Content.Text(Repr.toEnduser(dv, meter));
    return new Content.Text(JsonWriter.prettyMachine(dv, meter));
  }

  /** {@code toStringPairs}: a Dict of strings, else Dark's error. */
  static Map<String, String> stringPairs(Dval headers) {
    if (!(headers instanceof DObj o)) throw new BuiltinFailure.UserError("expecting str");
    var out = new TreeMap<String, String>();
    for (var e : o.fields().entrySet()) {
      if (!(e.getValue() instanceof DStr s)) throw new BuiltinFailure.UserError("expecting str");
      out.put(e.getKey(), s.value());
    }
    return out;
  }

  /** {@code HttpQueryEncoding.toQuery}: null is the key alone, a list several values. */
  static List<QueryParam> toQuery(Dval query) {
    if (!(query instanceof DObj o)) throw new BuiltinFailure.UserError("attempting to use non-object as query param");
    var out = new ArrayList<QueryParam>();
    for (var e : o.fields().entrySet()) {
      Dval v = e.getValue();
      if (v instanceof DNull) {
        out.add(new QueryParam(e.getKey(), List.of()));
      } else if (v instanceof DList l) {
        out.add(new QueryParam(e.getKey(), l.items().stream().map(HttpClientV5::urlString).toList()));
      } else {
        out.add(new QueryParam(e.getKey(), List.of(urlString(v))));
      }
    }
    return out;
  }

  /** How a value is written into a query string ({@code toUrlString}). */
  static String urlString(Dval dv) {
    return switch (dv) {
      case DFnVal f -> "<block>";
      case DIncomplete i -> "<incomplete>";
      case DPassword p -> "<password>";
      case DInt i -> Long.toString(i.value());
      case DBool b -> b.value() ? "true" : "false";
      case DStr s -> s.value();
      case DFloat f -> FloatFormat.ocaml(f.value());
      case DChar c -> c.value();
      case DNull n -> "null";
      case DDate d -> Repr.ISO_SECONDS.format(d.value());
      case DDB d -> d.name();
      case DErrorRail r -> urlString(r.value());
      case DError e -> "error=";
      case DUuid u -> u.value().toString();
      case DRedirect r -> "null";
      case DResponse r -> urlString(r.body());
      case DList l -> "[ " + String.join(", ", l.items().stream().map(HttpClientV5::urlString).toList()) + " ]";
      case DTuple t -> "( " + String.join(", ", t.elements().stream().map(HttpClientV5::urlString).toList()) + " )";
      case DObj o -> {
        // Map.fold prepends, so the entries come out in reverse key order
        var strs = new ArrayList<String>();
        for (var e : o.fields().entrySet()) strs.add(0, e.getKey() + ": " + urlString(e.getValue()));
        yield "{ " + String.join(", ", strs) + " }";
      }
      case DNothing n -> "none";
      case DJust j -> urlString(j.value());
      case DErr e -> "error=" + urlString(e.value());
      case DOk o -> urlString(o.value());
      case DBytes b -> Base64.getEncoder().encodeToString(b.bytes());
    };
  }

  static Dval answer(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Failure f -> new DErr(new DStr(f.message()));
      case Outcome.Response r -> {
        Optional<String> body = utf8(r.body());
        var headers = new ArrayList<RequestHeader>();
        headers.add(new RequestHeader(r.statusLine(), ""));
        headers.addAll(r.headers());
        boolean json = headers.stream().filter(h -> h.name().equalsIgnoreCase("content-type")).findFirst()
            .map(h -> h.value().contains("application/json")).orElse(false);
        Dval parsed = json
            ? body.flatMap(JsonToDval::unknownJsonV0).orElse(new DStr("json decoding error"))
            : new DStr(body.orElse("utf-8 decoding error"));
        var headerObj = headerDict(headers);
        var fields = new TreeMap<String, Dval>();
        fields.put("body", parsed);
        fields.put("headers", headerObj);
        fields.put("raw", new DStr(body.orElse("utf-8 decoding error")));
        fields.put("code", new DInt(r.code()));
        fields.put("error", new DStr(""));
        DObj obj = new DObj(fields);
        yield r.code() >= 200 && r.code() <= 299 ? new DOk(obj) : new DErr(obj);
      }
    };
  }

  /** Response headers as a Dict: names and values trimmed, nameless ones dropped, a later name winning. */
  static DObj headerDict(List<RequestHeader> headers) {
    var headerObj = new TreeMap<String, Dval>();
    for (RequestHeader h : headers) {
      String k = h.name().strip();
      if (!k.isEmpty()) headerObj.put(k, new DStr(h.value().strip()));
    }
    return new DObj(headerObj);
  }

  static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
