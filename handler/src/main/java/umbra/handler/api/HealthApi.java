package umbra.handler.api;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.dto.api.HealthResponse;

/** Whether this server can do its work: it answers, and its database answers. */
public final class HealthApi {
  private static final Logger LOG = LoggerFactory.getLogger(HealthApi.class);

  private final Jdbi jdbi;

  public HealthApi(Jdbi jdbi) { this.jdbi = jdbi; }

  public ApiResult<HealthResponse> check() {
    try {
      jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      return ApiResult.ok(new HealthResponse("ok", "reachable"));
    } catch (RuntimeException e) {
      LOG.warn("health check: the database does not answer: {}", e.getMessage());
      return ApiResult.failed(Problem.UNAVAILABLE, "the database does not answer");
    }
  }
}
