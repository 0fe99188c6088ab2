package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.SettingsDtos;
import umbra.handler.api.SettingsApi;

/** {@code /api/v1/canvases/{canvas}/settings...} and a handler's {@code .../toplevels/{tlid}/sampling}. */
final class SettingsRoutes {
  private final Requests requests;
  private final SettingsApi settings;

  SettingsRoutes(Requests requests, SettingsApi settings) {
    this.requests = requests;
    this.settings = settings;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases/{canvas}/settings", this::get);
    routes.put("/api/v1/canvases/{canvas}/settings/cors", this::setCors);
    routes.delete("/api/v1/canvases/{canvas}/settings/cors", this::clearCors);
    routes.post("/api/v1/canvases/{canvas}/settings/domains", this::addDomain);
    routes.delete("/api/v1/canvases/{canvas}/settings/domains/{host}", this::removeDomain);
    routes.put("/api/v1/canvases/{canvas}/toplevels/{tlid}/sampling", this::setSampling);
    routes.delete("/api/v1/canvases/{canvas}/toplevels/{tlid}/sampling", this::clearSampling);
  }

  private void get(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> settings.get(a, ctx.pathParam("canvas"))));
  }

  private void setCors(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, SettingsDtos.CorsRequest.class)
        .then(body -> settings.setCors(a, ctx.pathParam("canvas"), body.origins()))));
  }

  private void clearCors(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> settings.clearCors(a, ctx.pathParam("canvas"))));
  }

  private void addDomain(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, SettingsDtos.DomainRequest.class)
        .then(body -> settings.addDomain(a, ctx.pathParam("canvas"), body.host()))), 201);
  }

  private void removeDomain(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> settings.removeDomain(a, ctx.pathParam("canvas"), ctx.pathParam("host"))));
  }

  private void setSampling(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, SettingsDtos.SamplingRequest.class)
        .then(body -> TraceRoutes.tlid(ctx).then(t -> settings.setSampling(a, ctx.pathParam("canvas"), t, body.rule())))));
  }

  private void clearSampling(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> TraceRoutes.tlid(ctx)
        .then(t -> settings.clearSampling(a, ctx.pathParam("canvas"), t))));
  }
}
