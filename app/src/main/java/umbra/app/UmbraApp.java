package umbra.app;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.app.api.ApiServer;
import umbra.handler.api.ApiAccess;
import umbra.handler.api.CanvasApi;
import umbra.handler.api.HealthApi;
import umbra.handler.api.SecretApi;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/**
 * The running Umbra: one database pool (migrated on start) and the servers that share it, built
 * with constructors, no statics. {@link #close} stops the servers, then releases the pool.
 */
public final class UmbraApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UmbraApp.class);

  /**
   * @param api the editor API's port and limits
   * @param database where PostgreSQL is
   */
  public record Config(ApiServer.Settings api, DatabaseConfig database) {}

  private final Database database;
  private final ApiServer api;

  private UmbraApp(Database database, ApiServer api) {
    this.database = database;
    this.api = api;
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
      var api = new ApiServer(config.api(), access, new CanvasApi(access, canvases, loader, ops),
          new SecretApi(access, canvases), new HealthApi(jdbi)).start();
      // ---- BwdServer (branch bwd): the grand-user HTTP server starts here, next to the editor API,
      // on the same database and handlers (e.g. new BwdServer(loader, ..., config.bwd()).start()),
      // and is stopped in close() before the database. ----
      LOG.info("editor API listening on http://localhost:{}/api/v1 (database {})", api.port(), config.database().describe());
      return new UmbraApp(database, api);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  public int apiPort() { return api.port(); }

  public ApiServer api() { return api; }

  @Override public void close() {
    api.close();
    database.close();
    LOG.info("stopped");
  }
}
