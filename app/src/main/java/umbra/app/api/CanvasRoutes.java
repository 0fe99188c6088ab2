package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.AddOpsRequest;
import umbra.handler.api.CanvasApi;

/** {@code /api/v1/canvases...}: decode, call {@link CanvasApi}, reply. */
final class CanvasRoutes {
  private final Requests requests;
  private final CanvasApi canvases;

  CanvasRoutes(Requests requests, CanvasApi canvases) {
    this.requests = requests;
    this.canvases = canvases;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases", this::list);
    routes.get("/api/v1/canvases/{canvas}", this::load);
    routes.post("/api/v1/canvases/{canvas}/ops", this::addOps);
    routes.delete("/api/v1/canvases/{canvas}/toplevels/{tlid}", this::deleteForever);
  }

  private void list(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).map(canvases::list));
  }

  private void load(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> canvases.load(a, ctx.pathParam("canvas"))));
  }

  private void addOps(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, AddOpsRequest.class)
        .then(body -> canvases.addOps(a, ctx.pathParam("canvas"), body))));
  }

  private void deleteForever(Context ctx) {
    Reply.noContent(ctx, requests.caller(ctx).then(a -> canvases.deleteForever(a, ctx.pathParam("canvas"), ctx.pathParam("tlid"))));
  }
}
