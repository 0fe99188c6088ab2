package umbra.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.canvas.text.PushPlan;
import umbra.domain.syntax.Parsed;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.CanvasDto;
import umbra.handler.api.OpWire;
import umbra.handler.api.ToplevelWire;

/**
 * {@code umbra push CANVAS FILE}: sends the ops that bring the canvas to the file's state (see
 * {@link PushPlan}), in one request, so the server applies all or nothing.
 */
final class PushCommand implements Command {
  /** New ids are drawn below 2^52: JavaScript clients read them exactly, and they never collide in practice. */
  private static final long ID_RANGE = 1L << 52;

  private final Map<String, String> env;
  private final SecureRandom random = new SecureRandom();

  PushCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "push"; }

  @Override public String arguments() { return "CANVAS FILE"; }

  @Override public String summary() { return "make a canvas match a canvas text file (to UMBRA_API with UMBRA_TOKEN)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 2) {
      err.println("usage: umbra push CANVAS FILE");
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
      Canvas wanted;
      switch (CanvasText.parse(text, freshIds(canvas))) {
        case Parsed.Ok<Canvas> ok -> wanted = ok.value();
        case Parsed.Failed<Canvas> failed -> {
          err.println("umbra push: " + file + ":" + failed.error().line() + ":" + failed.error().column() + ": "
              + failed.error().message());
          return FAILED;
        }
      }
      PushPlan.Plan plan = PushPlan.plan(canvas, wanted);
      if (plan.ops().isEmpty()) {
        out.println("canvas " + canvasName + " already matches " + file);
        return OK;
      }
      client.get().addOps(canvasName, new AddOpsRequest(plan.ops().stream().map(OpWire::dto).toList(),
          Optional.empty(), Optional.empty()));
      out.println("pushed " + file + " to canvas " + canvasName + ": " + plan.created() + " created, " + plan.changed()
          + " changed, " + plan.deleted() + " deleted (" + plan.ops().size() + " ops)");
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra push: " + e.getMessage());
      return FAILED;
    }
  }

  /** A first id whose range (one id per line is plenty) misses every tlid the canvas has. */
  private long freshIds(Canvas canvas) {
    while (true) {
      long first = 1 + (random.nextLong() & (ID_RANGE - 1)) / 2;
      long last = first + (1L << 32);
      boolean clash = canvas.live().stream().anyMatch(tl -> tl.tlid() >= first && tl.tlid() <= last)
          || canvas.deleted().stream().anyMatch(tl -> tl.tlid() >= first && tl.tlid() <= last);
      if (!clash) return first;
    }
  }
}
