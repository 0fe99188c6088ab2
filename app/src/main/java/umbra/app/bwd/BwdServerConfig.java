package umbra.app.bwd;

import java.time.Duration;
import java.util.Map;

/**
 * The web-server limits of the canvas server (backend.md 1.1).
 *
 * @param headerTimeout a connection that sends nothing for this long while its request headers are due is closed
 * @param maxConnections concurrent connections beyond this wait to be accepted
 * @param shutdownGrace how long {@link BwdServer#stop} lets requests in flight finish
 * @param headersTotal the most a request's headers may take from their first byte to their end, however
 *     steadily they trickle in (Kestrel's RequestHeadersTimeout, nginx's client_header_timeout)
 */
public record BwdServerConfig(Duration headerTimeout, int maxConnections, Duration shutdownGrace, Duration headersTotal) {
  public static final BwdServerConfig DEFAULTS = new BwdServerConfig(Duration.ofSeconds(10), 1000, Duration.ofSeconds(28),
      Duration.ofSeconds(30));
  /** Seconds; overrides {@link #headersTotal}. */
  public static final String HEADERS_TOTAL_VARIABLE = "UMBRA_HTTP_HEADERS_TIMEOUT";

  public BwdServerConfig {
    if (headerTimeout.isNegative() || headerTimeout.isZero()) throw new IllegalArgumentException("headerTimeout must be positive");
    if (maxConnections <= 0) throw new IllegalArgumentException("maxConnections must be positive");
    if (headersTotal.isNegative() || headersTotal.isZero()) throw new IllegalArgumentException("headersTotal must be positive");
  }

  /** The defaults, with {@value #HEADERS_TOTAL_VARIABLE} (whole seconds) if set. */
  public static BwdServerConfig fromEnvironment(Map<String, String> env) {
    String seconds = env.get(HEADERS_TOTAL_VARIABLE);
    if (seconds == null) return DEFAULTS;
    try {
      long s = Long.parseLong(seconds.strip());
      if (s <= 0) throw new NumberFormatException();
      return DEFAULTS.withHeadersTotal(Duration.ofSeconds(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(HEADERS_TOTAL_VARIABLE + " must be a positive number of seconds, not '" + seconds + "'");
    }
  }

  public BwdServerConfig withHeaderTimeout(Duration d) { return new BwdServerConfig(d, maxConnections, shutdownGrace, headersTotal); }

  public BwdServerConfig withHeadersTotal(Duration d) { return new BwdServerConfig(headerTimeout, maxConnections, shutdownGrace, d); }
}
