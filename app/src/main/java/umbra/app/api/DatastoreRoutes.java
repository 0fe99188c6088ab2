package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.handler.api.DatastoreApi;

/** {@code /api/v1/canvases/{canvas}/datastores...}: the canvas's datastores as the editor shows them. */
final class DatastoreRoutes {
  private final Requests requests;
  private final DatastoreApi datastores;

  DatastoreRoutes(Requests requests, DatastoreApi datastores) {
    this.requests = requests;
    this.datastores = datastores;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases/{canvas}/datastores", this::stats);
    routes.get("/api/v1/canvases/{canvas}/datastores/unlocked", this::unlocked);
  }

  private void stats(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> datastores.stats(a, ctx.pathParam("canvas"))));
  }

  private void unlocked(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> datastores.unlocked(a, ctx.pathParam("canvas"))));
  }
}
