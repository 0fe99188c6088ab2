package umbra.handler.http;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.stdlib.Registry;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.traces.TraceWriter;
import umbra.service.http.HttpService;

/**
 * Everything behind the canvas HTTP server, started together and closed together: the canvas
 * cache and its change listener, the trace writer, and the request handler on top.
 */
public final class HttpServing implements AutoCloseable {
  private final CanvasSnapshots snapshots;
  private final CanvasChangeListener listener;
  private final TraceWriter traces;
  private final HttpRequestHandler handler;

  /**
   * @param traceQueueCapacity traces waiting to be written before new ones are dropped
   */
  public HttpServing(Jdbi jdbi, StorageCodec codec, HttpServingConfig config, Registry builtins,
      EffectPerformer effects, Clock clock, int traceQueueCapacity) {
    var loader = new HttpCanvasLoader(jdbi, codec, config.defaultSampling());
    this.snapshots = new CanvasSnapshots(loader, System::nanoTime, Duration.ofSeconds(30), Duration.ofSeconds(1),
        Duration.ofSeconds(10));
    this.listener = new CanvasChangeListener(jdbi, snapshots, Duration.ofSeconds(2));
    this.traces = new TraceWriter(jdbi, clock, traceQueueCapacity, 500);
    var service = new HttpService(builtins, config.limits(), config.favicon());
    this.handler = new HttpRequestHandler(config, snapshots, service, effects, traces);
  }

  public HttpRequestHandler handler() { return handler; }

  /** For the health endpoint: what the trace writer did, including the traces it had to drop. */
  public TraceWriter.Stats traceStats() { return traces.stats(); }

  /** Whether canvas changes from other processes are being heard right now. */
  public boolean hearingCanvasChanges() { return snapshots.listening(); }

  /** Stops listening, then writes the traces still queued. */
  @Override public void close() {
    listener.close();
    traces.close();
  }
}
