package umbra.app;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;

/** What push and pull share: the API address ({@code UMBRA_API}) and token ({@code UMBRA_TOKEN}). */
final class ApiCommands {
  static final String DEFAULT_API = "http://localhost:9000";

  private ApiCommands() {}

  /** The client, or empty after printing what is missing. */
  static Optional<ApiClient> client(String command, Map<String, String> env, PrintStream err) {
    String token = env.getOrDefault("UMBRA_TOKEN", "").strip();
    if (token.isEmpty()) {
      err.println("umbra " + command + ": set UMBRA_TOKEN to your API token ('umbra account create NAME' prints one)");
      return Optional.empty();
    }
    String api = env.getOrDefault("UMBRA_API", DEFAULT_API).strip();
    URI uri;
    try {
      uri = URI.create(api);
      if (uri.getScheme() == null || uri.getHost() == null) throw new IllegalArgumentException();
    } catch (IllegalArgumentException e) {
      err.println("umbra " + command + ": UMBRA_API must be an address like " + DEFAULT_API + ", not '" + api + "'");
      return Optional.empty();
    }
    return Optional.of(new ApiClient(uri, token));
  }
}
