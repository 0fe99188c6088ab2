package umbra.domain.trace;

import java.util.Map;
import java.util.UUID;

/** The sampling rule of each handler of a canvas, and the rule for handlers without one (backend.md 3.5). */
public record TracingPolicy(SamplingRule defaultRule, Map<Long, SamplingRule> perHandler) {
  public static final TracingPolicy SAMPLE_ALL = new TracingPolicy(SamplingRule.ALL, Map.of());

  public TracingPolicy {
    perHandler = Map.copyOf(perHandler);
  }

  public boolean traces(long handlerTlid, UUID traceId) {
    return perHandler.getOrDefault(handlerTlid, defaultRule).traces(traceId);
  }
}
