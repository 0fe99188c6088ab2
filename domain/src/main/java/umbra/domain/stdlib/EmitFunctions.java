package umbra.domain.stdlib;

import umbra.domain.queue.Emit;
import umbra.domain.queue.EventDesc;
import umbra.domain.eval.Step;

/**
 * {@code emit} (backend.md 6.1): an event for a worker of this canvas, as an effect whose
 * {@link Emit} command the handler layer puts on the queue. Both versions return the value.
 */
final class EmitFunctions {
  private EmitFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("emit_v1", "event: 'a, name: Str -> 'a",
            "Enqueues the value as an event for the WORKER handler with the given name; returns the value.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> emit(ctx, a, new Emit(EventDesc.worker(a.str(1)), a.get(0))));
    r.fn("emit_v0", "data: 'a, space: Str, name: Str -> 'a",
            "Enqueues the value as an event for the handler (space, name, '_') of this canvas; returns the value.")
        .purity(Builtin.Purity.IMPURE)
        .deprecated("ReplacedBy emit_v1")
        .stepping((ctx, a) -> emit(ctx, a, new Emit(new EventDesc(a.str(1), a.str(2), "_"), a.get(0))));
  }

  /** The queue writes the whole event value out: it is charged as copied. */
  private static Step emit(CallContext ctx, Args a, Emit command) {
    a.meter().copies(command.value());
    return ctx.perform(a.values(), command, Step::value);
  }
}
