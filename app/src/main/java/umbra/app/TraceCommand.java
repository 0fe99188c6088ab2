package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.Canvas;
import umbra.dto.api.TraceDtos;

/**
 * {@code umbra trace CANVAS TRACE_ID}: one trace in full: its input, how it ended (with the code
 * where an error arose), its timings and the results of its impure calls.
 */
final class TraceCommand implements Command {
  private final Map<String, String> env;

  TraceCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "trace"; }

  @Override public String arguments() { return "CANVAS TRACE_ID"; }

  @Override public String summary() { return "show one trace: input, result, where an error arose, timings, impure results"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra trace CANVAS TRACE_ID   (trace ids: 'umbra traces CANVAS' or 'umbra tail CANVAS')");
      return OK;
    }
    if (args.size() != 2) {
      err.println("usage: umbra trace CANVAS TRACE_ID");
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("trace", env, err);
    if (client.isEmpty()) return USAGE;
    String canvasName = args.get(0);
    try {
      Canvas canvas = TraceViews.canvas(client.get(), canvasName);
      Optional<TraceViews.Located> found = TraceViews.locate(client.get(), canvasName, canvas, args.get(1));
      if (found.isEmpty()) {
        err.println("umbra trace: " + args.get(1) + " is not among the newest traces of " + canvasName
            + "'s handlers (a request no handler took is listed by 'umbra 404s " + canvasName + "')");
        return FAILED;
      }
      TraceViews.Located at = found.get();
      TraceDtos.TraceData t = client.get().trace(canvasName, at.toplevel().tlid(), at.traceId());
      out.println(TraceViews.describe(at.toplevel()) + "  trace " + t.traceId() + "  at " + t.timestamp());
      out.println("input");
      for (TraceDtos.Input in : t.input()) out.println("  " + in.name() + " = " + indent(in.value().repr()));
      t.outcome().ifPresentOrElse(o -> {
        out.println("result");
        if (o.status() != 0) out.println("  status " + o.status());
        out.println("  took " + TraceViews.duration(o.durationMicros()));
        o.error().ifPresent(e -> out.println("  error: " + indent(e)));
        o.errorExprId().ifPresent(id -> out.println("  arose at expression " + Long.toUnsignedString(id)
            + TraceViews.codeAt(at.toplevel(), id).map(code -> ": " + TraceViews.oneLine(code, 160)).orElse("")));
      }, () -> out.println("result\n  (not recorded: an older trace)"));
      if (!t.functionResults().isEmpty()) out.println("impure calls");
      for (TraceDtos.FunctionResult r : t.functionResults()) {
        out.println("  " + r.fnName() + " at expression " + Long.toUnsignedString(r.callId()) + "  "
            + TraceViews.duration(r.durationMicros()) + "  = " + TraceViews.oneLine(r.value().repr(), 160));
      }
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra trace: " + e.getMessage());
      return FAILED;
    }
  }

  private static String indent(String text) { return text.replace("\n", "\n    "); }
}
