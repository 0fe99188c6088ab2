package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.SourceDtos;
import umbra.handler.api.SourceApi;

/** A toplevel as the editor's text, and saving a section of text as ops: decode, call {@link SourceApi}, reply. */
final class SourceRoutes {
  private final Requests requests;
  private final SourceApi sources;

  SourceRoutes(Requests requests, SourceApi sources) {
    this.requests = requests;
    this.sources = sources;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases/{canvas}/toplevels/{tlid}/source", this::source);
    routes.put("/api/v1/canvases/{canvas}/toplevels/{tlid}/source", this::change);
    routes.post("/api/v1/canvases/{canvas}/toplevels", this::add);
  }

  private void source(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> TraceRoutes.tlid(ctx).then(t -> sources.source(a, ctx.pathParam("canvas"), t))));
  }

  private void change(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, SourceDtos.SourceRequest.class)
        .then(body -> TraceRoutes.tlid(ctx).then(t -> sources.change(a, ctx.pathParam("canvas"), t, body)))));
  }

  private void add(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, SourceDtos.SourceRequest.class)
        .then(body -> sources.add(a, ctx.pathParam("canvas"), body))));
  }
}
