package umbra.domain.canvas.text;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Printer;

/** Writes the live toplevels of a canvas in the canvas text format ({@link CanvasText}). */
final class CanvasTextPrinter {
  private CanvasTextPrinter() {}

  static String print(List<Toplevel> toplevels) {
    return toplevels.stream()
        .sorted(Comparator.comparing(SectionKey::of).thenComparingLong(Toplevel::tlid))
        .map(CanvasTextPrinter::section)
        .collect(Collectors.joining("\n"));
  }

  private static String section(Toplevel tl) {
    return switch (tl) {
      case Toplevel.Handler h -> header(h.spec()) + "\n" + code(h.ast());
      case Toplevel.UserFn f -> function(f) + "\n" + code(f.body());
      case Toplevel.Db db -> db(db) + "\n";
      case Toplevel.UserType t -> type(t) + "\n";
    };
  }

  static String header(HandlerSpec spec) {
    return switch (spec) {
      case HandlerSpec.Http h -> "[http-handler " + Quoting.token(h.method()) + " " + Quoting.token(h.route()) + "]";
      case HandlerSpec.HttpBasic h ->
          "[http-basic-handler " + Quoting.token(h.method()) + " " + Quoting.token(h.route()) + "]";
      case HandlerSpec.Worker w -> "[worker " + Quoting.token(w.name()) + "]";
      case HandlerSpec.OldWorker w -> "[old-worker " + Quoting.token(w.module()) + " " + Quoting.token(w.name()) + "]";
      case HandlerSpec.Cron c -> "[cron " + Quoting.token(c.name())
          + c.interval().map(CronInterval::text).map(i -> " " + i).orElse("") + "]";
      case HandlerSpec.Repl r -> "[repl " + Quoting.token(r.name()) + "]";
      case HandlerSpec.UnknownHandler u ->
          "[unknown-handler " + Quoting.token(u.name()) + " " + Quoting.token(u.modifier()) + "]";
    };
  }

  private static String function(Toplevel.UserFn f) {
    var out = new StringBuilder("[fn ").append(Quoting.token(f.name()));
    for (Toplevel.UserFn.Param p : f.params()) {
      out.append(' ').append(Quoting.name(p.name()));
      p.type().ifPresent(t -> out.append(':').append(TypeText.print(t)));
    }
    return out.append(" -> ").append(TypeText.print(f.returnType())).append(']').toString();
  }

  private static String db(Toplevel.Db db) {
    String cols = db.cols().stream()
        .map(c -> Quoting.quote(c.name().orElse("")) + ": "
            + Quoting.quote(c.type().map(t -> ColumnTypeText.print(t).orElseGet(() -> TypeText.print(t))).orElse("")))
        .collect(Collectors.joining(", "));
    return "[db " + Quoting.token(db.name()) + " {" + cols + "}]";
  }

  private static String type(Toplevel.UserType t) {
    var out = new StringBuilder("[type ").append(TypeText.userTypeName(t.name(), t.version()));
    for (Toplevel.UserType.Field f : t.fields()) {
      out.append(' ').append(Quoting.name(f.name()));
      f.type().ifPresent(type -> out.append(':').append(TypeText.print(type)));
    }
    return out.append(']').toString();
  }

  /**
   * The code laid out over lines ({@link Printer#format}). A line that starts like a section
   * header would end the section early; then every line gets a leading space, which keeps the
   * columns the layout relies on relative to each other.
   */
  private static String code(Expr e) {
    String text = Printer.format(e);
    boolean header = text.lines().anyMatch(CanvasTextReader::looksLikeHeader);
    return (header ? text.lines().map(line -> " " + line).collect(Collectors.joining("\n")) : text) + "\n";
  }
}
