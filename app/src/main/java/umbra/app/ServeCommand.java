package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import umbra.app.api.ApiServer;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.DatabaseUnavailableException;

/**
 * {@code umbra serve [--api-port N]}: migrates the database and runs the servers until SIGTERM
 * or Ctrl-C, then stops them gracefully. The port comes from {@code --api-port}, else
 * {@code UMBRA_API_PORT}, else 9000.
 */
final class ServeCommand implements Command {
  static final int DEFAULT_API_PORT = 9000;

  private final Map<String, String> env;

  ServeCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "serve"; }

  @Override public String arguments() { return "[--api-port N]"; }

  @Override public String summary() { return "run the editor API (port 9000, or --api-port / UMBRA_API_PORT) on DATABASE_URL"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Integer port = port(args, err);
    if (port == null) return USAGE;
    UmbraApp app;
    try {
      app = UmbraApp.start(new UmbraApp.Config(new ApiServer.Settings(port, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES),
          DatabaseConfig.fromEnvironment(env)));
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

  /** The port to listen on, or null after printing why the arguments are wrong. */
  private Integer port(List<String> args, PrintStream err) {
    String text = env.getOrDefault("UMBRA_API_PORT", Integer.toString(DEFAULT_API_PORT));
    String source = "UMBRA_API_PORT";
    if (args.size() == 2 && args.get(0).equals("--api-port")) {
      text = args.get(1);
      source = "--api-port";
    } else if (!args.isEmpty()) {
      err.println("usage: umbra serve [--api-port N]");
      return null;
    }
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
