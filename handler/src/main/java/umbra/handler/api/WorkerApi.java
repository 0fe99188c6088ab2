package umbra.handler.api;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import umbra.domain.account.Permission;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.dto.api.WorkerDtos;
import umbra.handler.queue.EventQueue;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasLoader;

/**
 * Background work as the editor and the CLI see it: each worker's and cron's state and queue,
 * pause and run, dead letters and re-queueing them (backend.md 5.4 get_worker_stats,
 * worker_schedule; dead letters are Umbra's).
 */
public final class WorkerApi {
  private final ApiAccess access;
  private final CanvasLoader loader;
  private final EventQueue queue;

  public WorkerApi(ApiAccess access, CanvasLoader loader, EventQueue queue) {
    this.access = access;
    this.loader = loader;
    this.queue = queue;
  }

  public ApiResult<WorkerDtos.WorkerList> list(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> new WorkerDtos.WorkerList(
        background(g.canvas().id()).stream().map(h -> describe(g.canvas().id(), h)).toList()));
  }

  public ApiResult<WorkerDtos.Worker> schedule(Account account, String canvasName, long tlid, String schedule) {
    if (!schedule.equals("pause") && !schedule.equals("run")) {
      return ApiResult.failed(Problem.BAD_REQUEST, "Invalid schedule '" + schedule + "': use pause or run");
    }
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> handler(g.canvas().id(), tlid).map(h -> {
      queue.setPaused(g.canvas().id(), h.spec().module(), h.spec().name(), schedule.equals("pause"));
      return describe(g.canvas().id(), h);
    }));
  }

  public ApiResult<WorkerDtos.DeadLetterList> deadLetters(Account account, String canvasName, long tlid) {
    return access.canvas(account, canvasName, Permission.READ).then(g -> handler(g.canvas().id(), tlid).map(h ->
        new WorkerDtos.DeadLetterList(queue.list(g.canvas().id(), h.spec().module(), h.spec().name(), true, 1000).stream()
            .map(e -> new WorkerDtos.DeadLetter(e.id(), e.value(), e.enqueuedAt(), e.attempts(), e.lastError().orElse(""),
                e.deadAt().orElseThrow()))
            .toList())));
  }

  public ApiResult<WorkerDtos.Requeued> requeue(Account account, String canvasName, long tlid) {
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> handler(g.canvas().id(), tlid).map(h ->
        new WorkerDtos.Requeued(queue.requeueDead(g.canvas().id(), h.spec().module(), h.spec().name()))));
  }

  private WorkerDtos.Worker describe(UUID canvas, Toplevel.Handler h) {
    String module = h.spec().module();
    String name = h.spec().name();
    return new WorkerDtos.Worker(h.tlid(), module, name, h.spec().modifier(), queue.state(canvas, module, name),
        queue.count(canvas, module, name), queue.countDead(canvas, module, name));
  }

  private ApiResult<Toplevel.Handler> handler(UUID canvas, long tlid) {
    return background(canvas).stream().filter(h -> h.tlid() == tlid).findFirst().map(ApiResult::ok)
        .orElseGet(() -> ApiResult.failed(Problem.NOT_FOUND,
            "toplevel " + Long.toUnsignedString(tlid) + " is not a live worker or cron of this canvas"));
  }

  /** The live workers (new and old) and crons, by name. */
  private List<Toplevel.Handler> background(UUID canvas) {
    return loader.loadAll(canvas).handlers().live().values().stream()
        .filter(h -> h.spec() instanceof HandlerSpec.Worker || h.spec() instanceof HandlerSpec.OldWorker
            || h.spec() instanceof HandlerSpec.Cron)
        .filter(h -> !h.spec().name().isEmpty())
        .sorted(Comparator.comparing((Toplevel.Handler h) -> h.spec().name()).thenComparingLong(Toplevel.Handler::tlid))
        .toList();
  }
}
