package umbra.domain.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import umbra.domain.eval.Limits;
import umbra.domain.stdlib.json.JsonWriter;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;
import umbra.domain.value.Repr;

/** A legacy {@code HTTP} handler's result as a response (backend.md 2.7, 2.8), CORS included (1.7). */
public final class LegacyResponse {
  private LegacyResponse() {}

  static final String INCOMPLETE = "Application error: the executed code was not complete. This error can be resolved "
      + "by the application author by completing the incomplete code.";
  static final String INVALID = "Application error: the executed program was invalid. This problem can be resolved by "
      + "the application's author by resolving the invalid code (often a type error).";

  /** The response, with the CORS header computed from the request's {@code Origin} placed before the handler's. */
  public static HttpResponse from(Dval result, Cors cors, IncomingRequest request) {
    HttpResponse r = convert(result);
    return cors.allowOrigin(request.header("Origin").orElse(null))
        .map(o -> r.withFirst(new Header("Access-Control-Allow-Origin", o)))
        .orElse(r);
  }

  /** The response without CORS headers: what the editor shows for a replayed request. */
  public static HttpResponse withoutCors(Dval result) { return convert(result); }

  /**
   * The body text a value may become, as much as an evaluation may build: a value is small next
   * to its pretty JSON when it nests deep (the indentation grows with the depth on every line)
   * or holds one part many times.
   */
  static final long MAX_BODY_BYTES = Limits.DEFAULT_MAX_BYTES;

  static HttpResponse convert(Dval result) {
    try {
      return converted(result, Meter.capped(MAX_BODY_BYTES));
    } catch (Meter.Exhausted e) {
      return Responses.limitExceeded("the response body would be " + e.getMessage() + " of text");
    }
  }

  private static HttpResponse converted(Dval result, Meter meter) {
    return switch (result) {
      case DErrorRail(DNothing n) -> HttpResponse.of(404, "Not found", Responses.TEXT);
      case DErrorRail(DErr e) -> HttpResponse.of(404, "Not found", Responses.TEXT);
      case DErrorRail r -> HttpResponse.of(500, "Invalid conversion from errorrail", Responses.TEXT);
      case DIncomplete i -> HttpResponse.of(500, INCOMPLETE, Responses.TEXT);
      case DError e -> HttpResponse.of(500, INVALID, Responses.TEXT);
      case DRedirect r -> new HttpResponse(302, List.of(new Header("Location", r.url())), new byte[0]);
      case DResponse r -> response(r, meter);
      default -> new HttpResponse(200, List.of(new Header("Content-Type", inferredType(result))),
          JsonWriter.prettyMachine(result, meter).getBytes(StandardCharsets.UTF_8));
    };
  }

  private static HttpResponse response(DResponse r, Meter meter) {
    if (r.code() < 100 || r.code() > 999) return Responses.internalError();
    var headers = new ArrayList<Header>();
    for (Dval.Header h : r.headers()) headers.add(new Header(h.name(), h.value()));
    String declared = declaredType(r);
    if (declared == null) headers.add(new Header("Content-Type", inferredType(r.body())));
    return new HttpResponse((int) r.code(), headers, body(r, meter));
  }

  /** The response's own Content-Type (the last, if it has several), or null. */
  private static String declaredType(DResponse r) {
    String type = null;
    for (Dval.Header h : r.headers()) {
      if (h.name().equalsIgnoreCase("Content-Type")) type = h.value();
    }
    return type;
  }

  /** Whether the body prints as end-user text (text, XML, HTML) rather than as pretty JSON; bytes go as they are. */
  static boolean printsAsText(DResponse r) {
    String declared = declaredType(r);
    return switch (ContentType.parse(declared != null ? declared : inferredType(r.body()))) {
      case TEXT, XML, HTML -> true;
      case JSON, FORM, UNKNOWN -> false;
    };
  }

  /** Bytes as they are; text, XML and HTML as end-user text; anything else as pretty JSON. */
  private static byte[] body(DResponse r, Meter meter) {
    if (r.body() instanceof DBytes b) return b.bytes();
    String text = printsAsText(r) ? Repr.toEnduser(r.body(), meter) : JsonWriter.prettyMachine(r.body(), meter);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Collections are JSON, everything else is text. */
  private static String inferredType(Dval v) {
    return v instanceof DObj || v instanceof DList ? HttpResponse.APPLICATION_JSON : HttpResponse.TEXT_PLAIN;
  }
}
