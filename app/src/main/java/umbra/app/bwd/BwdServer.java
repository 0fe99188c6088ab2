package umbra.app.bwd;

import io.javalin.Javalin;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import umbra.handler.http.HttpRequestHandler;

/**
 * The canvas HTTP server (backend.md 1): every request to {@code <canvas>.<base domain>} or a
 * custom domain is served by the canvas's handlers. Jetty (through Javalin) does the HTTP;
 * {@link CanvasTraffic} turns each request over to the handler layer.
 */
public final class BwdServer {
  private final HttpRequestHandler handler;
  private final BwdServerConfig config;
  private final BooleanSupplier healthy;
  private Javalin app;

  /**
   * @param healthy whether the server can serve (PostgreSQL answers), for the health probes
   */
  public BwdServer(HttpRequestHandler handler, BwdServerConfig config, BooleanSupplier healthy) {
    this.handler = handler;
    this.config = config;
    this.healthy = healthy;
  }

  /** Starts listening on {@code port} (0 picks a free one, see {@link #port()}). */
  public synchronized BwdServer start(int port) {
    if (app != null) throw new IllegalStateException("already started");
    app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      // platform threads: the OS time-slices long evaluations, which keeps tail latency down
      // (two carriers of virtual threads would let one slow handler hold up the rest)
      c.jetty.modifyServer(server -> {
        server.insertHandler(new CanvasTraffic(handler));
        // outermost, so stopping waits for canvas requests in flight (up to the shutdown grace)
        server.insertHandler(new GracefulHandler());
        server.setErrorHandler(new BareBadRequests());
        server.addBean(new NetworkConnectionLimit(config.maxConnections(), server));
        server.setStopTimeout(config.shutdownGrace().toMillis());
      });
      c.jetty.addConnector((server, http) -> {
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        http.setRequestHeaderSize(32 * 1024);
        http.setUriCompliance(UriCompliance.UNSAFE);
        // Jetty's header cache matches known fields case-insensitively and would hand the handler its
        // own spelling of the value (`text/plain` for `tExT/pLaIn`); Kestrel passes values on as sent
        http.setHeaderCacheCaseSensitive(true);
        var connector = new CanvasConnections(http, config.clients()).connector(server, port);
        connector.setIdleTimeout(config.headerTimeout().toMillis());
        return connector;
      });
      for (String probe : new String[] {"/k8s/livenessProbe", "/k8s/startupProbe", "/k8s/readinessProbe"}) {
        c.routes.get(probe, ctx -> {
          boolean ok = healthy.getAsBoolean();
          ctx.status(ok ? 200 : 503).result(ok ? "OK" : "unavailable");
        });
      }
    }).start();
    return this;
  }

  public synchronized int port() {
    if (app == null) throw new IllegalStateException("not started");
    return app.port();
  }

  /**
   * Stops accepting connections and lets requests in flight finish (backend.md 1.1: graceful).
   * Close the handler layer's {@code HttpServing} afterwards, so the traces of those requests are written.
   */
  public synchronized void stop() {
    if (app == null) return;
    app.stop();
    app = null;
  }
}
