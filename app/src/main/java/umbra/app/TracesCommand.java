package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.trace.TraceIds;
import umbra.dto.api.TraceDtos;

/** {@code umbra traces CANVAS [ROUTE]}: the newest traces of each handler (or of the one named), one line each. */
final class TracesCommand implements Command {
  private final Map<String, String> env;

  TracesCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "traces"; }

  @Override public String arguments() { return "CANVAS [ROUTE]"; }

  @Override public String summary() { return "list the newest traces of a canvas's handlers (status, time, trace id)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra traces CANVAS [ROUTE]");
      out.println("  ROUTE picks handlers by route or name: '/hello', 'GET /hello', 'sendMail'");
      return OK;
    }
    if (args.isEmpty() || args.size() > 3) {
      err.println("usage: umbra traces CANVAS [ROUTE]");
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("traces", env, err);
    if (client.isEmpty()) return USAGE;
    String canvasName = args.get(0);
    String route = String.join(" ", args.subList(1, args.size()));
    try {
      Canvas canvas = TraceViews.canvas(client.get(), canvasName);
      List<TraceDtos.TraceRef> refs = client.get().traces(canvasName).traces();
      int shown = 0;
      for (Toplevel tl : canvas.live()) {
        if (!(tl instanceof Toplevel.Handler h)) continue;
        String described = TraceViews.describe(h);
        if (!route.isEmpty() && !described.equals(route) && !described.endsWith(" " + route)) continue;
        shown++;
        out.println(described);
        int traces = 0;
        for (TraceDtos.TraceRef ref : refs) {
          if (ref.tlid() != h.tlid() || ref.traceId().equals(TraceIds.defaultFor(h.tlid()).toString())) continue;
          traces++;
          out.println("  " + summary(client.get().trace(canvasName, h.tlid(), ref.traceId())));
        }
        if (traces == 0) out.println("  (no traces yet)");
      }
      if (shown == 0) {
        err.println("umbra traces: no handler of " + canvasName + (route.isEmpty() ? "" : " matches '" + route + "'"));
        return FAILED;
      }
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra traces: " + e.getMessage());
      return FAILED;
    }
  }

  /** {@code 2026-12-03T15:31:02Z  200  1.2ms  <trace id>  error: ...}. */
  private static String summary(TraceDtos.TraceData t) {
    String outcome = t.outcome().map(o -> (o.status() == 0 ? "ran" : Integer.toString(o.status())) + "  "
        + TraceViews.duration(o.durationMicros()) + o.error().map(e -> "  error: " + TraceViews.oneLine(e, 120)).orElse(""))
        .orElse("-");
    return t.timestamp() + "  " + t.traceId() + "  " + outcome;
  }
}
