package umbra.domain.http;

import java.util.Map;
import java.util.Optional;

/**
 * The URL a handler sees as {@code request.url} (backend.md 1.2 step 6, 2.6, 2.10), built like
 * .NET's {@code UriBuilder}: a port equal to the scheme's default is not printed.
 *
 * @param port the explicit or implied port; empty once an {@code https} proxy dropped it
 */
public record RequestUrl(String scheme, String host, Optional<Integer> port, String path, String query) {
  private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "ftp", 21, "ws", 80,
      "wss", 443, "gopher", 70, "ldap", 389, "nntp", 119, "telnet", 23);

  /**
   * backend.md 1.2 step 6: the absolute URL as received; behind a proxy that says
   * {@code X-Forwarded-Proto: https} exactly, the scheme is {@code https} and the port is dropped.
   */
  public static RequestUrl of(IncomingRequest r) {
    var authority = IncomingRequest.Authority.parse(r.header("Host").orElse(""));
    String query = r.query().orElse("");
    if (r.header("X-Forwarded-Proto").filter("https"::equals).isPresent()) {
      return new RequestUrl("https", authority.host(), Optional.empty(), r.path(), query);
    }
    int implied = DEFAULT_PORTS.getOrDefault(r.scheme(), -1);
    Optional<Integer> port = authority.port().or(() -> implied < 0 ? Optional.empty() : Optional.of(implied));
    return new RequestUrl(r.scheme(), authority.host(), port, r.path(), query);
  }

  /** backend.md 2.6: the query re-encoded, and any {@code X-Forwarded-Proto} as the scheme (keeping the port). */
  public static RequestUrl legacy(IncomingRequest r) {
    RequestUrl u = of(r);
    String scheme = r.header("X-Forwarded-Proto").orElse(u.scheme());
    return new RequestUrl(scheme, u.host(), u.port(), u.path(), FormEncoding.encodeQuery(u.query()));
  }

  @Override public String toString() {
    var sb = new StringBuilder(scheme).append("://").append(host);
    port.filter(p -> !p.equals(DEFAULT_PORTS.get(scheme))).ifPresent(p -> sb.append(':').append(p));
    sb.append(path);
    if (!query.isEmpty()) sb.append('?').append(query);
    return sb.toString();
  }
}
