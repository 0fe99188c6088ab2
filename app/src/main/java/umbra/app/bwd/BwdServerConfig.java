package umbra.app.bwd;

import java.time.Duration;
import umbra.app.web.ClientLimits;

/**
 * The web-server limits of the canvas server (backend.md 1.1).
 *
 * @param headerTimeout a connection that sends nothing for this long while its request headers are due is closed
 * @param maxConnections concurrent connections beyond this wait to be accepted
 * @param shutdownGrace how long {@link BwdServer#stop} lets requests in flight finish
 * @param clients what one client may hold: the headers' total time, the body's minimum rate, connections per address
 */
public record BwdServerConfig(Duration headerTimeout, int maxConnections, Duration shutdownGrace, ClientLimits clients) {
  public static final BwdServerConfig DEFAULTS = new BwdServerConfig(Duration.ofSeconds(10), 1000, Duration.ofSeconds(28),
      ClientLimits.DEFAULTS);

  public BwdServerConfig {
    if (headerTimeout.isNegative() || headerTimeout.isZero()) throw new IllegalArgumentException("headerTimeout must be positive");
    if (maxConnections <= 0) throw new IllegalArgumentException("maxConnections must be positive");
  }

  public BwdServerConfig withHeaderTimeout(Duration d) { return new BwdServerConfig(d, maxConnections, shutdownGrace, clients); }

  public BwdServerConfig withClients(ClientLimits c) { return new BwdServerConfig(headerTimeout, maxConnections, shutdownGrace, c); }
}
