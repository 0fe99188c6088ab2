package umbra.handler.api;

import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.dto.api.HealthResponse;
import umbra.handler.supervision.Supervised;
import umbra.handler.traces.TraceWriter;

/**
 * Whether this server can do its work: it answers, its database answers, and its background
 * threads (trace writer, listeners, queue, crons, retention) run; one that does not makes the
 * answer {@code degraded}, with its name and error as the reason.
 */
public final class HealthApi {
  private static final Logger LOG = LoggerFactory.getLogger(HealthApi.class);

  private final Jdbi jdbi;
  private final Supplier<TraceWriter.Stats> traces;
  private final Supplier<List<Supervised.State>> components;

  /**
   * @param traces the canvas server's trace writer counts (dropped traces show here)
   * @param components the supervised threads of this process, as they are now
   */
  public HealthApi(Jdbi jdbi, Supplier<TraceWriter.Stats> traces, Supplier<List<Supervised.State>> components) {
    this.jdbi = jdbi;
    this.traces = traces;
    this.components = components;
  }

  public ApiResult<HealthResponse> check() {
    try {
      jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    } catch (RuntimeException e) {
      LOG.warn("health check: the database does not answer: {}", e.getMessage());
      return ApiResult.failed(Problem.UNAVAILABLE, "the database does not answer");
    }
    var t = traces.get();
    List<Supervised.State> states = components.get();
    var reason = states.stream().filter(s -> !s.healthy())
        .map(s -> s.name() + " is " + s.status().name().toLowerCase() + s.lastError().map(e -> " (" + e + ")").orElse(""))
        .reduce((a, b) -> a + "; " + b);
    return ApiResult.ok(new HealthResponse(reason.isPresent() ? "degraded" : "ok", reason, "reachable",
        new HealthResponse.TraceStats(t.queued(), t.written(), t.shed(), t.dropped(), t.failed()),
        states.stream().map(s -> new HealthResponse.Component(s.name(), s.status().name().toLowerCase(), s.restarts(),
            s.lastError())).toList()));
  }
}
