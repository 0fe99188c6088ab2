package umbra.service.queue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Limits;
import umbra.domain.queue.EventDesc;
import umbra.domain.stdlib.Registry;
import umbra.domain.trace.SecretRedaction;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;
import umbra.service.http.HttpEvent;
import umbra.service.trace.CanvasState;
import umbra.service.trace.TracedRun;

/**
 * Runs queued events and cron runs (backend.md 6.2 steps 7-8): the handler whose description is
 * the event's runs with {@code event} bound (crons have no input), traced like a request; an
 * event no handler takes is kept as a 404 trace the owner can turn into a worker.
 */
public final class EventService {
  private final Registry builtins;
  private final Limits limits;

  public EventService(Registry builtins, Limits limits) {
    this.builtins = builtins;
    this.limits = limits;
  }

  public EventStep execute(ExecuteEvent cmd) {
    EventDesc d = cmd.desc();
    var traceDesc = new TraceDesc(d.module(), d.name(), d.modifier());
    Optional<Toplevel.Handler> handler = cmd.canvas().handlers().live().values().stream()
        .filter(h -> h.spec().module().equals(d.module()) && h.spec().name().equals(d.name())
            && h.spec().modifier().equals(d.modifier()))
        .min(Comparator.comparingLong(Toplevel.Handler::tlid));
    if (handler.isEmpty()) {
      return new EventStep.Finished(false, Optional.empty(),
          List.of(new HttpEvent.NotFoundRecorded(cmd.canvasId(), cmd.traceId(), traceDesc,
              SecretRedaction.of(cmd.secrets()).value(cmd.value()))));
    }
    CanvasState canvas = CanvasState.of(builtins, limits, cmd.canvas(), cmd.secrets(), handler.get().tlid());
    ExecutionState state = canvas.state().withTraces(true).withCancellation(cmd.cancellation());
    Symtable g = canvas.globals();
    boolean cron = d.module().equals(EventDesc.CRON);
    Symtable env = cron ? g : g.bind("event", cmd.value());
    Dval input = cron ? Dval.NULL : cmd.value();
    return new EventRun(cmd.canvasId(), cmd.traceId(), handler.get().tlid(), traceDesc, input,
        new TracedRun(state, handler.get().ast(), env)).start();
  }
}
