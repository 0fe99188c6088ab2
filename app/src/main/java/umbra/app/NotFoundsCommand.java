package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.dto.api.TraceDtos;

/** {@code umbra 404s CANVAS}: the requests no handler took in the last week, newest per path. */
final class NotFoundsCommand implements Command {
  private final Map<String, String> env;

  NotFoundsCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "404s"; }

  @Override public String arguments() { return "CANVAS"; }

  @Override public String summary() { return "list the requests (and events) no handler took, newest per path"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra 404s CANVAS");
      return OK;
    }
    if (args.size() != 1) {
      err.println("usage: umbra 404s CANVAS");
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("404s", env, err);
    if (client.isEmpty()) return USAGE;
    try {
      List<TraceDtos.NotFound> notFounds = client.get().notFounds(args.get(0)).notFounds();
      if (notFounds.isEmpty()) out.println("no 404s in the last 7 days");
      for (TraceDtos.NotFound n : notFounds) {
        String what = n.module().startsWith("HTTP") ? n.modifier() + " " + n.path() : n.module().toLowerCase() + " " + n.path();
        out.println(n.timestamp() + "  " + what + "  trace " + n.traceId());
      }
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra 404s: " + e.getMessage());
      return FAILED;
    }
  }
}
