package umbra.app;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.dto.api.CanvasList;

/** {@code umbra canvas list}: the canvases the token's account owns or was granted. */
final class CanvasCommand implements Command {
  private static final String USAGE_TEXT = """
      usage: umbra canvas list   the canvases you own or were granted, sorted by name:
                                 name, your permission (read or read-write), owner, when it was created
      A canvas is created when first used ('umbra push', the API); an account owns the canvases
      NAME and NAME-*. Talks to UMBRA_API (default http://localhost:9000) with UMBRA_TOKEN.""";

  private final Map<String, String> env;

  CanvasCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "canvas"; }

  @Override public String arguments() { return "list"; }

  @Override public String summary() { return "list the canvases you own or were granted (UMBRA_API)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    if (!args.equals(List.of("list"))) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("canvas", env, err);
    if (client.isEmpty()) return USAGE;
    try {
      List<CanvasList.Summary> canvases = client.get().canvases().canvases();
      if (canvases.isEmpty()) err.println("no canvases yet: 'umbra push CANVAS FILE' creates one");
      int width = canvases.stream().mapToInt(c -> c.name().length()).max().orElse(0);
      for (CanvasList.Summary c : canvases) {
        out.println(c.name() + " ".repeat(width - c.name().length()) + "  " + String.format("%-10s", c.permission())
            + "  owner " + c.owner() + "  created " + c.createdAt().truncatedTo(ChronoUnit.SECONDS));
      }
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra canvas list: " + e.getMessage());
      return FAILED;
    }
  }
}
