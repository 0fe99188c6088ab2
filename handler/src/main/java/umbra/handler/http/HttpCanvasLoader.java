package umbra.handler.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.datastore.Datastore;
import umbra.domain.trace.SamplingRule;
import umbra.domain.trace.TracingPolicy;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.CanvasStore;
import umbra.handler.storage.OpStore;
import umbra.handler.storage.SecretStore;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.SamplingRuleStore;
import umbra.service.http.HttpCanvas;

/**
 * Reads what a canvas serves HTTP with (backend.md 4.5: from the cached toplevels only), and a
 * cheap fingerprint that changes whenever any of it does.
 */
final class HttpCanvasLoader {
  private final Jdbi jdbi;
  private final StorageCodec codec;
  private final SamplingRule defaultSampling;

  HttpCanvasLoader(Jdbi jdbi, StorageCodec codec, SamplingRule defaultSampling) {
    this.jdbi = jdbi;
    this.codec = codec;
    this.defaultSampling = defaultSampling;
  }

  record Loaded(HttpCanvas canvas, String fingerprint) {}

  Optional<Loaded> byName(String canvasName) {
    return jdbi.inTransaction(h -> new CanvasStore(h).byName(canvasName).map(info -> load(h, info)));
  }

  Optional<String> canvasNameForCustomDomain(String host) {
    return jdbi.withHandle(h -> new CanvasStore(h).byCustomDomain(host).map(CanvasInfo::name));
  }

  private Loaded load(Handle h, CanvasInfo info) {
    String fingerprint = fingerprint(h, info.id());
    var ops = new OpStore(h, codec);
    Canvas c = Canvas.empty();
    for (Canvas.Found f : ops.liveHttpHandlers(info.id())) c = c.withLoaded(f.toplevel(), f.deleted());
    for (Canvas.Found f : ops.liveNonHandlers(info.id())) c = c.withLoaded(f.toplevel(), f.deleted());
    List<Toplevel.Handler> handlers = new ArrayList<>(c.handlers().live().values());
    List<Toplevel.UserFn> functions = new ArrayList<>(c.functions().live().values());
    List<Datastore> dbs = c.dbs().live().values().stream().map(Datastore::of).toList();
    Map<String, String> secrets = new SecretStore(h).values(info.id());
    var tracing = new TracingPolicy(defaultSampling, new SamplingRuleStore(h).rules(info.id()));
    HttpCanvas canvas = HttpCanvas.of(info.id(), info.name(), handlers, functions, dbs, secrets,
        new CanvasStore(h).cors(info.id()), tracing);
    return new Loaded(canvas, fingerprint);
  }

  String fingerprint(UUID canvasId) {
    return jdbi.withHandle(h -> fingerprint(h, canvasId));
  }

  /** Counts and latest change times of everything {@link #load} reads: equal fingerprints, equal canvases. */
  private static String fingerprint(Handle h, UUID canvasId) {
    return h.createQuery("""
        SELECT concat_ws('|',
          (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM toplevel_oplists WHERE canvas_id = :c),
          (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM secrets WHERE canvas_id = :c),
          (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM trace_sampling_rules WHERE canvas_id = :c),
          (SELECT coalesce(cors_setting, '-') || ':' || updated_at::text FROM canvases WHERE id = :c))""")
        .bind("c", canvasId).mapTo(String.class).one();
  }
}
