package umbra.handler.traces;

import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.trace.SamplingRule;
import umbra.handler.storage.CanvasChanges;

/** Sets a handler's sampling rule (backend.md 3.5); servers pick it up like any canvas change. */
public final class TraceSampling {
  private final Jdbi jdbi;

  public TraceSampling(Jdbi jdbi) { this.jdbi = jdbi; }

  /** The handlers' own rules, by tlid; rules of deleted handlers stay, inert, until they come back. */
  public Map<Long, SamplingRule> rules(UUID canvasId) {
    return jdbi.withHandle(h -> new SamplingRuleStore(h).rules(canvasId));
  }

  public void set(UUID canvasId, long handlerTlid, SamplingRule rule) {
    jdbi.useTransaction(h -> {
      new SamplingRuleStore(h).set(canvasId, handlerTlid, rule);
      CanvasChanges.notify(h, canvasId);
    });
  }

  /** Back to the server's default rule. */
  public void clear(UUID canvasId, long handlerTlid) {
    jdbi.useTransaction(h -> {
      new SamplingRuleStore(h).clear(canvasId, handlerTlid);
      CanvasChanges.notify(h, canvasId);
    });
  }
}
