package umbra.domain.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The server's own responses and their exact texts (backend.md 1.5, 1.7, 1.8, 1.10). */
public final class Responses {
  private Responses() {}

  public static final String INTERNAL_ERROR = "Darklang Internal Error: Darklang - the service running this application "
      + "- encountered an error. This problem is a bug in Darklang, we're sorry! Our automated systems have noted this "
      + "error and we are working to resolve it. The developers working on this service should contact Darklang staff "
      + "for more detail if needed.";

  static final Header TEXT = new Header("Content-Type", HttpResponse.TEXT_PLAIN);
  static final Header ANY_ORIGIN = new Header("Access-Control-Allow-Origin", "*");

  /** A server text: plain text that any origin may read. */
  public static HttpResponse text(int status, String body) {
    return HttpResponse.of(status, body, TEXT, ANY_ORIGIN);
  }

  public static HttpResponse canvasNotFound() { return text(404, "canvas not found"); }

  /**
   * A request whose Host cannot name a canvas (an IP address, bare {@code localhost}): still a
   * 404 {@code canvas not found}, followed by how canvases are addressed.
   */
  public static HttpResponse canvasNotAddressed(String exampleBase) {
    return text(404, "canvas not found: canvases are addressed by the Host header, <canvas>." + exampleBase
        + " (with curl: curl -H 'Host: alice." + exampleBase + "' http://127.0.0.1:8000/path)");
  }

  public static HttpResponse noRoute() { return text(404, "404 Not Found: No route matches"); }

  /** Two handlers of equal specificity: the raw request path is named. */
  public static HttpResponse clash(String rawPath) {
    return text(500, "500 Internal Server Error: More than one handler for route: " + rawPath);
  }

  public static HttpResponse internalError() { return text(500, INTERNAL_ERROR); }

  /** A request the user got wrong (a body that does not parse): no CORS header (backend.md 1.10). */
  public static HttpResponse userError(int status, String message) {
    return HttpResponse.of(status, message, TEXT);
  }

  public static HttpResponse bodyTimedOut() {
    return userError(400, "Invalid request body: Reading the request body timed out due to data arriving too slowly");
  }

  /** backend.md 1.10: a chunked body whose framing is broken is refused at once, without waiting for more. */
  public static HttpResponse badChunk() {
    return userError(400, "Invalid request body: Bad chunk size data.");
  }

  /** backend.md 1.1: Kestrel's refusal of a body over the limit. */
  public static HttpResponse bodyTooLarge(long maxBytes) {
    return HttpResponse.of(413, "Request body too large. The max request body size is " + maxBytes + " bytes.", TEXT,
        new Header("Connection", "close"));
  }

  /**
   * A handler that ran out of its step or depth budget, or whose response is over the size limit
   * ({@link ResponseLimit}): the limit is named so its author can act.
   */
  public static HttpResponse limitExceeded(String why) {
    return text(500, "Application error: " + why);
  }

  /**
   * Too many of this canvas's requests are running or waiting (Umbra's own limit, not in Dark): try
   * again after {@code retryAfterSeconds}.
   */
  public static HttpResponse canvasBusy(String canvasName, int running, long retryAfterSeconds) {
    return HttpResponse.of(503, "canvas " + canvasName + " is busy: " + running + " requests are running; try again",
        TEXT, ANY_ORIGIN, new Header("Retry-After", Long.toString(retryAfterSeconds)));
  }

  /** backend.md 1.5: Dark's icon when no handler serves {@code /favicon.ico}. */
  public static HttpResponse favicon(byte[] png) {
    return new HttpResponse(200, List.of(new Header("Content-Type", "image/png"), ANY_ORIGIN), png);
  }

  /**
   * backend.md 1.7: an OPTIONS request no handler takes. The requested headers are allowed back as
   * they came; a value no response may carry (control characters, non-ASCII) is the client's error.
   */
  public static HttpResponse preflight(Cors cors, IncomingRequest r) {
    Optional<String> origin = cors.allowOrigin(r.header("Origin").orElse(null));
    var allowHeaders = new Header("Access-Control-Allow-Headers", r.header("Access-Control-Request-Headers").orElse("*"));
    if (origin.isPresent() && !WireResponse.sendable(allowHeaders)) {
      return userError(400, "Invalid Access-Control-Request-Headers header: it may hold visible ASCII only");
    }
    var headers = new ArrayList<Header>();
    origin.ifPresent(o -> {
      headers.add(allowHeaders);
      headers.add(new Header("Access-Control-Allow-Origin", o));
      headers.add(new Header("Access-Control-Allow-Methods", "GET,PUT,POST,DELETE,PATCH,HEAD,OPTIONS"));
    });
    return new HttpResponse(200, headers, new byte[0]);
  }

  /** backend.md 1.8: plain HTTP behind a TLS proxy goes to the same place over https. */
  public static HttpResponse redirectToHttps(IncomingRequest r) {
    String host = r.host().orElse("");
    String query = r.query().map(q -> "?" + q).orElse("");
    return new HttpResponse(302, List.of(new Header("Location", "https://" + host + r.path() + query)), new byte[0]);
  }
}
