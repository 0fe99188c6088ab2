package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.text.CanvasText;
import umbra.dto.api.CanvasDto;
import umbra.handler.api.ToplevelWire;

/** {@code umbra pull CANVAS}: prints the canvas's live toplevels in the canvas text format. */
final class PullCommand implements Command {
  private final Map<String, String> env;

  PullCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "pull"; }

  @Override public String arguments() { return "CANVAS"; }

  @Override public String summary() { return "print a canvas as text (from UMBRA_API with UMBRA_TOKEN)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra pull CANVAS > FILE   (prints the canvas in the canvas text format; UMBRA_API, UMBRA_TOKEN)");
      return OK;
    }
    if (args.size() != 1) {
      err.println("usage: umbra pull CANVAS > FILE");
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("pull", env, err);
    if (client.isEmpty()) return USAGE;
    try {
      CanvasDto canvas = client.get().canvas(args.get(0));
      out.print(CanvasText.print(ToplevelWire.canvas(canvas.toplevels(), canvas.deletedToplevels())));
      out.flush();
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra pull: " + e.getMessage());
      return FAILED;
    }
  }
}
