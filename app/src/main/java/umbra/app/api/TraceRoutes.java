package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Optional;
import umbra.handler.api.ApiResult;
import umbra.handler.api.Problem;
import umbra.handler.api.TraceApi;

/** {@code /api/v1/canvases/{canvas}/traces...} and {@code .../404s}: what the canvas's traffic left. */
final class TraceRoutes {
  private final Requests requests;
  private final TraceApi traces;

  TraceRoutes(Requests requests, TraceApi traces) {
    this.requests = requests;
    this.traces = traces;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases/{canvas}/traces", this::all);
    routes.get("/api/v1/canvases/{canvas}/toplevels/{tlid}/traces", this::ofToplevel);
    routes.get("/api/v1/canvases/{canvas}/toplevels/{tlid}/traces/{traceId}", this::data);
    routes.get("/api/v1/canvases/{canvas}/404s", this::notFounds);
    routes.delete("/api/v1/canvases/{canvas}/404s", this::deleteNotFound);
  }

  private void all(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> traces.list(a, ctx.pathParam("canvas"), Optional.empty())));
  }

  private void ofToplevel(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> tlid(ctx).then(t -> traces.list(a, ctx.pathParam("canvas"), Optional.of(t)))));
  }

  private void data(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> tlid(ctx).then(t ->
        traces.data(a, ctx.pathParam("canvas"), t, ctx.pathParam("traceId")))));
  }

  private void notFounds(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> traces.notFounds(a, ctx.pathParam("canvas"))));
  }

  private void deleteNotFound(Context ctx) {
    var desc = new HashMap<String, String>();
    for (String key : new String[] {"module", "path", "modifier"}) desc.put(key, ctx.queryParam(key));
    Reply.send(ctx, requests.caller(ctx).then(a -> traces.deleteNotFound(a, ctx.pathParam("canvas"), desc)));
  }

  /** Toplevel ids are unsigned 64-bit numbers. */
  static ApiResult<Long> tlid(Context ctx) {
    try {
      return ApiResult.ok(Long.parseUnsignedLong(ctx.pathParam("tlid")));
    } catch (NumberFormatException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "a toplevel id is a number, not '" + ctx.pathParam("tlid") + "'");
    }
  }
}
