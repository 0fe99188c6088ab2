package umbra.domain.http;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import umbra.domain.account.CanvasName;

/**
 * Which canvas a {@code Host} names (backend.md 1.3), generalised to configurable base domains:
 * {@code <canvas>.<base>} names a canvas directly; anything else may be a custom domain.
 */
public sealed interface CanvasHost {
  /** The host names this canvas; it must still exist. */
  record Named(String canvasName) implements CanvasHost {}

  /** Look the host up in the custom domains. */
  record Custom(String host) implements CanvasHost {}

  /** The host looks like a canvas but the name is not a valid one: 404 without a lookup. */
  record Invalid() implements CanvasHost {}

  /**
   * {@code alice-app.localhost} with base domain {@code localhost} names {@code alice-app};
   * exactly one label before the base domain (the longest base that fits wins); a bare
   * multi-label base ({@code builtwithdark.localhost}) names the canvas of its first label, as
   * Dark's {@code builtwithdark.com} did.
   */
  static CanvasHost of(String host, List<String> baseDomains) {
    String h = host.toLowerCase(Locale.ROOT);
    List<String> bases = baseDomains.stream().map(b -> b.toLowerCase(Locale.ROOT))
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String base : bases) {
      if (h.equals(base) && base.contains(".")) return named(base.substring(0, base.indexOf('.')));
      if (h.endsWith("." + base)) {
        String label = h.substring(0, h.length() - base.length() - 1);
        if (label.contains(".")) continue;
        return named(label);
      }
    }
    return new Custom(h);
  }

  /**
   * Whether a host cannot name a canvas at all: absent, a base domain itself ({@code localhost}),
   * or an IP address. A request to it is told how canvases are addressed.
   */
  static boolean namesNoCanvas(Optional<String> host, List<String> baseDomains) {
    if (host.isEmpty() || host.get().isEmpty()) return true;
    String h = host.get().toLowerCase(Locale.ROOT);
    return baseDomains.stream().anyMatch(b -> b.equalsIgnoreCase(h)) || h.contains(":") || h.startsWith("[")
        || h.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
  }

  private static CanvasHost named(String name) {
    return CanvasName.isValid(name) ? new Named(name) : new Invalid();
  }
}
