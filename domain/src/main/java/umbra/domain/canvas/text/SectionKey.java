package umbra.domain.canvas.text;

import java.util.Comparator;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;

/**
 * What identifies a toplevel across a push: its kind and its name or route. Two toplevels with
 * the same key are the same toplevel in two states, so a push edits it (keeping its tlid, history
 * and undo) instead of replacing it. A cron's interval and a type's fields are not part of the
 * key: changing them edits the toplevel.
 *
 * @param rank the kind's place in the printed file (DBs, types, functions, then handlers)
 */
record SectionKey(int rank, String first, String second) implements Comparable<SectionKey> {
  private static final Comparator<SectionKey> ORDER = Comparator.comparingInt(SectionKey::rank)
      .thenComparing(SectionKey::first).thenComparing(SectionKey::second);

  static SectionKey of(Toplevel tl) {
    return switch (tl) {
      case Toplevel.Db db -> new SectionKey(0, db.name(), "");
      case Toplevel.UserType t -> new SectionKey(1, t.name(), Integer.toString(t.version()));
      case Toplevel.UserFn f -> new SectionKey(2, f.name(), "");
      case Toplevel.Handler h -> of(h.spec());
    };
  }

  private static SectionKey of(HandlerSpec spec) {
    return switch (spec) {
      case HandlerSpec.Http h -> new SectionKey(3, h.route(), h.method());
      case HandlerSpec.HttpBasic h -> new SectionKey(4, h.route(), h.method());
      case HandlerSpec.Worker w -> new SectionKey(5, w.name(), "");
      case HandlerSpec.OldWorker w -> new SectionKey(6, w.module(), w.name());
      case HandlerSpec.Cron c -> new SectionKey(7, c.name(), "");
      case HandlerSpec.Repl r -> new SectionKey(8, r.name(), "");
      case HandlerSpec.UnknownHandler u -> new SectionKey(9, u.name(), u.modifier());
    };
  }

  @Override public int compareTo(SectionKey other) { return ORDER.compare(this, other); }
}
