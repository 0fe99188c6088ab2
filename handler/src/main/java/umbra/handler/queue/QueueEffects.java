package umbra.handler.queue;

import java.util.Optional;
import java.util.UUID;
import umbra.domain.eval.EffectRequest;
import umbra.domain.queue.Emit;
import umbra.domain.value.Dval;
import umbra.handler.effects.EffectPerformer;

/** Answers one canvas's {@code emit}s: the event is on the queue (and announced) before the code goes on. */
public final class QueueEffects implements EffectPerformer {
  private final EventQueue queue;
  private final UUID canvas;

  public QueueEffects(EventQueue queue, UUID canvas) {
    this.queue = queue;
    this.canvas = canvas;
  }

  @Override
  public Optional<Dval> perform(EffectRequest request) {
    if (!(request.command() instanceof Emit emit)) return Optional.empty();
    queue.enqueue(canvas, emit.target(), emit.value());
    return Optional.of(emit.value());
  }
}
