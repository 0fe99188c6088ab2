package umbra.handler.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import umbra.service.http.HttpCanvas;

/**
 * Canvases kept in memory between requests, by name. A canvas is dropped when a change to it is
 * announced ({@link CanvasChangeListener}); as a fallback, an entry older than a recheck
 * interval is compared with the database's fingerprint before use: often while announcements
 * may be missed (no listener connection), rarely otherwise.
 */
public final class CanvasSnapshots {
  private record Entry(HttpCanvas canvas, String fingerprint, long checkedAt) {}

  private record Domain(Optional<String> canvasName, long expiresAt) {}

  /**
   * The most custom domains remembered at once: every Host a client invents is looked up and
   * remembered (mostly as "no canvas"), so a flood of random ones must not grow the cache without end.
   */
  static final int MAX_REMEMBERED_DOMAINS = 10_000;

  private final HttpCanvasLoader loader;
  private final LongSupplier nanoClock;
  private final long recheckListening;
  private final long recheckDeaf;
  private final long customDomainTtl;
  private final ConcurrentHashMap<String, Entry> byName = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Domain> customDomains = new ConcurrentHashMap<>();
  /** Bumped by every invalidation: a load that overlapped one is not trusted without a check. */
  private final AtomicLong invalidations = new AtomicLong();
  private volatile boolean listening;

  CanvasSnapshots(HttpCanvasLoader loader, LongSupplier nanoClock, Duration recheckListening, Duration recheckDeaf,
      Duration customDomainTtl) {
    this.loader = loader;
    this.nanoClock = nanoClock;
    this.recheckListening = recheckListening.toNanos();
    this.recheckDeaf = recheckDeaf.toNanos();
    this.customDomainTtl = customDomainTtl.toNanos();
  }

  /** The canvas of that name, or empty when there is none. */
  public Optional<HttpCanvas> byName(String name) {
    long now = nanoClock.getAsLong();
    Entry e = byName.get(name);
    if (e != null) {
      if (now - e.checkedAt() < (listening ? recheckListening : recheckDeaf)) return Optional.of(e.canvas());
      if (loader.fingerprint(e.canvas().canvasId()).equals(e.fingerprint())) {
        byName.replace(name, e, new Entry(e.canvas(), e.fingerprint(), now));
        return Optional.of(e.canvas());
      }
    }
    long before = invalidations.get();
    Optional<HttpCanvasLoader.Loaded> loaded = loader.byName(name);
    if (loaded.isEmpty()) {
      byName.remove(name);
      return Optional.empty();
    }
    // a change announced while loading may be missing from what was read: check it next time
    long checkedAt = invalidations.get() == before ? now : Long.MIN_VALUE / 2;
    byName.put(name, new Entry(loaded.get().canvas(), loaded.get().fingerprint(), checkedAt));
    return Optional.of(loaded.get().canvas());
  }

  /**
   * The canvas a custom domain points to; remembered for a short while (domains rarely move, and
   * every announced canvas change forgets them all), for as short as a canvas while changes may
   * go unheard.
   */
  public Optional<String> canvasNameForCustomDomain(String host) {
    long now = nanoClock.getAsLong();
    Domain d = customDomains.get(host);
    if (d != null && now < d.expiresAt()) return d.canvasName();
    long before = invalidations.get();
    Optional<String> name = loader.canvasNameForCustomDomain(host);
    // a domain added or removed while looking up may be missing from what was read: ask again next time
    if (invalidations.get() == before) {
      if (customDomains.size() >= MAX_REMEMBERED_DOMAINS) customDomains.clear();
      customDomains.put(host, new Domain(name, now + (listening ? customDomainTtl : Math.min(customDomainTtl, recheckDeaf))));
    }
    return name;
  }

  /**
   * This process committed a change to the canvas: the names it is cached under are loaded again
   * at once, so the next request is served the new code without waiting for a load.
   */
  void reload(UUID canvasId) {
    List<String> names = byName.entrySet().stream().filter(e -> e.getValue().canvas().canvasId().equals(canvasId))
        .map(Map.Entry::getKey).toList();
    invalidate(canvasId);
    for (String name : names) byName(name);
  }

  /**
   * A change to the canvas was announced (by any process): what is cached goes, unless it is
   * already the canvas as it is now (this process reloaded it on commit).
   */
  void changed(UUID canvasId) {
    invalidations.incrementAndGet();
    customDomains.clear();
    if (byName.values().stream().noneMatch(e -> e.canvas().canvasId().equals(canvasId))) return;
    String now = loader.fingerprint(canvasId);
    byName.values().removeIf(e -> e.canvas().canvasId().equals(canvasId) && !e.fingerprint().equals(now));
  }

  /** A canvas changed; custom domains are forgotten too, since one may now point elsewhere. */
  void invalidate(UUID canvasId) {
    invalidations.incrementAndGet();
    byName.values().removeIf(e -> e.canvas().canvasId().equals(canvasId));
    customDomains.clear();
  }

  void invalidateAll() {
    invalidations.incrementAndGet();
    byName.clear();
    customDomains.clear();
  }

  /** How many custom domains are remembered now. */
  int rememberedDomains() { return customDomains.size(); }

  /** Whether changes are being announced to this cache (else it rechecks often). */
  void setListening(boolean on) { listening = on; }

  public boolean listening() { return listening; }
}
