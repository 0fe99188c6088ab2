package umbra.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.lint.Lint;
import umbra.domain.canvas.lint.Warning;
import umbra.domain.canvas.text.CanvasFile;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.canvas.text.PushPlan;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.SourcePosition;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.CanvasDto;
import umbra.dto.api.CheckDtos;
import umbra.handler.api.FreshIds;
import umbra.handler.api.OpWire;
import umbra.handler.api.ToplevelWire;

/**
 * {@code umbra push CANVAS FILE}: sends the ops that bring the canvas to the file's state (see
 * {@link PushPlan}), in one request, so the server applies all or nothing. Before that it warns,
 * without refusing, about what will go wrong when the code runs ({@link Lint}), each warning at
 * its file, line and column: {@code links.dark:7:9: warning: there is no function ...}.
 */
final class PushCommand implements Command {
  private final Map<String, String> env;
  private final FreshIds freshIds = new FreshIds();

  PushCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "push"; }

  @Override public String arguments() { return "[--check] CANVAS FILE"; }

  @Override public String summary() { return "make a canvas match a canvas text file (to UMBRA_API with UMBRA_TOKEN)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra push [--check] CANVAS FILE");
      out.println("  --check  change nothing: replay the newest traces of each handler the push changes on the new code,");
      out.println("           impure calls answered from the traces, and say whether each response stays the same");
      out.println("           (exit 0), differs or cannot be decided (exit 1)");
      return OK;
    }
    boolean check = !args.isEmpty() && args.get(0).equals("--check");
    if (check) args = args.subList(1, args.size());
    if (args.size() != 2) {
      err.println("usage: umbra push [--check] CANVAS FILE");
      return USAGE;
    }
    String canvasName = args.get(0);
    Path file = Path.of(args.get(1));
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      err.println("umbra push: " + file + " is not UTF-8 text");
      return FAILED;
    } catch (IOException e) {
      err.println("umbra push: cannot read " + file + (Files.exists(file) ? ": " + e.getMessage() : ": no such file"));
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("push", env, err);
    if (client.isEmpty()) return USAGE;
    try {
      CanvasDto current = client.get().canvas(canvasName);
      Canvas canvas = ToplevelWire.canvas(current.toplevels(), current.deletedToplevels());
      CanvasFile read;
      switch (CanvasText.read(text, freshIds.firstFor(canvas))) {
        case Parsed.Ok<CanvasFile> ok -> read = ok.value();
        case Parsed.Failed<CanvasFile> failed -> {
          err.println("umbra push: " + file + ":" + failed.error().line() + ":" + failed.error().column() + ": "
              + failed.error().message());
          return FAILED;
        }
      }
      Canvas wanted = read.canvas();
      warn(file, read, current.secrets(), err);
      PushPlan.Plan plan = PushPlan.plan(canvas, wanted);
      if (check) return check(client.get(), canvasName, plan, canvas, out);
      if (plan.ops().isEmpty()) {
        out.println("canvas " + canvasName + " already matches " + file);
        return OK;
      }
      client.get().addOps(canvasName, new AddOpsRequest(plan.ops().stream().map(OpWire::dto).toList(),
          Optional.empty(), Optional.empty(), Optional.of(current.version())));
      out.println("pushed " + file + " to canvas " + canvasName + ": " + plan.created() + " created, " + plan.changed()
          + " changed, " + plan.deleted() + " deleted (" + plan.ops().size() + " ops)");
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra push: " + e.getMessage());
      return FAILED;
    }
  }

  /**
   * The warnings about the canvas the file describes, in file order. The canvas after the push is
   * the file's (with the server's secrets), so the server would find the same ones; checking the
   * parsed file gives each its place in the file.
   */
  private static void warn(Path file, CanvasFile read, List<String> secrets, PrintStream err) {
    Comparator<SourcePosition> inFile = Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);
    record Placed(SourcePosition at, Warning warning) {}
    Lint.of(read.canvas(), StdLib.registry(), secrets).stream()
        .map(w -> new Placed(read.positions().getOrDefault(w.exprId(), read.positions().get(w.tlid())), w))
        .sorted(Comparator.comparing(Placed::at, inFile))
        .forEach(p -> err.println(file + ":" + p.at().line() + ":" + p.at().column() + ": warning: " + p.warning().message()));
  }

  /** {@code push --check}: the server's verdict on each replayed trace; exit 0 only when every response stays. */
  private static int check(ApiClient client, String canvasName, PushPlan.Plan plan, Canvas current, PrintStream out)
      throws ApiClient.Failure {
    CheckDtos.CheckResult result = client.check(canvasName, plan.ops().stream().map(OpWire::dto).toList());
    int n = result.verdicts().size();
    out.println("replayed " + n + (n == 1 ? " trace" : " traces") + " on the new code (nothing was changed)"
        + (n == 0 ? ": the push changes no handler that has traces" : ":"));
    for (CheckDtos.TraceVerdict v : result.verdicts()) {
      String handler = current.live().stream().filter(t -> t.tlid() == v.tlid()).findFirst().map(TraceViews::describe)
          .orElse(Long.toUnsignedString(v.tlid()));
      switch (v.verdict()) {
        case "differs" -> {
          out.println("  " + handler + "  trace " + v.traceId() + "  differs");
          out.println("      before: " + TraceViews.oneLine(v.before().replace("\n", " | "), 100));
          out.println("      after:  " + TraceViews.oneLine(v.after().replace("\n", " | "), 100));
        }
        case "undecided" -> out.println("  " + handler + "  trace " + v.traceId() + "  undecided: " + v.reason());
        default -> out.println("  " + handler + "  trace " + v.traceId() + "  same");
      }
    }
    out.println(result.same() + " same, " + result.differs() + " differ, " + result.undecided() + " undecided");
    return result.differs() + result.undecided() == 0 ? OK : FAILED;
  }
}
