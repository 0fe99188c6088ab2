package umbra.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.app.api.ApiServer;
import umbra.app.bwd.BwdServer;
import umbra.app.bwd.BwdServerConfig;
import umbra.app.bwd.Favicon;
import umbra.domain.stdlib.StdLib;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.api.ApiAccess;
import umbra.handler.api.CanvasApi;
import umbra.handler.api.HealthApi;
import umbra.handler.api.SecretApi;
import umbra.handler.api.DatastoreApi;
import umbra.handler.api.TraceApi;
import umbra.handler.datastore.UserData;
import umbra.handler.http.HttpServing;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceQueries;
import umbra.service.canvas.CanvasService;

/**
 * The running Umbra: one database pool (migrated on start) and the servers that share it, built
 * with constructors, no statics. {@link #close} stops the servers, then releases the pool.
 */
public final class UmbraApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UmbraApp.class);

  /**
   * @param api the editor API's port and limits
   * @param httpPort the port of the canvases' HTTP server (grand-users' traffic)
   * @param database where PostgreSQL is
   */
  public record Config(ApiServer.Settings api, int httpPort, DatabaseConfig database) {}

  /** Traces older than a week, beyond the newest ten per handler, are trimmed this often. */
  private static final Duration TRACE_RETENTION_EVERY = Duration.ofHours(1);
  private static final int TRACE_QUEUE_CAPACITY = 10_000;

  private final Database database;
  private final ApiServer api;
  private final HttpServing serving;
  private final BwdServer http;

  private UmbraApp(Database database, ApiServer api, HttpServing serving, BwdServer http) {
    this.database = database;
    this.api = api;
    this.serving = serving;
    this.http = http;
  }

  /**
   * Opens the database (applying missing migrations) and starts the servers.
   *
   * @throws umbra.handler.storage.DatabaseUnavailableException with a one-line reason
   */
  public static UmbraApp start(Config config) {
    Database database = Database.openCreatingIfMissing(config.database());
    try {
      var jdbi = database.jdbi();
      var codec = new StorageCodec();
      var accounts = new AccountHandler(jdbi, new SecureRandom());
      var canvases = new CanvasHandler(jdbi, codec);
      var loader = new CanvasLoader(jdbi, codec);
      var ops = new OpsHandler(jdbi, new CanvasService(), codec);
      var access = new ApiAccess(accounts, canvases);
      var serving = new HttpServing(jdbi, codec, HttpServingConfig.defaults(Favicon.umbra()), StdLib.registry(),
          StdlibEffects.real(), Clock.systemUTC(), TRACE_QUEUE_CAPACITY);
      serving.keepTracesTrimmed(TRACE_RETENTION_EVERY);
      var http = new BwdServer(serving.handler(), BwdServerConfig.DEFAULTS, () -> true).start(config.httpPort());
      var api = new ApiServer(config.api(), access, new CanvasApi(access, canvases, loader, ops),
          new SecretApi(access, canvases), new TraceApi(access, new TraceQueries(jdbi, codec), Clock.systemUTC()),
          new DatastoreApi(access, loader, new UserData(jdbi)), new HealthApi(jdbi, serving::traceStats)).start();
      LOG.info("editor API listening on http://localhost:{}/api/v1 (database {})", api.port(), config.database().describe());
      LOG.info("canvases listening on http://<canvas>.localhost:{}/", http.port());
      return new UmbraApp(database, api, serving, http);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  public int apiPort() { return api.port(); }

  public ApiServer api() { return api; }

  public int httpPort() { return http.port(); }

  /** Stops taking requests, writes the traces still queued, then releases the database. */
  @Override public void close() {
    api.close();
    http.stop();
    serving.close();
    database.close();
    LOG.info("stopped");
  }
}
