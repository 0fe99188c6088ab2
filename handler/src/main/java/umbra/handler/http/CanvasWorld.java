package umbra.handler.http;

import java.util.UUID;
import umbra.handler.datastore.DatastoreEffects;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.queue.EventQueue;
import umbra.handler.queue.QueueEffects;

/** Who answers a canvas's effects: its own datastores and queue, then the rest of the world, then a clear refusal. */
public final class CanvasWorld {
  private CanvasWorld() {}

  public static EffectPerformer of(UUID canvasId, UserData userData, EventQueue queue, EffectPerformer world) {
    return new DatastoreEffects(userData, canvasId).orElse(new QueueEffects(queue, canvasId)).orElse(world)
        .orElse(NotYetAvailable.INSTANCE);
  }
}
