package umbra.handler.storage;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.canvas.Canvas;
import umbra.handler.storage.codec.StorageCodec;

/**
 * Loads the part of a canvas a request needs (backend.md 4.5) from the cached toplevels only:
 * the cost follows the number of toplevels, never the length of their histories.
 */
public final class CanvasLoader {
  private final Jdbi jdbi;
  private final StorageCodec codec;

  public CanvasLoader(Jdbi jdbi, StorageCodec codec) {
    this.jdbi = jdbi;
    this.codec = codec;
  }

  /** Every toplevel, deleted ones included (the editor's initial load). */
  public Canvas loadAll(UUID canvasId) {
    return jdbi.withHandle(h -> canvas(new OpStore(h, codec).all(canvasId)));
  }

  /** Those live toplevels only. */
  public Canvas loadLive(UUID canvasId, Collection<Long> tlids) {
    return jdbi.withHandle(h -> canvas(new OpStore(h, codec).live(canvasId, tlids)));
  }

  /** Those live toplevels plus every live DB, function and type they may use (execute_function, trigger_handler). */
  public Canvas loadWithContext(UUID canvasId, Collection<Long> tlids) {
    return jdbi.withHandle(h -> {
      var ops = new OpStore(h, codec);
      return canvas(ops.live(canvasId, tlids), ops.liveNonHandlers(canvasId));
    });
  }

  /** HTTP handlers that may match the request, plus the live non-handlers (BwdServer). */
  public Canvas loadForHttp(UUID canvasId, String path, String method) {
    return jdbi.withHandle(h -> {
      var ops = new OpStore(h, codec);
      return canvas(ops.httpCandidates(canvasId, path, method), ops.liveNonHandlers(canvasId));
    });
  }

  /** Handlers with exactly this description, plus the live non-handlers (queued events, crons). */
  public Canvas loadForEvent(UUID canvasId, String module, String name, String modifier) {
    return jdbi.withHandle(h -> {
      var ops = new OpStore(h, codec);
      return canvas(ops.eventHandlers(canvasId, module, name, modifier), ops.liveNonHandlers(canvasId));
    });
  }

  @SafeVarargs
  private static Canvas canvas(List<Canvas.Found>... parts) {
    Canvas c = Canvas.empty();
    for (List<Canvas.Found> part : parts) {
      for (Canvas.Found f : part) c = c.withLoaded(f.toplevel(), f.deleted());
    }
    return c;
  }
}
