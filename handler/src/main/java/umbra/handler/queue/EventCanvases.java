package umbra.handler.queue;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.canvas.Canvas;
import umbra.domain.queue.EventDesc;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.SecretStore;

/**
 * What running an event needs of its canvas (the handlers of its description, functions,
 * datastores, secrets), kept in memory between events while canvas-change announcements are
 * heard: an announcement (ops, secrets, from any process) drops that canvas; while they are not
 * heard, every event loads afresh.
 */
final class EventCanvases {
  record Loaded(Canvas canvas, Map<String, String> secrets) {}

  private record Key(UUID canvas, EventDesc desc) {}

  private final Jdbi jdbi;
  private final CanvasLoader loader;
  private final Map<Key, Loaded> cache = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean listening;

  EventCanvases(Jdbi jdbi, CanvasLoader loader) {
    this.jdbi = jdbi;
    this.loader = loader;
  }

  Loaded get(UUID canvas, EventDesc desc) {
    var key = new Key(canvas, desc);
    Loaded cached = listening ? cache.get(key) : null;
    if (cached != null) return cached;
    long before = generation.get();
    var loaded = new Loaded(loader.loadForEvent(canvas, desc.module(), desc.name(), desc.modifier()), jdbi.withHandle(h -> new SecretStore(h).values(canvas)));
    // kept only if no announcement came while loading (it may be about what was just read)
    if (listening && generation.get() == before) cache.put(key, loaded);
    return loaded;
  }

  void invalidate(UUID canvas) {
    generation.incrementAndGet();
    cache.keySet().removeIf(k -> k.canvas().equals(canvas));
  }

  /** Announcements are heard (true) or not (false: what was missed is unknown, so nothing is kept). */
  void setListening(boolean on) {
    generation.incrementAndGet();
    cache.clear();
    listening = on;
  }

}
