package umbra.app.web;

import java.time.Duration;
import java.util.Map;
import umbra.handler.http.EnvironmentNumber;

/**
 * What one client may hold of a server, the same on the canvas server and the editor API, so that
 * slow or numerous connections from one address cannot make the servers unreachable for others.
 *
 * @param headersTotal the most a request's headers may take from their first byte to their end, however
 *     steadily they trickle in (Kestrel's RequestHeadersTimeout, nginx's client_header_timeout)
 * @param minBodyRate bytes a second a request body must average once {@code bodyRateGrace} has passed since
 *     the server began reading it; 0 for no minimum (Kestrel's MinRequestBodyDataRate)
 * @param bodyRateGrace how long a body may arrive slower than {@code minBodyRate} at first
 * @param connectionsPerAddress connections open at once from one client address; one more is closed as soon as
 *     it is accepted; 0 for no cap
 */
public record ClientLimits(Duration headersTotal, long minBodyRate, Duration bodyRateGrace, int connectionsPerAddress) {
  /** Seconds; overrides {@link #headersTotal}. */
  public static final String HEADERS_TOTAL_VARIABLE = "UMBRA_HTTP_HEADERS_TIMEOUT";
  /** Bytes a second; overrides {@link #minBodyRate}. */
  public static final String MIN_BODY_RATE_VARIABLE = "UMBRA_HTTP_MIN_BODY_RATE";
  /** Overrides {@link #connectionsPerAddress}. */
  public static final String PER_ADDRESS_VARIABLE = "UMBRA_HTTP_CONNECTIONS_PER_ADDRESS";

  /**
   * Kestrel's body rate (240 bytes a second after 5 s), which Dark's servers had. 256 connections from one
   * address leave most of the canvas server's 1000 to everyone else, and are far more than a browser (6 per
   * host) or the benchmarks (50) open.
   */
  public static final ClientLimits DEFAULTS = new ClientLimits(Duration.ofSeconds(30), 240, Duration.ofSeconds(5), 256);

  public ClientLimits {
    if (headersTotal.isNegative() || headersTotal.isZero()) throw new IllegalArgumentException("headersTotal must be positive");
    if (minBodyRate < 0) throw new IllegalArgumentException("minBodyRate must not be negative");
    if (bodyRateGrace.isNegative()) throw new IllegalArgumentException("bodyRateGrace must not be negative");
    if (connectionsPerAddress < 0) throw new IllegalArgumentException("connectionsPerAddress must not be negative");
  }

  /** The defaults, with {@value #HEADERS_TOTAL_VARIABLE}, {@value #MIN_BODY_RATE_VARIABLE} and {@value #PER_ADDRESS_VARIABLE} if set. */
  public static ClientLimits fromEnvironment(Map<String, String> env) {
    long seconds = EnvironmentNumber.read(env, HEADERS_TOTAL_VARIABLE, DEFAULTS.headersTotal().toSeconds(), 1,
        "a positive number of seconds");
    long rate = EnvironmentNumber.read(env, MIN_BODY_RATE_VARIABLE, DEFAULTS.minBodyRate(), 0,
        "a number of bytes a second (0 for no minimum)");
    long perAddress = EnvironmentNumber.read(env, PER_ADDRESS_VARIABLE, DEFAULTS.connectionsPerAddress(), 0,
        "a number of connections (0 for no cap)");
    return new ClientLimits(Duration.ofSeconds(seconds), rate, DEFAULTS.bodyRateGrace(), (int) perAddress);
  }

  public ClientLimits withHeadersTotal(Duration d) { return new ClientLimits(d, minBodyRate, bodyRateGrace, connectionsPerAddress); }

  public ClientLimits withMinBodyRate(long bytesPerSecond, Duration grace) {
    return new ClientLimits(headersTotal, bytesPerSecond, grace, connectionsPerAddress);
  }

  public ClientLimits withConnectionsPerAddress(int n) { return new ClientLimits(headersTotal, minBodyRate, bodyRateGrace, n); }
}
