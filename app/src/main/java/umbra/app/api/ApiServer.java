package umbra.app.api;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.eclipse.jetty.io.EofException;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.app.web.ClientLimits;
import umbra.app.web.LimitedConnections;
import umbra.domain.stdlib.Reference;
import umbra.domain.stdlib.StdLib;
import umbra.dto.api.ApiJson;
import umbra.handler.api.AnalysisApi;
import umbra.handler.api.ApiAccess;
import umbra.handler.api.CanvasApi;
import umbra.handler.api.CheckApi;
import umbra.handler.api.DatastoreApi;
import umbra.handler.api.EventsApi;
import umbra.handler.api.ExecutionApi;
import umbra.handler.api.HealthApi;
import umbra.handler.api.Problem;
import umbra.handler.api.SecretApi;
import umbra.handler.api.SettingsApi;
import umbra.handler.api.SourceApi;
import umbra.handler.api.TraceApi;
import umbra.handler.api.WorkerApi;
import umbra.handler.http.LogValue;
import umbra.handler.storage.DatabaseUnavailableException;
import umbra.handler.storage.LoggedErrors;

/**
 * The editor's JSON API (backend.md 5, as resources under {@code /api/v1}). Every error, from a
 * route, from Javalin itself (unknown path, body too large) or from Jetty before any route
 * ({@link UnreadableRequests}), has the one shape <code>{"error": {"code", "message"}}</code>; a bug
 * is a 500 without details, logged here. Connections keep to one client's {@link ClientLimits}, as on
 * the canvas server. One log line per request: method, path (cut short), status, time. Never headers or bodies.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /**
   * @param port where to listen; 0 picks a free port
   * @param maxRequestBytes larger bodies are refused with a 413
   * @param clients what one client may hold: the headers' total time, the body's minimum rate, connections per address
   * @param canvasPort where the canvas server listens, for the editor's example requests
   */
  public record Settings(int port, long maxRequestBytes, ClientLimits clients, int canvasPort) {
    /** 16 MiB: a whole canvas pushed at once fits. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L << 20;
    public static final int DEFAULT_CANVAS_PORT = 8000;

    /** The default limits of one client. */
    public Settings(int port, long maxRequestBytes) {
      this(port, maxRequestBytes, ClientLimits.DEFAULTS);
    }

    public Settings(int port, long maxRequestBytes, ClientLimits clients) {
      this(port, maxRequestBytes, clients, DEFAULT_CANVAS_PORT);
    }

    public Settings withCanvasPort(int canvasPort) {
      return new Settings(port, maxRequestBytes, clients, canvasPort);
    }
  }

  private final Javalin javalin;
  private final Settings settings;

  /** The handler layer's operations the routes call, one per group of resources. */
  public record Operations(ApiAccess access, HealthApi health, CanvasApi canvases, SecretApi secrets, TraceApi traces,
      DatastoreApi datastores, WorkerApi workers, AnalysisApi analysis, ExecutionApi execution, CheckApi checks,
      EventsApi events, SettingsApi settings, SourceApi sources) {}

  public ApiServer(Settings settings, Operations ops) {
    this.settings = settings;
    JsonMapper json = ApiJson.mapper();
    var requests = new Requests(ops.access(), json);
    this.javalin = Javalin.create(config -> {
      configure(config, json);
      new ServiceRoutes(ops.health()).register(config.routes);
      new DocsRoutes(Reference.of(StdLib.registry())).register(config.routes);
      new CanvasRoutes(requests, ops.canvases()).register(config.routes);
      new SecretRoutes(requests, ops.secrets()).register(config.routes);
      new TraceRoutes(requests, ops.traces()).register(config.routes);
      new DatastoreRoutes(requests, ops.datastores()).register(config.routes);
      new WorkerRoutes(requests, ops.workers()).register(config.routes);
      new AnalysisRoutes(requests, ops.analysis()).register(config.routes);
      new ExecutionRoutes(requests, ops.execution()).register(config.routes);
      new CheckRoutes(requests, ops.checks()).register(config.routes);
      new EventRoutes(requests, ops.events()).register(config.routes);
      new SettingsRoutes(requests, ops.settings()).register(config.routes);
      new SourceRoutes(requests, ops.sources()).register(config.routes);
      new EditorRoutes(settings.canvasPort()).register(config.routes);
    });
  }

  private void configure(JavalinConfig config, JsonMapper json) {
    config.jsonMapper(new JavalinJackson(json, false));
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.maxRequestBytes();
    // graceful stop: requests in flight get this long to finish
    config.jetty.modifyServer(server -> {
      server.setStopTimeout(5_000);
      server.setErrorHandler(new UnreadableRequests(json));
    });
    config.jetty.addConnector((server, http) ->
        new LimitedConnections(http, settings.clients()).connector(server, settings.port()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> Reply.error(ctx, e.getStatus(),
        Reply.code(e.getStatus()), e.getStatus() == 404 ? "no such resource: " + ctx.method() + " " + ctx.path() : e.getMessage()));
    // the body ended before its length: sent slower than the minimum rate and cut off (or the client left, or its
    // chunked framing broke: Jetty reports all three alike)
    config.routes.exception(EofException.class, (e, ctx) -> Reply.error(ctx, 408, Reply.code(408),
        "the request body ended early or arrived too slowly (under " + settings.clients().minBodyRate() + " bytes a second)"));
    config.routes.exception(DatabaseUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
    config.routes.exception(ConnectionException.class, (e, ctx) -> unavailable(ctx, e));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), LogValue.cut(ctx.path()), LoggedErrors.withoutValues(e));
      Reply.error(ctx, 500, "internal", "internal error; the server's log has the details");
    });
    config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), LogValue.cut(ctx.path()), ctx.statusCode(),
        Math.round(ms)));
  }

  private static void unavailable(Context ctx, Exception e) {
    LOG.warn("{} {}: the database does not answer: {}", ctx.method(), LogValue.cut(ctx.path()), e.getMessage());
    Reply.error(ctx, Problem.UNAVAILABLE, "the database does not answer; try again later");
  }

  public ApiServer start() {
    javalin.start();
    return this;
  }

  /** The port it listens on (the chosen one when started with 0). */
  public int port() { return javalin.port(); }

  /** "METHOD /path" of every route, as registered. */
  public List<String> routes() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> p.endpoint.method.name() + " " + p.endpoint.path).sorted().toList();
  }

  @Override public void close() { javalin.stop(); }
}
