package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.AnalysisDtos;
import umbra.handler.api.AnalysisApi;

/** {@code POST .../toplevels/{tlid}/analysis}: live values of a handler or function for a stored trace. */
final class AnalysisRoutes {
  private final Requests requests;
  private final AnalysisApi analysis;

  AnalysisRoutes(Requests requests, AnalysisApi analysis) {
    this.requests = requests;
    this.analysis = analysis;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/v1/canvases/{canvas}/toplevels/{tlid}/analysis", this::analyze);
  }

  private void analyze(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, AnalysisDtos.AnalysisRequest.class)
        .then(body -> TraceRoutes.tlid(ctx).then(t -> analysis.analyze(a, ctx.pathParam("canvas"), t, body.traceId())))));
  }
}
