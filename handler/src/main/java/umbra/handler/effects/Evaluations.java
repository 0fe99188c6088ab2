package umbra.handler.effects;

import umbra.domain.eval.Evaluation;
import umbra.domain.eval.Outcome;
import umbra.domain.value.Dval;

/** Drives an evaluation to its value, answering each effect it asks for. */
public final class Evaluations {
  private Evaluations() {}

  public static Dval runToEnd(Evaluation evaluation, EffectPerformer effects) {
    Outcome outcome = evaluation.run();
    while (outcome instanceof Outcome.Suspended s) {
      Dval answer = effects.perform(s.request())
          .orElseGet(() -> Dval.error(s.request().function() + " is not available here"));
      outcome = evaluation.resume(answer);
    }
    return ((Outcome.Done) outcome).value();
  }
}
