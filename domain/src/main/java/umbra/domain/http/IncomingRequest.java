package umbra.domain.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP request as the web server received it, before any Dark rule applies.
 *
 * @param method the method verbatim (custom verbs included)
 * @param scheme the scheme of the connection, {@code http} behind a TLS-terminating proxy
 * @param path the request path, still percent-encoded as sent
 * @param query the query without its {@code ?}, as sent; empty when the target had none
 * @param headers every header in received order, repeated ones repeated
 * @param body the body bytes (empty for a request without one)
 */
public record IncomingRequest(String method, String scheme, String path, Optional<String> query, List<Header> headers,
    byte[] body) {

  public IncomingRequest {
    if (method == null || method.isEmpty()) throw new IllegalArgumentException("a request needs a method");
    if (path == null || !path.startsWith("/")) throw new IllegalArgumentException("a request path starts with /");
    headers = List.copyOf(headers);
    body = body.clone();
  }

  /**
   * Reads a request target ({@code /path?query}, sent as is). Empty for what Kestrel refuses as
   * malformed before any Dark code runs (backend.md 1.1): a target without a leading {@code /},
   * or with bytes outside printable ASCII. Everything after the first {@code ?} is the query.
   */
  public static Optional<IncomingRequest> fromTarget(String method, String scheme, String target, List<Header> headers,
      byte[] body) {
    if (method.isEmpty() || !target.startsWith("/")) return Optional.empty();
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= ' ' || c >= 0x7f) return Optional.empty();
    }
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    Optional<String> query = q < 0 ? Optional.empty() : Optional.of(target.substring(q + 1));
    return Optional.of(new IncomingRequest(method, scheme, path, query, headers, body));
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) return Optional.of(h.value());
    }
    return Optional.empty();
  }

  /** backend.md 2.1, 2.5: every value of a repeated header joined with {@code ,}. */
  public Optional<String> mergedHeader(String name) {
    var values = new ArrayList<String>();
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) values.add(h.value());
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
  }

  /** The host of the {@code Host} header, lower-cased, without its port. */
  public Optional<String> host() {
    return header("Host").map(h -> Authority.parse(h).host());
  }

  public boolean isHead() { return method.equals("HEAD"); }

  /** The body as the handler sees it: a GET's body is never read (backend.md 2.1). */
  public byte[] bodyForHandler() { return method.equals("GET") ? new byte[0] : body; }

  /** The {@code Host} header's parts; a missing or bracketed-IPv6 port stays absent. */
  record Authority(String host, Optional<Integer> port) {
    static Authority parse(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      int colon = v.lastIndexOf(':');
      if (colon > 0 && colon > v.lastIndexOf(']')) {
        String digits = v.substring(colon + 1);
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 5) {
          return new Authority(v.substring(0, colon), Optional.of(Integer.parseInt(digits)));
        }
        return new Authority(v.substring(0, colon), Optional.empty());
      }
      return new Authority(v, Optional.empty());
    }
  }
}
