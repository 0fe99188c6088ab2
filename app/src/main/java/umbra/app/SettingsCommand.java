package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.dto.api.CanvasDto;
import umbra.dto.api.SettingsDtos;
import umbra.handler.api.ToplevelWire;

/**
 * {@code umbra settings CANVAS [cors|domain|sampling ...]}: a canvas's CORS origins, custom domains
 * and sampling rules, through the API (so it works wherever {@code UMBRA_API} points).
 */
final class SettingsCommand implements Command {
  private static final String USAGE_TEXT = """
      usage: umbra settings CANVAS                            print its CORS origins, custom domains and sampling rules
             umbra settings CANVAS cors '*'                   allow every origin
             umbra settings CANVAS cors ORIGIN...             allow exactly these origins, like https://example.com
             umbra settings CANVAS cors --clear               no setting: http://localhost:3000, :5000 and :8000
                                                              are echoed, every other origin gets *
             umbra settings CANVAS domain add HOST            serve the canvas at HOST too (a custom domain)
             umbra settings CANVAS domain remove HOST         stop serving it at HOST
             umbra settings CANVAS sampling HANDLER RULE      keep HANDLER's requests as traces by RULE
             umbra settings CANVAS sampling HANDLER --clear   back to the server's default rule
      HANDLER is an HTTP handler's tlid or its method and route ('GET /path', one word or two);
      RULE is sample-none, sample-all, sample-all-with-telemetry or sample-one-in-N.
      Talks to UMBRA_API (default http://localhost:9000) with UMBRA_TOKEN.""";

  private final Map<String, String> env;

  SettingsCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "settings"; }

  @Override public String arguments() { return "CANVAS [cors|domain|sampling ...]"; }

  @Override public String summary() { return "see and change a canvas's CORS origins, custom domains, sampling rules (UMBRA_API)"; }

  /** What to do, once the words are understood. */
  private interface Action {
    SettingsDtos.Settings perform(ApiClient client, String canvas) throws ApiClient.Failure, ToplevelNames.Unresolved;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    Optional<Action> action = args.isEmpty() ? Optional.empty() : action(args.subList(1, args.size()));
    if (action.isEmpty()) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("settings", env, err);
    if (client.isEmpty()) return USAGE;
    try {
      print(action.get().perform(client.get(), args.get(0)), out);
      return OK;
    } catch (ApiClient.Failure | ToplevelNames.Unresolved e) {
      err.println("umbra settings: " + e.getMessage());
      return FAILED;
    }
  }

  private static Optional<Action> action(List<String> words) {
    if (words.isEmpty()) return Optional.of(ApiClient::settings);
    List<String> rest = words.subList(1, words.size());
    return switch (words.get(0)) {
      case "cors" -> cors(rest);
      case "domain" -> domain(rest);
      case "sampling" -> sampling(rest);
      default -> Optional.empty();
    };
  }

  private static Optional<Action> cors(List<String> words) {
    if (words.isEmpty()) return Optional.empty();
    if (words.equals(List.of("--clear"))) return Optional.of(ApiClient::clearCors);
    if (words.equals(List.of("*"))) return Optional.of((c, canvas) -> c.setCors(canvas, SettingsDtos.CorsOrigins.everyOrigin()));
    if (words.contains("--clear")) return Optional.empty();
    // the server checks each origin (and refuses '*' within a list)
    return Optional.of((c, canvas) -> c.setCors(canvas, SettingsDtos.CorsOrigins.of(words)));
  }

  private static Optional<Action> domain(List<String> words) {
    if (words.size() != 2) return Optional.empty();
    String host = words.get(1);
    return switch (words.get(0)) {
      case "add" -> Optional.of((c, canvas) -> c.addDomain(canvas, host));
      case "remove" -> Optional.of((c, canvas) -> c.removeDomain(canvas, host));
      default -> Optional.empty();
    };
  }

  private static Optional<Action> sampling(List<String> words) {
    if (words.size() < 2 || words.size() > 3) return Optional.empty();
    String handler = String.join(" ", words.subList(0, words.size() - 1));
    String rule = words.get(words.size() - 1);
    return Optional.of((c, canvas) -> {
      long tlid = tlid(c, canvas, handler);
      return rule.equals("--clear") ? c.clearSampling(canvas, tlid) : c.setSampling(canvas, tlid, rule);
    });
  }

  /** A tlid as given, or the live handler the words describe: {@code GET /path}, a route alone if only one method has it, or a name. */
  private static long tlid(ApiClient client, String canvas, String handler)
      throws ApiClient.Failure, ToplevelNames.Unresolved {
    Optional<Long> tlid = ToplevelNames.tlid(handler);
    if (tlid.isPresent()) return tlid.get();
    CanvasDto loaded = client.canvas(canvas);
    var live = List.copyOf(ToplevelWire.canvas(loaded.toplevels(), loaded.deletedToplevels()).handlers().live().values());
    return ToplevelNames.find(live, handler, "live handler", canvas).tlid();
  }

  private static void print(SettingsDtos.Settings s, PrintStream out) {
    out.println("cors: " + s.cors().map(c -> c.all() ? "* (every origin)" : String.join(" ", c.origins()))
        .orElse("none (http://localhost:3000, :5000 and :8000 are echoed, every other origin gets *)"));
    out.println("custom domains: " + (s.customDomains().isEmpty() ? "none" : String.join(" ", s.customDomains())));
    out.println("sampling: " + s.sampling().defaultRule() + " for every HTTP handler without its own rule"
        + (s.sampling().handlers().isEmpty() ? "" : ":"));
    for (SettingsDtos.HandlerRule r : s.sampling().handlers()) {
      out.println("  " + r.modifier() + " " + r.name() + " (tlid " + Long.toUnsignedString(r.tlid()) + "): " + r.rule());
    }
    out.flush();
  }
}
