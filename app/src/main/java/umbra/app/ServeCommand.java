package umbra.app;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import umbra.app.api.ApiServer;
import umbra.app.web.ClientLimits;
import umbra.handler.http.CanvasConcurrency;
import umbra.handler.limits.RunBudgets;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.DatabaseUnavailableException;

/**
 * {@code umbra serve [--api-port N] [--http-port N] [--roles http,api,queue,cron]}: migrates the
 * database and runs the editor API (9000), the canvases' HTTP server (8000), the queue workers
 * and the cron scheduler (or only the {@link Role}s given, also as {@code UMBRA_ROLES}) until
 * SIGTERM or Ctrl-C, then stops them gracefully. Ports come from the flags, else
 * {@code UMBRA_API_PORT} / {@code UMBRA_HTTP_PORT}.
 */
final class ServeCommand implements Command {
  static final int DEFAULT_API_PORT = 9000;
  static final int DEFAULT_HTTP_PORT = 8000;
  private static final String USAGE_LINE = "usage: umbra serve [--api-port N] [--http-port N] [--roles http,api,queue,cron]";
  private static final String USAGE_TEXT = USAGE_LINE + """

        --api-port N   the editor API's port (default 9000, or UMBRA_API_PORT)
        --http-port N  the canvases' HTTP port (default 8000, or UMBRA_HTTP_PORT)
        --roles R,...  which of http, api, queue, cron run in this process (default all, or UMBRA_ROLES)
      Reads DATABASE_URL (or PGHOST, PGPORT, PGUSER, ...); the most one run may take, in seconds: UMBRA_HTTP_TIME_LIMIT
      for a canvas request (default 30), UMBRA_WORKER_TIME_LIMIT for a worker's or cron's run (default 300),
      UMBRA_EDITOR_TIME_LIMIT for an analysis, replay, play or check (default 60);
      on both ports UMBRA_HTTP_HEADERS_TIMEOUT the most a request's headers may take, in seconds (default 30),
      UMBRA_HTTP_MIN_BODY_RATE the bytes a second a request body must average after 5 s (default 240; 0 for none),
      UMBRA_HTTP_CONNECTIONS_PER_ADDRESS the connections one client address may hold open (default 256; 0 for no cap);
      UMBRA_CANVAS_CONCURRENCY how many requests of one canvas evaluate at once (default twice the cores, at least 4;
      four times as many may wait), UMBRA_CANVAS_QUEUE_TIMEOUT how long one waits before a 503, in seconds (default 5),
      UMBRA_MAX_RESPONSE_BYTES the largest response body a handler may send (default 67108864, 64 MiB).""";

  private final Map<String, String> env;

  ServeCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "serve"; }

  @Override public String arguments() { return "[--api-port N] [--http-port N] [--roles ...]"; }

  @Override public String summary() {
    return "run the editor API (9000), the canvases' HTTP server (8000), queue workers and crons on DATABASE_URL";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    var flags = new HashMap<String, String>();
    for (int i = 0; i < args.size(); i += 2) {
      if (i + 1 >= args.size()
          || !(args.get(i).equals("--api-port") || args.get(i).equals("--http-port") || args.get(i).equals("--roles"))) {
        err.println(USAGE_LINE);
        return USAGE;
      }
      flags.put(args.get(i), args.get(i + 1));
    }
    Integer apiPort = port(flags, "--api-port", "UMBRA_API_PORT", DEFAULT_API_PORT, err);
    Integer httpPort = port(flags, "--http-port", "UMBRA_HTTP_PORT", DEFAULT_HTTP_PORT, err);
    if (apiPort == null || httpPort == null) return USAGE;
    Set<Role> roles;
    try {
      roles = flags.containsKey("--roles") ? Role.parse(flags.get("--roles"))
          : env.containsKey("UMBRA_ROLES") ? Role.parse(env.get("UMBRA_ROLES")) : Role.ALL;
    } catch (IllegalArgumentException e) {
      err.println("umbra serve: " + e.getMessage());
      return USAGE;
    }
    RunBudgets budgets;
    CanvasConcurrency concurrency;
    ClientLimits clients;
    try {
      budgets = RunBudgets.fromEnvironment(env);
      concurrency = CanvasConcurrency.fromEnvironment(env);
      clients = ClientLimits.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      err.println("umbra serve: " + e.getMessage());
      return USAGE;
    }
    UmbraApp app;
    try {
      app = UmbraApp.start(new UmbraApp.Config(
          new ApiServer.Settings(apiPort, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES, clients),
          httpPort, DatabaseConfig.fromEnvironment(env), roles, budgets, concurrency, clients));
    } catch (DatabaseUnavailableException | IllegalArgumentException e) {
      err.println("umbra serve: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("umbra serve: cannot start: " + e.getMessage());
      return FAILED;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "umbra-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return OK;
  }

  /** The port from the flag, else the variable, else the default; null after printing why it is wrong. */
  private Integer port(Map<String, String> flags, String flag, String variable, int fallback, PrintStream err) {
    String source = flags.containsKey(flag) ? flag : variable;
    String text = flags.containsKey(flag) ? flags.get(flag) : env.getOrDefault(variable, Integer.toString(fallback));
    try {
      int port = Integer.parseInt(text.strip());
      if (port < 0 || port > 65535) throw new NumberFormatException();
      return port;
    } catch (NumberFormatException e) {
      err.println("umbra serve: " + source + " must be a port number (0-65535), not '" + text + "'");
      return null;
    }
  }
}
