package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.Canvas;
import umbra.dto.api.ExecutionDtos;
import umbra.dto.api.TraceDtos;

/** {@code umbra replay CANVAS TRACE_ID}: runs the trace's handler on its current code with the trace's input, for real. */
final class ReplayCommand implements Command {
  private final Map<String, String> env;

  ReplayCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "replay"; }

  @Override public String arguments() { return "CANVAS TRACE_ID"; }

  @Override public String summary() { return "run a trace's handler again on the current code, for real (its effects happen)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra replay CANVAS TRACE_ID");
      out.println("  the handler's effects happen again (datastore writes, emits, outgoing HTTP); the trace keeps the new results");
      return OK;
    }
    if (args.size() != 2) {
      err.println("usage: umbra replay CANVAS TRACE_ID");
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("replay", env, err);
    if (client.isEmpty()) return USAGE;
    String canvasName = args.get(0);
    try {
      Canvas canvas = TraceViews.canvas(client.get(), canvasName);
      Optional<TraceViews.Located> found = TraceViews.locate(client.get(), canvasName, canvas, args.get(1));
      if (found.isEmpty()) {
        err.println("umbra replay: " + args.get(1) + " is not among the newest traces of " + canvasName + "'s handlers");
        return FAILED;
      }
      ExecutionDtos.Executed done = client.get().replay(canvasName, found.get().toplevel().tlid(), found.get().traceId());
      out.println("replayed " + TraceViews.describe(found.get().toplevel()) + " with trace " + done.traceId() + " in "
          + TraceViews.duration(done.outcome().durationMicros()));
      done.before().ifPresent(was -> out.println("was " + shown(was) + ", now " + shown(done.outcome())));
      done.response().ifPresentOrElse(r -> out.println(r.status() + "\n" + r.body()),
          () -> out.println(done.result().repr()));
      done.outcome().error().ifPresent(e -> out.println("error: " + e));
      return done.outcome().error().isPresent() ? FAILED : OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra replay: " + e.getMessage());
      return FAILED;
    }
  }

  /** {@code 500 (error: ...)}, {@code 200}, or {@code ok} for runs without a response. */
  private static String shown(TraceDtos.Outcome o) {
    String status = o.status() == 0 ? (o.error().isPresent() ? "failed" : "ok") : Integer.toString(o.status());
    return status + o.error().map(e -> " (" + TraceViews.oneLine(e, 80) + ")").orElse("");
  }
}
