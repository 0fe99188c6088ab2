package umbra.domain.http;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A canvas's CORS setting and the {@code Access-Control-Allow-Origin} it yields (backend.md 1.7). */
public sealed interface Cors {
  /** No setting: the local development origins are echoed, everything else gets {@code *}. */
  record None() implements Cors {}

  record AllOrigins() implements Cors {}

  record Origins(List<String> allowed) implements Cors {
    public Origins { allowed = List.copyOf(allowed); }
  }

  List<String> LOCAL_ORIGINS = List.of("http://localhost:3000", "http://localhost:5000", "http://localhost:8000");

  /** The header value, or empty when the header must not be set. */
  default Optional<String> allowOrigin(String origin) {
    return switch (this) {
      case None n -> Optional.of(origin != null && LOCAL_ORIGINS.contains(origin) ? origin : "*");
      case AllOrigins a -> Optional.of("*");
      case Origins o -> origin == null ? Optional.empty() : Optional.of(o.allowed().contains(origin) ? origin : "null");
    };
  }

  /**
   * An origin as a browser sends it in {@code Origin}: {@code scheme://host[:port]}, lowercase,
   * no path. The comparison is by whole string (see {@link #allowOrigin}), so anything else
   * would never match; a comma would also break the stored comma-separated list.
   */
  Pattern ORIGIN = Pattern.compile("[a-z][a-z0-9+.-]*://([a-z0-9-]+(\\.[a-z0-9-]+)*|\\[[0-9a-f:.]+])(:[0-9]{1,5})?");

  /** Empty when {@code origin} may be in an origin list, else why not. */
  static Optional<String> rejectOrigin(String origin) {
    if (origin.equals("*")) return Optional.of("'*' allows every origin on its own; it cannot be part of a list");
    if (!ORIGIN.matcher(origin).matches()) {
      return Optional.of("'" + origin + "' is not an origin: write it as browsers send it, scheme://host[:port] "
          + "in lowercase without a path, like https://example.com or http://localhost:3000");
    }
    return Optional.empty();
  }

  /** The test files' notation: {@code *} for all origins, otherwise a comma-separated list; empty means none. */
  static Cors parse(String setting) {
    if (setting == null || setting.isBlank()) return new None();
    if (setting.trim().equals("*")) return new AllOrigins();
    return new Origins(List.of(setting.trim().split("\\s*,\\s*")));
  }
}
