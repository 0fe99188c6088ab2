package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.SecretRequest;
import umbra.dto.api.SecretValueRequest;
import umbra.handler.api.SecretApi;

/** {@code /api/v1/canvases/{canvas}/secrets...}. Bodies are never logged: they hold secret values. */
final class SecretRoutes {
  private final Requests requests;
  private final SecretApi secrets;

  SecretRoutes(Requests requests, SecretApi secrets) {
    this.requests = requests;
    this.secrets = secrets;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases/{canvas}/secrets", this::list);
    routes.post("/api/v1/canvases/{canvas}/secrets", this::insert);
    routes.put("/api/v1/canvases/{canvas}/secrets/{name}", this::put);
    routes.delete("/api/v1/canvases/{canvas}/secrets/{name}", this::delete);
  }

  private void list(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> secrets.list(a, ctx.pathParam("canvas"))));
  }

  private void insert(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, SecretRequest.class)
        .then(body -> secrets.insert(a, ctx.pathParam("canvas"), body))), 201);
  }

  private void put(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, SecretValueRequest.class)
        .then(body -> secrets.put(a, ctx.pathParam("canvas"), ctx.pathParam("name"), body))));
  }

  private void delete(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> secrets.delete(a, ctx.pathParam("canvas"), ctx.pathParam("name"))));
  }
}
