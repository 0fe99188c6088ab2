package umbra.domain.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Which HTTP handler serves a path (backend.md 1.4). */
public final class Router {
  private Router() {}

  /** A handler that binds the path, with the route variables it binds (in route order). */
  public record Match<H>(H handler, String route, Map<String, String> variables) {}

  /** Collapses runs of {@code /}, drops a trailing {@code /}; the empty path is {@code /}. */
  public static String sanitize(String path) {
    var collapsed = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c != '/' || collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != '/') collapsed.append(c);
    }
    if (collapsed.length() > 1 && collapsed.charAt(collapsed.length() - 1) == '/') collapsed.setLength(collapsed.length() - 1);
    return collapsed.isEmpty() ? "/" : collapsed.toString();
  }

  /** The SQL LIKE pattern stored for a route: {@code /hello/:name} becomes {@code /hello/%}. */
  public static String likePattern(String route) {
    var parts = new ArrayList<String>();
    for (String s : segments(route.replace("%", "\\%").replace("_", "\\_"))) parts.add(s.startsWith(":") ? "%" : s);
    return "/" + String.join("/", parts);
  }

  /**
   * Binds a route to a path. A route shorter than the path binds the rest of the path to its
   * last segment when that is a variable ({@code /a/:b} on {@code /a/b/c} binds {@code b = "b/c"}).
   */
  public static Optional<Map<String, String>> bind(String route, String path) {
    List<String> r = segments(route);
    List<String> p = segments(path);
    if (r.size() > p.size()) return Optional.empty();
    if (r.size() < p.size()) {
      if (r.isEmpty() || !isVariable(r.get(r.size() - 1))) return Optional.empty();
      var joined = new ArrayList<>(p.subList(0, r.size() - 1));
      joined.add(String.join("/", p.subList(r.size() - 1, p.size())));
      p = joined;
    }
    var vars = new LinkedHashMap<String, String>();
    for (int i = 0; i < r.size(); i++) {
      String seg = r.get(i);
      if (seg.startsWith(":")) {
        vars.put(seg.substring(1), p.get(i));
      } else if (!seg.equals("%") && !seg.equals(p.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(vars);
  }

  /**
   * The handlers that bind {@code path}, keeping only the most specific route and every route of
   * equal specificity (more than one means a clash).
   */
  public static <H> List<Match<H>> mostSpecific(List<H> handlers, Function<H, String> routeOf, String path) {
    var matches = new ArrayList<Match<H>>();
    for (H h : handlers) {
      String route = routeOf.apply(h);
      bind(route, path).ifPresent(vars -> matches.add(new Match<>(h, route, vars)));
    }
    if (matches.isEmpty()) return matches;
    Match<H> best = matches.get(0);
    for (Match<H> m : matches) {
      if (compareSpecificity(m.route(), best.route()) > 0) best = m;
    }
    String bestRoute = best.route();
    return matches.stream().filter(m -> compareSpecificity(m.route(), bestRoute) == 0).toList();
  }

  /** Positive when {@code a} is more specific: literal beats variable from the left, then longer wins. */
  static int compareSpecificity(String a, String b) {
    List<String> x = segments(a);
    List<String> y = segments(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      boolean xv = isVariable(x.get(i));
      boolean yv = isVariable(y.get(i));
      if (xv != yv) return xv ? -1 : 1;
    }
    return Integer.compare(x.size(), y.size());
  }

  private static boolean isVariable(String segment) { return segment.startsWith(":") || segment.equals("%"); }

  private static List<String> segments(String s) {
    var segments = new ArrayList<String>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '/') {
        if (i > start) segments.add(s.substring(start, i));
        start = i + 1;
      }
    }
    return segments;
  }
}
