package umbra.domain.eval;

import umbra.domain.value.Dval;

/** Where an evaluation stands after running: finished, or waiting for an effect's answer. */
public sealed interface Outcome {
  record Done(Dval value) implements Outcome {}

  record Suspended(EffectRequest request) implements Outcome {}
}
