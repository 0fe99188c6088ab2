package umbra.domain.canvas;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code module}, {@code name} and {@code modifier} columns stored beside a toplevel's history
 * so handlers can be found by SQL (backend.md 4.4). Empty means SQL NULL.
 */
public record RoutingColumns(Optional<String> module, Optional<String> name, Optional<String> modifier) {
  public static final RoutingColumns NONE = new RoutingColumns(Optional.empty(), Optional.empty(), Optional.empty());

  /** Only live handlers are routable; deleted ones and non-handlers store NULLs. */
  public static RoutingColumns of(Toplevel tl, boolean deleted) {
    if (deleted || !(tl instanceof Toplevel.Handler h)) return NONE;
    HandlerSpec spec = h.spec();
    String name = switch (spec) {
      case HandlerSpec.Http http -> likePattern(http.route());
      case HandlerSpec.HttpBasic basic -> likePattern(basic.route());
      default -> spec.name();
    };
    return new RoutingColumns(nonEmpty(spec.module()), nonEmpty(name), nonEmpty(spec.modifier()));
  }

  /**
   * backend.md 1.4: escape LIKE's wildcards, drop empty segments, turn {@code :var} segments into
   * {@code %}; so {@code /hello/:name} becomes {@code /hello/%} and {@code ""} becomes {@code /}.
   */
  public static String likePattern(String route) {
    String escaped = route.replace("%", "\\%").replace("_", "\\_");
    return "/" + Arrays.stream(escaped.split("/"))
        .filter(s -> !s.isEmpty())
        .map(s -> s.startsWith(":") ? "%" : s)
        .collect(Collectors.joining("/"));
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
