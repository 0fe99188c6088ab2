package umbra.handler.httpclient;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Limits and the destination guard of outgoing HTTP calls. By default destinations that resolve
 * to loopback, private, link-local or unspecified addresses are refused;
 * {@code UMBRA_HTTPCLIENT_ALLOW_LOCAL=true} lifts that (local development, tests).
 */
public record HttpClientConfig(boolean allowLocal, Duration connectTimeout, Duration totalTimeout, long maxResponseBytes,
    int maxRedirects, Function<InetAddress, Optional<String>> guard) {

  public static HttpClientConfig defaults() {
    return new HttpClientConfig(false, Duration.ofSeconds(10), Duration.ofSeconds(30), 16L << 20, 10,
        Destinations::refusal);
  }

  /** The same with another rule for which addresses are refused (tests). */
  public HttpClientConfig withGuard(Function<InetAddress, Optional<String>> rule) {
    return new HttpClientConfig(allowLocal, connectTimeout, totalTimeout, maxResponseBytes, maxRedirects, rule);
  }

  /** The defaults, with the guard lifted when {@code UMBRA_HTTPCLIENT_ALLOW_LOCAL} is {@code true}. */
  public static HttpClientConfig fromEnvironment(Map<String, String> env) {
    return defaults().withAllowLocal("true".equalsIgnoreCase(env.getOrDefault("UMBRA_HTTPCLIENT_ALLOW_LOCAL", "").strip()));
  }

  public HttpClientConfig withAllowLocal(boolean allow) {
    return new HttpClientConfig(allow, connectTimeout, totalTimeout, maxResponseBytes, maxRedirects, guard);
  }
}
