package umbra.domain.canvas.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.routing.Router;
import umbra.domain.stdlib.Registry;

/**
 * Warnings about a canvas that runs but will fail (issue 12, "push tells you what is wrong before
 * your users do"): calls of functions that do not exist, variables nothing binds, datastores and
 * workers used but not declared, and two HTTP handlers on one method and route (every request to
 * it then answers 500). Nothing is refused: a warning may be about code still being written.
 */
public final class Lint {
  private Lint() {}

  /**
   * @param builtins the functions code may call besides the canvas's own
   * @param secrets the names of the canvas's secrets (variables every toplevel sees)
   * @return warnings ordered by toplevel id, then as the code reads
   */
  public static List<Warning> of(Canvas canvas, Registry builtins, Collection<String> secrets) {
    var code = new CodeCheck(canvas, builtins, secrets);
    var warnings = new ArrayList<Warning>();
    List<Toplevel> live = canvas.live().stream().sorted(Comparator.comparingLong(Toplevel::tlid)).toList();
    for (Toplevel tl : live) {
      switch (tl) {
        case Toplevel.Handler h -> warnings.addAll(code.handler(h));
        case Toplevel.UserFn f -> warnings.addAll(code.function(f));
        case Toplevel.Db d -> { }
        case Toplevel.UserType t -> { }
      }
    }
    warnings.addAll(sharedRoutes(canvas));
    warnings.sort(Comparator.comparingLong(Warning::tlid));
    return warnings;
  }

  /**
   * HTTP handlers whose routes match the same paths with the same specificity: the router cannot
   * choose, so every such request answers 500 (backend.md 1.4).
   */
  static List<Warning> sharedRoutes(Canvas canvas) {
    Map<String, List<Toplevel.Handler>> byRoute = new LinkedHashMap<>();
    canvas.handlers().live().values().stream().sorted(Comparator.comparingLong(Toplevel::tlid))
        .filter(h -> h.spec() instanceof HandlerSpec.Http || h.spec() instanceof HandlerSpec.HttpBasic)
        .filter(h -> h.spec().isComplete())
        .forEach(h -> byRoute.computeIfAbsent(h.spec().modifier() + " " + routeShape(h.spec().name()),
            k -> new ArrayList<>()).add(h));
    var warnings = new ArrayList<Warning>();
    for (List<Toplevel.Handler> same : byRoute.values()) {
      if (same.size() < 2) continue;
      for (Toplevel.Handler h : same) {
        Set<String> others = new HashSet<>();
        same.stream().filter(o -> o != h).forEach(o -> others.add(o.spec().modifier() + " " + o.spec().name()));
        warnings.add(new Warning(h.tlid(), h.spec().ids().nameId(), "another handler also serves "
            + String.join(", ", others.stream().sorted().toList())
            + ": every request to " + h.spec().modifier() + " " + h.spec().name() + " will answer 500 until one goes"));
      }
    }
    return warnings;
  }

  /** The paths a route matches: sanitized, every variable segment alike ({@code /u/:id} and {@code /u/:name} clash). */
  private static String routeShape(String route) {
    var shape = new StringBuilder();
    for (String segment : Router.sanitize(route).split("/")) {
      if (segment.isEmpty()) continue;
      shape.append('/').append(segment.startsWith(":") ? ":" : segment);
    }
    return shape.isEmpty() ? "/" : shape.toString();
  }
}
