package umbra.handler.http;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.stdlib.Registry;
import umbra.handler.datastore.UserData;
import umbra.handler.queue.EventQueue;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.storage.codec.StorageCodec;
import umbra.handler.supervision.Supervised;
import umbra.handler.traces.TraceBudget;
import umbra.handler.traces.TraceRetention;
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
  private final Jdbi jdbi;
  private final StorageCodec codec;
  private final Clock clock;
  private Supervised retention;

  /**
   * @param traceQueueCapacity traces waiting to be written before new ones are dropped
   */
  public HttpServing(Jdbi jdbi, StorageCodec codec, HttpServingConfig config, Registry builtins,
      EffectPerformer effects, Clock clock, int traceQueueCapacity) {
    this.jdbi = jdbi;
    this.codec = codec;
    this.clock = clock;
    var loader = new HttpCanvasLoader(jdbi, codec, config.defaultSampling());
    this.snapshots = new CanvasSnapshots(loader, System::nanoTime, Duration.ofSeconds(30), Duration.ofSeconds(1),
        Duration.ofSeconds(10));
    this.listener = new CanvasChangeListener(jdbi, snapshots, Duration.ofSeconds(2));
    int rate = config.tracesPerHandlerPerSecond();
    var budget = rate == 0 ? TraceBudget.unlimited() : new TraceBudget(rate, rate, System::nanoTime);
    this.traces = new TraceWriter(jdbi, clock, traceQueueCapacity, 500, budget);
    var service = new HttpService(builtins, config.budget().limits(), config.responseLimit(), config.favicon());
    this.handler = new HttpRequestHandler(config, snapshots, service, effects, new UserData(jdbi),
        new EventQueue(jdbi), traces);
  }

  public HttpRequestHandler handler() { return handler; }

  /** This process changed the canvas: the new code is loaded now, and served from the next request on. */
  public void canvasChanged(UUID canvasId) { snapshots.reload(canvasId); }

  /** For the health endpoint: what the trace writer did, including the traces it had to drop. */
  public TraceWriter.Stats traceStats() { return traces.stats(); }

  /** For health: the trace writer, the change listener and (when it runs here) the retention job. */
  public synchronized List<Supervised.State> states() {
    var states = new ArrayList<>(List.of(traces.state(), listener.state()));
    if (retention != null) states.add(retention.state());
    return states;
  }

  /** Whether canvas changes from other processes are being heard right now. */
  public boolean hearingCanvasChanges() { return snapshots.listening(); }

  /**
   * Runs the trace retention job (backend.md 3.9) every {@code every} until {@link #close}. One
   * process per database is enough; running it in several only repeats the work.
   */
  public synchronized void keepTracesTrimmed(Duration every) {
    if (retention != null) throw new IllegalStateException("retention already runs");
    retention = new TraceRetention(jdbi, codec, clock, 1000).every(every);
  }

  /** Stops listening and trimming, then writes the traces still queued. */
  @Override public synchronized void close() {
    listener.close();
    if (retention != null) {
      retention.close();
    }
    traces.close();
  }
}
