package umbra.handler.api;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.dto.api.HealthResponse;
import umbra.handler.traces.TraceWriter;

/** Whether this server can do its work: it answers, and its database answers. */
public final class HealthApi {
  private static final Logger LOG = LoggerFactory.getLogger(HealthApi.class);

  private final Jdbi jdbi;
  private final Supplier<TraceWriter.Stats> traces;

  /** @param traces the canvas server's trace writer counts (dropped traces show here) */
  public HealthApi(Jdbi jdbi, Supplier<TraceWriter.Stats> traces) {
    this.jdbi = jdbi;
    this.traces = traces;
  }

  public ApiResult<HealthResponse> check() {
    try {
      jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      var t = traces.get();
      return ApiResult.ok(new HealthResponse("ok", "reachable",
          new HealthResponse.TraceStats(t.queued(), t.written(), t.shed(), t.dropped(), t.failed())));
    } catch (RuntimeException e) {
      LOG.warn("health check: the database does not answer: {}", e.getMessage());
      return ApiResult.failed(Problem.UNAVAILABLE, "the database does not answer");
    }
  }
}
