package umbra.app;

import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Printer;
import umbra.dto.api.CanvasDto;
import umbra.dto.api.TraceDtos;
import umbra.handler.api.ToplevelWire;

/** How the trace commands ({@code tail}, {@code traces}, {@code trace}, {@code replay}) find and print traces. */
final class TraceViews {
  private TraceViews() {}

  /** A trace of a live toplevel of the canvas. */
  record Located(Toplevel toplevel, String traceId) {}

  /** The canvas as it is now, in domain terms. */
  static Canvas canvas(ApiClient client, String canvasName) throws ApiClient.Failure {
    CanvasDto dto = client.canvas(canvasName);
    return ToplevelWire.canvas(dto.toplevels(), dto.deletedToplevels());
  }

  /** Which live toplevel has this trace among its newest; empty for a 404's trace or one gone. */
  static Optional<Located> locate(ApiClient client, String canvasName, Canvas canvas, String traceId)
      throws ApiClient.Failure {
    for (TraceDtos.TraceRef ref : client.traces(canvasName).traces()) {
      if (!ref.traceId().equalsIgnoreCase(traceId)) continue;
      Optional<Toplevel> tl = canvas.live().stream().filter(t -> t.tlid() == ref.tlid()).findFirst();
      if (tl.isPresent()) return Optional.of(new Located(tl.get(), ref.traceId()));
    }
    return Optional.empty();
  }

  /**
   * {@code GET /hello}, {@code worker sendMail}, {@code cron nightly}, {@code repl scratch},
   * {@code fn greet}, {@code db Links}, {@code type Person}.
   */
  static String describe(Toplevel tl) {
    return switch (tl) {
      case Toplevel.Handler h -> switch (h.spec()) {
        case HandlerSpec.Http http -> http.method() + " " + http.route();
        case HandlerSpec.HttpBasic basic -> basic.method() + " " + basic.route();
        case HandlerSpec.Worker w -> "worker " + w.name();
        case HandlerSpec.OldWorker w -> w.module().toLowerCase() + " " + w.name();
        case HandlerSpec.Cron c -> "cron " + c.name();
        case HandlerSpec.Repl r -> "repl " + r.name();
        case HandlerSpec.UnknownHandler u -> "handler " + u.name();
      };
      case Toplevel.UserFn f -> "fn " + f.name();
      case Toplevel.Db d -> "db " + d.name();
      case Toplevel.UserType t -> "type " + t.name();
    };
  }

  /** {@code 1.2ms}, {@code 340ms}, {@code 2.5s}. */
  static String duration(long micros) {
    if (micros < 10_000) return String.format("%.1fms", micros / 1000.0);
    if (micros < 10_000_000) return (micros / 1000) + "ms";
    return String.format("%.1fs", micros / 1_000_000.0);
  }

  /** The code of expression {@code id} in the toplevel, as the canvas text writes it. */
  static Optional<String> codeAt(Toplevel tl, long id) {
    Expr body = switch (tl) {
      case Toplevel.Handler h -> h.ast();
      case Toplevel.UserFn f -> f.body();
      default -> null;
    };
    return body == null ? Optional.empty() : find(body, id).map(Printer::print);
  }

  private static Optional<Expr> find(Expr e, long id) {
    if (e.id() == id) return Optional.of(e);
    for (Expr child : Children.of(e)) {
      Optional<Expr> found = find(child, id);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /** Error text on one line, cut to a terminal's width. */
  static String oneLine(String text, int max) {
    String line = text.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

}
