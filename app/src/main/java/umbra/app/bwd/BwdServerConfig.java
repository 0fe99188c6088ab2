package umbra.app.bwd;

import java.time.Duration;

/**
 * The web-server limits of the canvas server (backend.md 1.1).
 *
 * @param headerTimeout a connection that sends no complete request headers for this long is closed
 * @param maxConnections concurrent connections beyond this wait to be accepted
 * @param shutdownGrace how long {@link BwdServer#stop} lets requests in flight finish
 */
public record BwdServerConfig(Duration headerTimeout, int maxConnections, Duration shutdownGrace) {
  public static final BwdServerConfig DEFAULTS = new BwdServerConfig(Duration.ofSeconds(10), 1000, Duration.ofSeconds(28));

  public BwdServerConfig {
    if (headerTimeout.isNegative() || headerTimeout.isZero()) throw new IllegalArgumentException("headerTimeout must be positive");
    if (maxConnections <= 0) throw new IllegalArgumentException("maxConnections must be positive");
  }

  public BwdServerConfig withHeaderTimeout(Duration d) { return new BwdServerConfig(d, maxConnections, shutdownGrace); }
}
