package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.ExecutionDtos;
import umbra.handler.api.ExecutionApi;

/** {@code POST .../toplevels/{tlid}/replay} and {@code .../execute} (play): code run for real against a trace. */
final class ExecutionRoutes {
  private final Requests requests;
  private final ExecutionApi execution;

  ExecutionRoutes(Requests requests, ExecutionApi execution) {
    this.requests = requests;
    this.execution = execution;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/v1/canvases/{canvas}/toplevels/{tlid}/replay", this::replay);
    routes.post("/api/v1/canvases/{canvas}/toplevels/{tlid}/execute", this::play);
  }

  private void replay(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, ExecutionDtos.ReplayRequest.class)
        .then(body -> TraceRoutes.tlid(ctx).then(t -> execution.replay(a, ctx.pathParam("canvas"), t, body.traceId())))));
  }

  private void play(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, ExecutionDtos.PlayRequest.class)
        .then(body -> TraceRoutes.tlid(ctx).then(t -> execution.play(a, ctx.pathParam("canvas"), t, body)))));
  }
}
