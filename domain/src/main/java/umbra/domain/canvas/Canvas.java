package umbra.domain.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The toplevels of a canvas that have been loaded or rebuilt (often only part of the canvas:
 * backend.md 4.5 loads what a request needs). Immutable.
 */
public record Canvas(Section<Toplevel.Handler> handlers, Section<Toplevel.Db> dbs,
    Section<Toplevel.UserFn> functions, Section<Toplevel.UserType> types) {

  /** A toplevel and whether it sits in the deleted set. */
  public record Found(Toplevel toplevel, boolean deleted) {}

  public static Canvas empty() {
    return new Canvas(Section.empty(), Section.empty(), Section.empty(), Section.empty());
  }

  public Canvas withHandlers(Section<Toplevel.Handler> s) { return new Canvas(s, dbs, functions, types); }

  public Canvas withDbs(Section<Toplevel.Db> s) { return new Canvas(handlers, s, functions, types); }

  public Canvas withFunctions(Section<Toplevel.UserFn> s) { return new Canvas(handlers, dbs, s, types); }

  public Canvas withTypes(Section<Toplevel.UserType> s) { return new Canvas(handlers, dbs, functions, s); }

  /** Adds a toplevel read from its cache (backend.md 4.5). */
  public Canvas withLoaded(Toplevel tl, boolean deleted) {
    return switch (tl) {
      case Toplevel.Handler h -> withHandlers(handlers.withLoaded(h, deleted));
      case Toplevel.Db d -> withDbs(dbs.withLoaded(d, deleted));
      case Toplevel.UserFn f -> withFunctions(functions.withLoaded(f, deleted));
      case Toplevel.UserType t -> withTypes(types.withLoaded(t, deleted));
    };
  }

  /** Looks in the order Dark does: handler, deleted handler, DB, deleted DB, function, ..., type. */
  public Optional<Found> find(long tlid) {
    for (Section<?> s : List.of(handlers, dbs, functions, types)) {
      if (s.live().containsKey(tlid)) return Optional.of(new Found(s.live().get(tlid), false));
      if (s.deleted().containsKey(tlid)) return Optional.of(new Found(s.deleted().get(tlid), true));
    }
    return Optional.empty();
  }

  public List<Toplevel> live() {
    return Stream.of(handlers, dbs, functions, types).flatMap(s -> s.live().values().stream())
        .map(Toplevel.class::cast).toList();
  }

  public List<Toplevel> deleted() {
    return Stream.of(handlers, dbs, functions, types).flatMap(s -> s.deleted().values().stream())
        .map(Toplevel.class::cast).toList();
  }

  /**
   * backend.md 4.2: two live DBs may not share a name. The duplicated names are listed in
   * ordinal order, comma-separated, as Dark's sorted map yields them.
   */
  public Checked<Canvas> verify() {
    var counts = new TreeMap<String, Integer>();
    for (Toplevel.Db db : dbs.live().values()) counts.merge(db.name(), 1, Integer::sum);
    List<String> dupes = new ArrayList<>();
    counts.forEach((name, n) -> { if (n > 1) dupes.add(name); });
    if (dupes.isEmpty()) return Checked.ok(this);
    return Checked.rejected("Duplicate DB names: " + dupes.stream().collect(Collectors.joining(",")));
  }
}
