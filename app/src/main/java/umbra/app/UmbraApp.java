package umbra.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.app.api.ApiServer;
import umbra.app.bwd.BwdServer;
import umbra.app.bwd.BwdServerConfig;
import umbra.app.bwd.Favicon;
import umbra.app.web.ClientLimits;
import umbra.domain.stdlib.StdLib;
import umbra.handler.api.AnalysisApi;
import umbra.handler.api.ApiAccess;
import umbra.handler.api.CanvasApi;
import umbra.handler.api.CheckApi;
import umbra.handler.api.DatastoreApi;
import umbra.handler.api.EventsApi;
import umbra.handler.api.ExecutionApi;
import umbra.handler.api.HealthApi;
import umbra.handler.api.SecretApi;
import umbra.handler.api.SettingsApi;
import umbra.handler.api.SourceApi;
import umbra.handler.api.TraceApi;
import umbra.handler.api.WorkerApi;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.events.CanvasEventHub;
import umbra.handler.http.HttpServing;
import umbra.handler.http.CanvasConcurrency;
import umbra.handler.http.HttpServingConfig;
import umbra.handler.httpclient.HttpClientConfig;
import umbra.handler.httpclient.HttpClientEffects;
import umbra.handler.limits.RunBudget;
import umbra.handler.limits.RunBudgets;
import umbra.handler.queue.CronScheduler;
import umbra.handler.queue.EventQueue;
import umbra.handler.queue.QueueWorker;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.supervision.Supervised;
import umbra.handler.traces.TraceAdditions;
import umbra.handler.traces.TraceBudget;
import umbra.handler.traces.TraceQueries;
import umbra.handler.traces.TraceSampling;
import umbra.handler.traces.TraceWriter;
import umbra.service.analysis.AnalysisService;
import umbra.service.canvas.CanvasService;
import umbra.service.check.CheckService;
import umbra.service.execution.ExecutionService;
import umbra.service.queue.EventService;

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
   * @param budgets what each kind of run may spend (requests, workers and crons, the editor's runs)
   * @param canvasConcurrency how many requests of one canvas evaluate at once, and wait behind them
   * @param clients what one client may hold of the canvas server (the editor API's are in {@code api})
   */
  public record Config(ApiServer.Settings api, int httpPort, DatabaseConfig database, Set<Role> roles,
      RunBudgets budgets, CanvasConcurrency canvasConcurrency, ClientLimits clients) {
    public Config {
      roles = Set.copyOf(roles);
    }

    /** The default limits of one client of the canvas server. */
    public Config(ApiServer.Settings api, int httpPort, DatabaseConfig database, Set<Role> roles,
        RunBudgets budgets, CanvasConcurrency canvasConcurrency) {
      this(api, httpPort, database, roles, budgets, canvasConcurrency, ClientLimits.DEFAULTS);
    }

    /** Every role, the default budgets and limits on each canvas's concurrent requests. */
    public Config(ApiServer.Settings api, int httpPort, DatabaseConfig database) {
      this(api, httpPort, database, Role.ALL, RunBudgets.DEFAULTS, CanvasConcurrency.DEFAULTS);
    }
  }

  /** Traces older than a week, beyond the newest ten per handler, are trimmed this often. */
  private static final Duration TRACE_RETENTION_EVERY = Duration.ofHours(1);
  private static final int TRACE_QUEUE_CAPACITY = 10_000;
  private static final int TRACES_PER_HANDLER_PER_SECOND = HttpServingConfig.defaults(new byte[0]).tracesPerHandlerPerSecond();

  /** How often an open event stream gets a heartbeat (proxies close idle connections). */
  private static final Duration EVENT_HEARTBEAT_EVERY = Duration.ofSeconds(15);

  /** How often the cron scheduler looks for due crons. */
  private static final Duration CRON_CHECK_EVERY = Duration.ofSeconds(1);

  private final Database database;
  private final ApiServer api; // each of these is null when its role does not run here
  private final CanvasEventHub events;
  private final HttpServing serving;
  private final BwdServer http;
  private final TraceWriter workerTraces;
  private final QueueWorker queue;
  private final CronScheduler cron;

  private UmbraApp(Database database, ApiServer api, CanvasEventHub events, HttpServing serving, BwdServer http,
      TraceWriter workerTraces, QueueWorker queue, CronScheduler cron) {
    this.database = database;
    this.api = api;
    this.events = events;
    this.serving = serving;
    this.http = http;
    this.workerTraces = workerTraces;
    this.queue = queue;
    this.cron = cron;
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
      var access = new ApiAccess(accounts, canvases);
      Set<Role> roles = config.roles();
      // the world's effects: outgoing HTTP (local destinations refused unless UMBRA_HTTPCLIENT_ALLOW_LOCAL), clock, randomness
      EffectPerformer world = new HttpClientEffects(HttpClientConfig.fromEnvironment(System.getenv()))
          .orElse(StdlibEffects.real());
      RunBudgets budgets = config.budgets();
      var httpConfig = HttpServingConfig.defaults(Favicon.umbra()).withCanvasConcurrency(config.canvasConcurrency())
          .withBudget(budgets.http()).withResponseLimitFrom(System.getenv());
      HttpServing serving = null;
      BwdServer http = null;
      if (roles.contains(Role.HTTP)) {
        serving = new HttpServing(jdbi, codec, httpConfig, StdLib.registry(),
            world, Clock.systemUTC(), TRACE_QUEUE_CAPACITY);
        serving.keepTracesTrimmed(TRACE_RETENTION_EVERY);
        http = new BwdServer(serving.handler(), BwdServerConfig.DEFAULTS.withClients(config.clients()), () -> true)
            .start(config.httpPort());
        LOG.info("canvases listening on http://<canvas>.localhost:{}/", http.port());
      }
      TraceWriter workerTraces = null;
      QueueWorker queue = null;
      if (roles.contains(Role.QUEUE)) {
        // as for requests: at most 100 traces a second per worker or cron, the rest counted as shed
        workerTraces = new TraceWriter(jdbi, Clock.systemUTC(), TRACE_QUEUE_CAPACITY, 500,
            new TraceBudget(TRACES_PER_HANDLER_PER_SECOND, TRACES_PER_HANDLER_PER_SECOND, System::nanoTime));
        queue = new QueueWorker(jdbi, loader, new EventService(StdLib.registry(), budgets.background().limits()), world,
            workerTraces, QueueWorker.Config.DEFAULTS.withTimeLimit(budgets.background().time())).start();
      }
      CronScheduler cron = roles.contains(Role.CRON) ? new CronScheduler(jdbi, CRON_CHECK_EVERY).start() : null;
      ApiServer api = null;
      CanvasEventHub events = null;
      if (roles.contains(Role.API)) {
        // edits (and secrets) are live at once here: this process's canvas cache reloads the canvas on commit
        HttpServing live = serving;
        Consumer<UUID> committed = id -> {
          if (live != null) live.canvasChanged(id);
        };
        var ops = new OpsHandler(jdbi, new CanvasService(), codec, committed);
        events = new CanvasEventHub(jdbi, EVENT_HEARTBEAT_EVERY, Duration.ofSeconds(2));
        Supplier<TraceWriter.Stats> traceStats = live != null ? live::traceStats
            : () -> new TraceWriter.Stats(0, 0, 0, 0, 0);
        var traces = new TraceQueries(jdbi, codec);
        RunBudget editor = budgets.editor();
        var canvasApi = new CanvasApi(access, canvases, loader, ops, StdLib.registry());
        var services = new ApiServer.Operations(access,
            new HealthApi(jdbi, traceStats, supervised(live, workerTraces, queue, cron, events)),
            canvasApi, new SecretApi(access, canvases, committed),
            new TraceApi(access, traces, Clock.systemUTC()), new DatastoreApi(access, loader, new UserData(jdbi)),
            new WorkerApi(access, loader, new EventQueue(jdbi)),
            new AnalysisApi(access, loader, traces, new AnalysisService(StdLib.registry(), editor.limits()), jdbi,
                editor.time()),
            new ExecutionApi(access, loader, traces, new TraceAdditions(jdbi, Clock.systemUTC()),
                new ExecutionService(StdLib.registry(), editor.limits()), jdbi, world, editor.time()),
            new CheckApi(access, loader, traces, new CheckService(StdLib.registry(), editor.limits()), jdbi,
                editor.time()),
            new EventsApi(access, events),
            new SettingsApi(access, canvases, loader, new TraceSampling(jdbi), httpConfig.defaultSampling(),
                httpConfig.baseDomains()),
            new SourceApi(access, canvases, loader, canvasApi));
        api = new ApiServer(config.api().withCanvasPort(http != null ? http.port() : config.httpPort()), services).start();
        LOG.info("editor API listening on http://localhost:{}/api/v1 (database {})", api.port(),
            config.database().describe());
      }
      LOG.info("running {}", roles.stream().map(r -> r.name().toLowerCase()).sorted().toList());
      return new UmbraApp(database, api, events, serving, http, workerTraces, queue, cron);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Every background thread this process runs, as health shows them. */
  private static Supplier<List<Supervised.State>> supervised(HttpServing serving, TraceWriter workerTraces,
      QueueWorker queue, CronScheduler cron, CanvasEventHub events) {
    return () -> {
      var states = new ArrayList<Supervised.State>();
      if (serving != null) states.addAll(serving.states());
      if (workerTraces != null) states.add(workerTraces.state());
      if (queue != null) states.addAll(queue.states());
      if (cron != null) states.add(cron.state());
      states.add(events.state());
      return states;
    };
  }

  public int apiPort() { return api.port(); }

  /** The queue worker of this process (when it runs the queue role). */
  public QueueWorker queueWorker() { return queue; }

  public ApiServer api() { return api; }

  public int httpPort() { return http.port(); }

  /** Stops taking requests, writes the traces still queued, then releases the database. */
  @Override public void close() {
    if (events != null) events.close(); // ends the event streams, so the API can stop at once
    if (api != null) api.close();
    if (http != null) http.stop();
    if (cron != null) cron.close();
    if (queue != null) queue.close();
    if (serving != null) serving.close();
    if (workerTraces != null) workerTraces.close();
    database.close();
    LOG.info("stopped");
  }
}
