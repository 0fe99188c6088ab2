package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import umbra.dto.api.WorkerDtos;
import umbra.handler.api.WorkerApi;

/** {@code /api/v1/canvases/{canvas}/workers} and a worker's or cron's schedule and dead letters. */
final class WorkerRoutes {
  private final Requests requests;
  private final WorkerApi workers;

  WorkerRoutes(Requests requests, WorkerApi workers) {
    this.requests = requests;
    this.workers = workers;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases/{canvas}/workers", this::list);
    routes.post("/api/v1/canvases/{canvas}/toplevels/{tlid}/schedule", this::schedule);
    routes.get("/api/v1/canvases/{canvas}/toplevels/{tlid}/dead-letters", this::deadLetters);
    routes.post("/api/v1/canvases/{canvas}/toplevels/{tlid}/dead-letters/requeue", this::requeue);
  }

  private void list(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> workers.list(a, ctx.pathParam("canvas"))));
  }

  private void schedule(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> requests.body(ctx, WorkerDtos.ScheduleRequest.class)
        .then(body -> TraceRoutes.tlid(ctx).then(t -> workers.schedule(a, ctx.pathParam("canvas"), t, body.schedule())))));
  }

  private void deadLetters(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> TraceRoutes.tlid(ctx)
        .then(t -> workers.deadLetters(a, ctx.pathParam("canvas"), t))));
  }

  private void requeue(Context ctx) {
    Reply.send(ctx, requests.caller(ctx).then(a -> TraceRoutes.tlid(ctx).then(t -> workers.requeue(a, ctx.pathParam("canvas"), t))));
  }
}
