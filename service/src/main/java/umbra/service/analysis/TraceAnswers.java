package umbra.service.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.eval.EffectRequest;
import umbra.domain.trace.ArgumentHash;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;

/**
 * What a stored trace answers when code asks for an effect: the result stored for the same
 * function, call site and argument hash (backend.md 3.6), or nothing when the trace never saw
 * that call with those arguments.
 */
public final class TraceAnswers {
  private final Map<String, Dval> byCall = new HashMap<>();
  private final Map<String, Dval> byArguments = new HashMap<>();

  public TraceAnswers(List<RecordedResult> results) {
    for (RecordedResult r : results) {
      byCall.putIfAbsent(key(r.fnName(), r.callSiteId(), r.hash()), r.value());
      byArguments.putIfAbsent(key(r.fnName(), 0, r.hash()), r.value());
    }
  }

  public Optional<Dval> answer(EffectRequest request) {
    return Optional.ofNullable(byCall.get(key(request.function().toString(), request.callSiteId(),
        ArgumentHash.v1(request.args()))));
  }

  /**
   * The result of the same function with the same arguments at any call site: for edited code,
   * whose expressions have new ids, a call is the same call when its arguments are.
   */
  public Optional<Dval> answerByArguments(EffectRequest request) {
    return answer(request).or(() -> Optional.ofNullable(byArguments.get(key(request.function().toString(), 0,
        ArgumentHash.v1(request.args())))));
  }

  private static String key(String fnName, long callSiteId, String hash) {
    return fnName + '\u0000' + callSiteId + '\u0000' + hash;
  }
}
