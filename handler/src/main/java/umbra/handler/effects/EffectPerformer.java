package umbra.handler.effects;

import java.util.Optional;
import umbra.domain.eval.EffectRequest;
import umbra.domain.value.Dval;

/**
 * Answers the effect requests of evaluations: the impure half of every effectful builtin.
 * Performers compose: the first that knows a function answers it.
 */
@FunctionalInterface
public interface EffectPerformer {

  /** The answer, or empty when this performer does not handle {@code request.function()}. */
  Optional<Dval> perform(EffectRequest request);

  default EffectPerformer orElse(EffectPerformer next) {
    return request -> perform(request).or(() -> next.perform(request));
  }
}
