package umbra.app;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import umbra.domain.canvas.Toplevel;

/**
 * Which toplevel a user's words name on the command line: its tlid, or what {@link
 * TraceViews#describe} prints ({@code GET /hello}, {@code worker job}, {@code fn greet}, {@code db
 * Links}, {@code type Person}; the first word in any case), or its name alone ({@code /hello}
 * when one method has that route, {@code job}, {@code Links}).
 */
final class ToplevelNames {
  private ToplevelNames() {}

  /** Words that name no toplevel, or several: one line for the terminal. */
  static final class Unresolved extends Exception {
    Unresolved(String message) { super(message, null, false, false); }
  }

  /** The words as a tlid, if they are one: digits, an unsigned 64-bit number. */
  static Optional<Long> tlid(String words) throws Unresolved {
    if (!words.strip().matches("[0-9]{1,20}")) return Optional.empty();
    try {
      return Optional.of(Long.parseUnsignedLong(words.strip()));
    } catch (NumberFormatException e) {
      throw new Unresolved("'" + words + "' is not a toplevel id");
    }
  }

  /**
   * The one toplevel among {@code candidates} the words name.
   *
   * @param what what the candidates are, for the messages: {@code live handler}, {@code toplevel}
   */
  static Toplevel find(List<? extends Toplevel> candidates, String words, String what, String canvas) throws Unresolved {
    List<Toplevel> found = matching(candidates, words);
    if (found.size() == 1) return found.get(0);
    if (found.isEmpty()) throw new Unresolved("canvas " + canvas + " has no " + what + " '" + words + "'");
    throw new Unresolved("'" + words + "' is more than one " + what + " of canvas " + canvas + ": "
        + String.join(", ", found.stream().map(ToplevelNames::withTlid).toList()) + "; give one of the tlids");
  }

  /** Those of the candidates the words name, by tlid. */
  static List<Toplevel> matching(List<? extends Toplevel> candidates, String words) {
    return candidates.stream().filter(tl -> names(tl, words.strip())).map(Toplevel.class::cast)
        .sorted(Comparator.comparingLong(Toplevel::tlid)).toList();
  }

  /** {@code GET /hello (tlid 123)}. */
  static String withTlid(Toplevel tl) {
    return TraceViews.describe(tl) + " (tlid " + Long.toUnsignedString(tl.tlid()) + ")";
  }

  private static boolean names(Toplevel tl, String words) {
    if (name(tl).equals(words)) return true;
    String[] described = TraceViews.describe(tl).split(" ", 2);
    String[] given = words.split("\\s+", 2);
    return given.length == 2 && described.length == 2 && described[0].equalsIgnoreCase(given[0])
        && described[1].equals(given[1]);
  }

  /** The name a user gives a toplevel: an HTTP handler's route, the name of anything else. */
  private static String name(Toplevel tl) {
    return switch (tl) {
      case Toplevel.Handler h -> h.spec().name();
      case Toplevel.Db d -> d.name();
      case Toplevel.UserFn f -> f.name();
      case Toplevel.UserType t -> t.name();
    };
  }
}
