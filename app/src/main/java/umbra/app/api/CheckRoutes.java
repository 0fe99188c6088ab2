package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.CheckDtos;
import umbra.handler.api.CheckApi;

/** {@code POST /api/v1/canvases/{canvas}/check}: what ops would do to the stored traces, before they are sent. */
final class CheckRoutes {
  private final Requests requests;
  private final CheckApi checks;

  CheckRoutes(Requests requests, CheckApi checks) {
    this.requests = requests;
    this.checks = checks;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/v1/canvases/{canvas}/check", this::check);
  }

  private void check(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, CheckDtos.CheckRequest.class)
        .then(body -> checks.check(a, ctx.pathParam("canvas"), body))));
  }
}
