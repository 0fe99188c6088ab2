package umbra.domain.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exactly what goes on the wire, apart from the {@code Date} header the web server adds:
 * status, final headers in order (no two with the same name), {@code Content-Length} equal to
 * the body a GET would get, and no body bytes for HEAD (backend.md 1.2, 1.6, 2.7).
 */
public record WireResponse(int status, List<Header> headers, byte[] body) {
  public WireResponse {
    headers = List.copyOf(headers);
  }

  /** Header names ASP.NET's server always writes in this spelling, whatever the handler wrote. */
  private static final Map<String, String> CANONICAL = Stream.of("Accept-Ranges", "Access-Control-Allow-Credentials",
      "Access-Control-Allow-Headers", "Access-Control-Allow-Methods", "Access-Control-Allow-Origin",
      "Access-Control-Expose-Headers", "Access-Control-Max-Age", "Age", "Allow", "Alt-Svc", "Cache-Control", "Connection",
      "Content-Encoding", "Content-Language", "Content-Length", "Content-Location", "Content-MD5", "Content-Range",
      "Content-Type", "Date", "ETag", "Expires", "Grpc-Encoding", "Grpc-Message", "Grpc-Status", "Keep-Alive",
      "Last-Modified", "Location", "Pragma", "Proxy-Authenticate", "Proxy-Connection", "Retry-After", "Server",
      "Set-Cookie", "Trailer", "Transfer-Encoding", "Upgrade", "Vary", "Via", "Warning", "WWW-Authenticate")
      .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), Function.identity()));

  /** Framing is the server's business: a handler's own values for these are ignored (backend.md 2.7). */
  private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding");

  /** The canonical spelling of a header name the server knows, else the name as written. */
  public static String canonicalName(String name) {
    return CANONICAL.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  /** Whether the server writes this name in its own spelling (so it need not keep the handler's). */
  public static boolean isKnownName(String name) {
    return CANONICAL.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * backend.md 1.2: the always-on headers first, then the response's own headers with
   * replace-by-name semantics (a handler's {@code Server: custom} wins), then the exact length.
   * A header the server would refuse (control characters, non-ASCII) makes it an internal error.
   */
  public static WireResponse finish(HttpResponse r, String executionId, boolean head) {
    var headers = new ArrayList<Header>();
    put(headers, new Header("Strict-Transport-Security", "max-age=31536000; includeSubDomains; preload"));
    put(headers, new Header("x-darklang-execution-id", executionId));
    put(headers, new Header("Server", "darklang"));
    for (Header h : r.headers()) {
      if (!sendable(h)) return finish(Responses.internalError(), executionId, head);
      if (!FRAMING.contains(h.name().toLowerCase(Locale.ROOT))) put(headers, h);
    }
    headers.add(new Header("Content-Length", String.valueOf(r.body().length)));
    return new WireResponse(r.status(), headers, head ? new byte[0] : r.body());
  }

  /** backend.md 1.1: what the web server answers to malformed HTTP, before any Dark code: no Dark headers. */
  public static WireResponse malformed() {
    return new WireResponse(400, List.of(new Header("Connection", "close"), new Header("Content-Length", "0")),
        new byte[0]);
  }

  private static void put(List<Header> headers, Header h) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).name().equalsIgnoreCase(h.name())) {
        headers.set(i, new Header(headers.get(i).name(), h.value()));
        return;
      }
    }
    headers.add(new Header(canonicalName(h.name()), h.value()));
  }

  /** RFC 9110 token names; values of visible ASCII, spaces and tabs (what Kestrel accepts). */
  static boolean sendable(Header h) {
    if (h.name().isEmpty()) return false;
    for (int i = 0; i < h.name().length(); i++) {
      char c = h.name().charAt(i);
      if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) return false;
    }
    for (int i = 0; i < h.value().length(); i++) {
      char c = h.value().charAt(i);
      if ((c < ' ' && c != '\t') || c >= 0x7f) return false;
    }
    return true;
  }
}
